package org.thermolearn.core;

import org.thermolearn.core.estimate.WorkSamples;

/**
 * The exponential average {@code <exp(-W/kT)>} of a sample, held in log space, with the effective sample size of
 * its weights and the relative standard error of the mean.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * var a = ExponentialAverage.of(new double[] {1000, 1001, 1002}, 1.0, "work");
 * a.logMean();   // -1000.691006324224
 * }</pre>
 *
 * @param logMean {@code ln <exp(-W/kT)>}
 * @param effectiveSampleSize {@code (sum x)^2 / sum x^2} of the weights {@code x = exp(-W/kT)}
 * @param relativeStandardError {@code sd(x) / (mean(x) sqrt(N))}, the standard error of {@code logMean}
 * @since 1.0
 */
public record ExponentialAverage(double logMean, double effectiveSampleSize, double relativeStandardError) {

    /**
     * Computes the average of {@code exp(-w/kT)}.
     *
     * @param work the samples (Not modified); {@code +Infinity} weighs zero
     * @param kT thermal energy in the samples' unit
     * @param name argument name for error messages
     */
    public static ExponentialAverage of(double[] work, double kT, String name) {
        double min = WorkSamples.check(work, name);
        // one pass over d = x - 1, x = exp(-(w - min)/kT) in (0, 1]: the sample at the minimum has d = 0, so a
        // constant sample gives exactly zero variance and the shifted sums do not cancel catastrophically
        double sumD = 0;
        double sumD2 = 0;
        double invKT = 1.0 / kT;
        for (double w : work) {
            double d = Math.exp((min - w) * invKT) - 1.0;
            sumD += d;
            sumD2 += d * d;
        }
        int n = work.length;
        double meanD = sumD / n;
        double mean = 1.0 + meanD;
        double variance = Math.max(0, sumD2 / n - meanD * meanD);
        double sum = n * mean;
        double sumSq = sumD2 + 2 * sumD + n;
        double logMean = -min / kT + Math.log(mean);
        return new ExponentialAverage(logMean, sum * sum / sumSq, Math.sqrt(variance / n) / mean);
    }
}
