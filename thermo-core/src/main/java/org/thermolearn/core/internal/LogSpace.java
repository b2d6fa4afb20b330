package org.thermolearn.core.internal;

/**
 * Exponential sums and logistic functions evaluated without overflow.
 *
 * <p>Internal: no compatibility promise. Stateless and thread-safe.
 *
 * <pre>{@code
 * LogSpace.logMeanExp(new double[] {-1000, -1001, -1002});   // -1000.691006324224
 * LogSpace.softplus(1e6);                                    // 1e6
 * }</pre>
 *
 * @since 1.0
 */
public final class LogSpace {
    private LogSpace() {
    }

    /**
     * {@code ln sum_i exp(x_i)}, shifted by the maximum. {@code -Infinity} entries contribute zero; an all
     * {@code -Infinity} input gives {@code -Infinity}; a {@code +Infinity} entry gives {@code +Infinity}.
     *
     * @param x values (Not modified)
     */
    public static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (double v : x) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    /**
     * {@code ln( (1/n) sum_i exp(x_i) )}.
     *
     * @param x values, non-empty (Not modified)
     */
    public static double logMeanExp(double[] x) {
        return logSumExp(x) - Math.log(x.length);
    }

    /** {@code ln(1 + e^x)} accurate and finite for any finite x. */
    public static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** The logistic function {@code 1 / (1 + e^-x)} without overflow. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
