package org.thermolearn.core.estimate;

import org.thermolearn.core.internal.Checks;

/**
 * Validation and finite moments of a work sample in which {@code +Infinity} is a legal sample of zero weight.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * WorkSamples.check(new double[] {1, Double.POSITIVE_INFINITY}, "forward");   // ok
 * WorkSamples.finiteMean(new double[] {1, 3, Double.POSITIVE_INFINITY});       // 2.0
 * }</pre>
 *
 * @since 1.0
 */
public final class WorkSamples {
    private WorkSamples() {
    }

    /**
     * Checks a work array: non-empty, no NaN and no {@code -Infinity} (each named by index), and at least one
     * finite value.
     *
     * @param work the work values (Not modified)
     * @param name argument name for messages
     * @return the smallest value
     * @throws IllegalArgumentException naming {@code name[i]} and the value
     */
    public static double check(double[] work, String name) {
        Checks.nonEmpty(work, name);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < work.length; i++) {
            double w = work[i];
            if (Double.isNaN(w) || w == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be " + w);
            }
            min = Math.min(min, w);
        }
        if (min == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": every value is +Infinity, no sample carries weight");
        }
        return min;
    }

    /** Mean of the finite values (at least one must be finite). */
    public static double finiteMean(double[] work) {
        double sum = 0;
        long n = 0;
        for (double w : work) {
            if (Double.isFinite(w)) {
                sum += w;
                n++;
            }
        }
        return sum / n;
    }

    /** A copy of {@code work} divided by {@code kT}. */
    public static double[] reduced(double[] work, double kT) {
        double[] out = new double[work.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = work[i] / kT;
        }
        return out;
    }

    /** A copy of {@code work} with every value negated. */
    public static double[] negated(double[] work) {
        double[] out = new double[work.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = -work[i];
        }
        return out;
    }
}
