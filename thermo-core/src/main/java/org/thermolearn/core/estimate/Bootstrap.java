package org.thermolearn.core.estimate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.internal.Checks;

/**
 * Nonparametric bootstrap standard error of any free-energy estimator: resample each work set with replacement
 * (forward and reverse independently, keeping their sizes), re-estimate, and report the standard deviation
 * (n - 1) of the replicate values. The point estimate is the estimator on the original data; its analytic error
 * moves to the diagnostics as {@code analyticStandardError}.
 *
 * <p>Reproducible: the replicates draw from the caller's generator in a fixed order, so the same seed gives the
 * same error bar. Reference: B. Efron and R. J. Tibshirani, <i>An Introduction to the Bootstrap</i> (1993),
 * doi:10.1201/9780429246593. Stateless and thread-safe (the generator is not: do not share it).
 *
 * <pre>{@code
 * var rng = RandomStreams.of(7).stream(0);
 * Bootstrap.twoSample(wF, wR, FreeEnergy::bar, 200, rng);
 * }</pre>
 *
 * @since 1.0
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** An estimator from forward and reverse work. */
    @FunctionalInterface
    public interface TwoSampleEstimator {
        /** The estimate from forward and reverse work (Not modified). */
        FreeEnergyEstimate estimate(double[] forward, double[] reverse);
    }

    /**
     * Bootstrap of a one-sample estimator.
     *
     * @param work work values (Not modified)
     * @param estimator e.g. {@code FreeEnergy::exp}
     * @param replicates number of resamples, >= 2
     * @param rng random source (Modified: advanced)
     */
    public static FreeEnergyEstimate oneSample(double[] work, Function<double[], FreeEnergyEstimate> estimator,
            int replicates, RandomGenerator rng) {
        return twoSample(work, null, (f, r) -> estimator.apply(f), replicates, rng);
    }

    /**
     * Bootstrap of a two-sample estimator.
     *
     * @param forward forward work (Not modified)
     * @param reverse reverse work (Not modified), or null for a one-sample estimator
     * @param estimator e.g. {@code FreeEnergy::bar}
     * @param replicates number of resamples, >= 2
     * @param rng random source (Modified: advanced)
     */
    public static FreeEnergyEstimate twoSample(double[] forward, double[] reverse, TwoSampleEstimator estimator,
            int replicates, RandomGenerator rng) {
        Checks.nonEmpty(forward, "forward");
        Checks.notNull(estimator, "estimator");
        Checks.notNull(rng, "rng");
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates must be >= 2, got " + replicates);
        }
        FreeEnergyEstimate original = estimator.estimate(forward, reverse);
        double[] bf = new double[forward.length];
        double[] br = reverse == null ? null : new double[reverse.length];
        double mean = 0;
        double m2 = 0;
        for (int b = 0; b < replicates; b++) {
            resample(forward, bf, rng);
            if (reverse != null) {
                resample(reverse, br, rng);
            }
            double v = estimator.estimate(bf, br).deltaF();
            double d = v - mean;
            mean += d / (b + 1);
            m2 += d * (v - mean);
        }
        Map<String, Double> diag = new LinkedHashMap<>(original.diagnostics());
        diag.put("analyticStandardError", original.standardError());
        diag.put("bootstrapReplicates", (double) replicates);
        diag.put("bootstrapMean", mean);
        return new FreeEnergyEstimate(original.method(), original.deltaF(), Math.sqrt(m2 / (replicates - 1)),
                original.n(), diag, original.warnings());
    }

    private static void resample(double[] from, double[] to, RandomGenerator rng) {
        for (int i = 0; i < to.length; i++) {
            to[i] = from[rng.nextInt(from.length)];
        }
    }
}
