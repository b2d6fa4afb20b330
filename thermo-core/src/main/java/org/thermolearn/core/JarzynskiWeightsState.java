package org.thermolearn.core;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.core.internal.LogSpace;

/**
 * Mutable Jarzynski log-weights of a population of M walkers (persistent chains) driven along a protocol, with
 * systematic resampling: the bookkeeping of annealed importance sampling, population annealing and Jarzynski-weighted
 * training.
 *
 * <p>Each walker i carries the work {@code W_i} done on it since the last resampling (in kT) and the log-weight
 * {@code a_i = -W_i}. The free-energy change since the start is estimated by
 * {@code -dF = ln(Z_t / Z_0) = banked + ln( (1/M) sum_i e^{a_i} )}, where {@code banked} accumulates
 * {@code logmeanexp(a)} at every resampling before the weights reset (Jarzynski's equality applied piecewise). The
 * effective sample size is {@code (sum e^a)^2 / sum e^{2a}}. Resampling is systematic (one uniform draw), which
 * keeps the estimator unbiased and has the lowest variance among the standard schemes.
 *
 * <p>References: C. Jarzynski, PRL 78, 2690 (1997), doi:10.1103/PhysRevLett.78.2690; R. M. Neal, Stat. Comput. 11,
 * 125 (2001), doi:10.1023/A:1008923215028; D. Carbone et al., NeurIPS 2023, arXiv:2305.19414.
 *
 * <p>Not thread-safe: one per population, on one thread.
 *
 * <pre>{@code
 * var w = JarzynskiWeightsState.create(100);
 * w.addWork(new double[100]);               // a protocol step that did no work
 * w.logPartitionRatio();                    // 0.0
 * w.effectiveSampleSize();                  // 100.0
 * }</pre>
 *
 * @since 1.0
 */
public final class JarzynskiWeightsState {
    private final double[] logWeights;
    private double banked;
    private int resamplings;

    private JarzynskiWeightsState(int walkers) {
        this.logWeights = new double[walkers];
    }

    /** M walkers with zero work. */
    public static JarzynskiWeightsState create(int walkers) {
        return new JarzynskiWeightsState(Checks.positive(walkers, "walkers"));
    }

    /** Number of walkers M. */
    public int size() {
        return logWeights.length;
    }

    /**
     * Books the work done on each walker by one protocol step.
     *
     * @param work work in kT per walker (Not modified); NaN or -Infinity is an error naming the index
     */
    public void addWork(double[] work) {
        if (work.length != logWeights.length) {
            throw new IllegalArgumentException("work must have " + logWeights.length + " entries, got " + work.length);
        }
        for (int i = 0; i < work.length; i++) {
            if (Double.isNaN(work[i]) || work[i] == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("work[" + i + "] must not be " + work[i]);
            }
        }
        for (int i = 0; i < work.length; i++) {
            logWeights[i] -= work[i];
        }
    }

    /** Log-weight {@code a_i = -W_i} of walker i since the last resampling. */
    public double logWeight(int i) {
        return logWeights[i];
    }

    /**
     * Normalised weights {@code softmax(a)}.
     *
     * @param out receives M weights summing to 1 (Modified)
     */
    public void normalizedWeights(double[] out) {
        double lse = LogSpace.logSumExp(logWeights);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(logWeights[i] - lse);
        }
    }

    /** {@code (sum e^a)^2 / sum e^{2a}}, between 1 and M. */
    public double effectiveSampleSize() {
        double[] twice = new double[logWeights.length];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = 2 * logWeights[i];
        }
        return Math.exp(2 * LogSpace.logSumExp(logWeights) - LogSpace.logSumExp(twice));
    }

    /** {@code ln(Z_t / Z_0)}: the banked part plus {@code logmeanexp(a)} (so {@code dF = -this} in kT). */
    public double logPartitionRatio() {
        return banked + LogSpace.logMeanExp(logWeights);
    }

    /** Number of resamplings so far. */
    public int resamplings() {
        return resamplings;
    }

    /**
     * Systematic resampling: banks {@code logmeanexp(a)}, draws ancestors in proportion to the weights, and resets
     * every log-weight to 0. The caller copies walker {@code ancestors[i]} into slot i.
     *
     * @param rng the population's random stream (one uniform draw)
     * @return ancestor index per slot, non-decreasing
     */
    public int[] resample(RandomGenerator rng) {
        int[] ancestors = systematicAncestors(logWeights, rng);
        banked += LogSpace.logMeanExp(logWeights);
        java.util.Arrays.fill(logWeights, 0);
        resamplings++;
        return ancestors;
    }

    /**
     * Ancestors by systematic resampling of {@code logWeights} (Kitagawa 1996, doi:10.1080/10618600.1996.10474692):
     * one uniform {@code u} from {@code rng}, points {@code (k + u) / n}; walker i is copied {@code floor(n w_i)} or
     * {@code ceil(n w_i)} times.
     *
     * @param logWeights unnormalised log-weights (Not modified); -Infinity allowed, NaN and all -Infinity are errors
     * @param rng one uniform draw
     * @return ancestor index per slot, non-decreasing
     */
    public static int[] systematicAncestors(double[] logWeights, RandomGenerator rng) {
        Checks.nonEmptyNoNaN(logWeights, "logWeights");
        Checks.notNull(rng, "rng");
        int n = logWeights.length;
        double lse = LogSpace.logSumExp(logWeights);
        if (!Double.isFinite(lse)) {
            throw new IllegalArgumentException("logWeights must have a finite log-sum-exp, got " + lse);
        }
        double u = rng.nextDouble();
        int[] out = new int[n];
        double cumulative = Math.exp(logWeights[0] - lse);
        int j = 0;
        for (int k = 0; k < n; k++) {
            double point = (k + u) / n;
            while (point > cumulative && j < n - 1) {
                j++;
                cumulative += Math.exp(logWeights[j] - lse);
            }
            out[k] = j;
        }
        return out;
    }

    /** Resamples when the effective sample size is below {@code fraction * M}; returns the ancestors or null. */
    public int[] resampleIfBelow(double fraction, RandomGenerator rng) {
        Checks.inClosedRange(fraction, 0, 1, "fraction");
        return effectiveSampleSize() < fraction * logWeights.length ? resample(rng) : null;
    }

    @Override
    public String toString() {
        return String.format("JarzynskiWeightsState[M=%d, ln(Z/Z0)=%.6g, ESS=%.4g, resamplings=%d]", size(),
                logPartitionRatio(), effectiveSampleSize(), resamplings);
    }
}
