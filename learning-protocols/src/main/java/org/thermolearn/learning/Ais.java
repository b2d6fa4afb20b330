package org.thermolearn.learning;

import java.util.stream.IntStream;
import org.thermolearn.core.Estimate;
import org.thermolearn.core.ExponentialAverage;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.core.internal.LogSpace;

/**
 * Annealed importance sampling of {@code log Z} of a {@link BernoulliRbm} (Salakhutdinov & Murray, ICML 2008,
 * doi:10.1145/1390156.1390266; Neal 2001, doi:10.1023/A:1008923215028), forward and reverse (Burda, Grosse &
 * Salakhutdinov, AISTATS 2015).
 *
 * <p>Intermediate models {@code p_k(v) ∝ exp((1-beta_k) bA.v + beta_k b.v) prod_j (1 + exp(beta_k (c + W^T v)_j))}
 * join the base model A ({@code W = 0}, visible biases {@code bA}, {@code log Z_A = sum softplus(bA) + m ln 2}) at
 * {@code beta = 0} to the RBM at {@code beta = 1}; each transition is one block-Gibbs sweep of the joint model at
 * {@code beta_k}. A chain's log-weight {@code log w = sum_k [log p_k(v_k) - log p_{k-1}(v_k)]} is minus its switching
 * work, so AIS is Jarzynski's equality: {@code Z/Z_A = <exp(-W)>}. Chain {@code i} draws from
 * {@code RandomStreams.of(seed).stream(i)}: results are bit-identical on any number of cores. Stateless.
 *
 * <pre>{@code
 * var fwd = Ais.logPartition(rbm, Digits.train(), 100, Ais.standardBetas(), 1);
 * var base = Ais.baseRateBiases(Digits.train());
 * var rev = Ais.reverse(rbm, base, Digits.train(), Ais.standardBetas(), 2);
 * }</pre>
 *
 * @since 1.0
 */
public final class Ais {
    private Ais() {
    }

    /** Salakhutdinov-Murray schedule: 500 betas on [0, 0.5), 4,000 on [0.5, 0.9), 10,000 on [0.9, 1]; 14,500 in all. */
    public static double[] standardBetas() {
        double[] betas = new double[14_500];
        for (int k = 0; k < 500; k++) {
            betas[k] = 0.5 * k / 500;
        }
        for (int k = 0; k < 4000; k++) {
            betas[500 + k] = 0.5 + 0.4 * k / 4000;
        }
        for (int k = 0; k < 10_000; k++) {
            betas[4500 + k] = 0.9 + 0.1 * k / 9999;
        }
        return betas;
    }

    /** {@code n} equally spaced betas from 0 to 1 inclusive ({@code n >= 2}). */
    public static double[] linearBetas(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, got " + n);
        }
        double[] betas = new double[n];
        for (int k = 0; k < n; k++) {
            betas[k] = (double) k / (n - 1);
        }
        return betas;
    }

    /** Base-rate visible biases: log-odds of the smoothed pixel means {@code (n_i + 1) / (N + 2)} of the rows. */
    public static double[] baseRateBiases(double[][] data) {
        Checks.notNull(data, "data");
        if (data.length == 0) {
            throw new IllegalArgumentException("data must have at least one row");
        }
        int width = Checks.notNull(data[0], "data[0]").length;
        double[] flat = Batches.flatten(data, width, "data");
        double[] bias = new double[width];
        for (int i = 0; i < width; i++) {
            double n = 0;
            for (int r = 0; r < data.length; r++) {
                n += flat[r * width + i];
            }
            double p = (n + 1) / (data.length + 2);
            bias[i] = Math.log(p / (1 - p));
        }
        return bias;
    }

    /** Forward AIS from the base model with the RBM's own visible biases. */
    public static AisEstimate logPartition(BernoulliRbm rbm, int chains, double[] betas, long seed) {
        Checks.notNull(rbm, "rbm");
        return logPartition(rbm, rbm.visibleBias(), chains, betas, seed);
    }

    /** Forward AIS from the base-rate model of {@code data} ({@link #baseRateBiases}), the Salakhutdinov-Murray recipe. */
    public static AisEstimate logPartition(BernoulliRbm rbm, double[][] data, int chains, double[] betas, long seed) {
        return logPartition(rbm, baseRateBiases(data), chains, betas, seed);
    }

    /**
     * Forward AIS from the base model with visible biases {@code baseVisibleBias} (e.g. {@link #baseRateBiases}).
     *
     * @param betas inverse temperatures, non-decreasing from exactly 0 to exactly 1; not modified
     * @throws IllegalArgumentException on a bad schedule, shape or chain count
     */
    public static AisEstimate logPartition(BernoulliRbm rbm, double[] baseVisibleBias, int chains, double[] betas,
            long seed) {
        Checks.positive(chains, "chains");
        AisRun run = AisRun.of(rbm, baseVisibleBias, betas, false);
        double[] v = new double[chains * rbm.visibleCount()];
        RandomStreams start = RandomStreams.of(seed).child(-1);
        for (int r = 0; r < chains; r++) {
            var g = start.stream(r);
            for (int i = 0; i < rbm.visibleCount(); i++) {
                v[r * rbm.visibleCount() + i] = g.nextDouble() < LogSpace.sigmoid(baseVisibleBias[i]) ? 1 : 0;
            }
        }
        return finish(AisEstimate.Direction.FORWARD, run, v, chains, seed);
    }

    /**
     * Reverse AIS from {@code start} (one chain per row; exact model samples give an estimate biased high, data
     * rows the conservative bracket of Burda et al.) down to the base model.
     */
    public static AisEstimate reverse(BernoulliRbm rbm, double[] baseVisibleBias, double[][] start, double[] betas,
            long seed) {
        AisRun run = AisRun.of(rbm, baseVisibleBias, betas, true);
        double[] v = Batches.flatten(start, rbm.visibleCount(), "start");
        return finish(AisEstimate.Direction.REVERSE, run, v, start.length, seed);
    }

    private static AisEstimate finish(AisEstimate.Direction direction, AisRun run, double[] v, int chains,
            long seed) {
        RandomStreams streams = RandomStreams.of(seed);
        double[] logW = new double[chains];
        int block = Math.max(1, Math.min(16, chains / (4 * Runtime.getRuntime().availableProcessors())));
        int blocks = (chains + block - 1) / block;
        IntStream.range(0, blocks).parallel().forEach(k -> run.anneal(v, logW, k * block,
                Math.min(chains, (k + 1) * block), streams));
        double[] work = new double[chains];
        for (int r = 0; r < chains; r++) {
            work[r] = -logW[r];
        }
        ExponentialAverage avg = ExponentialAverage.of(work, 1.0, "AIS work");
        double sign = direction == AisEstimate.Direction.FORWARD ? 1 : -1;
        double logZ = run.logZBase() + sign * avg.logMean();
        Estimate est = new Estimate(logZ, avg.relativeStandardError(), chains);
        return new AisEstimate(direction, est, run.logZBase(), Samples.of(logW), avg.effectiveSampleSize(),
                run.betas().length, seed);
    }
}
