package org.thermolearn.core;

import org.thermolearn.core.internal.Checks;

/**
 * A value with its standard error and the number of samples behind it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * var e = new Estimate(0.35, 0.01, 10_000);
 * e.zScore(0.34);   // 1.0
 * }</pre>
 *
 * @param value the estimate (finite; -0.0 is stored as 0.0, so that no result prints as "-0")
 * @param standardError its standard error (>= 0; {@code +Infinity} when undefined, e.g. from one sample)
 * @param n number of samples
 * @since 1.0
 */
public record Estimate(double value, double standardError, long n) {
    /** Validates the fields. */
    public Estimate {
        Checks.finite(value, "value");
        value += 0.0;   // -0.0 + 0.0 = +0.0; every other value unchanged
        Checks.nonNegative(standardError, "standardError");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
    }

    /**
     * {@code (value - exact) / standardError}; infinite when the error is 0 and the values differ, 0 when the
     * error is infinite or the values are equal (never NaN).
     */
    public double zScore(double exact) {
        double d = value - exact;
        return d == 0 || standardError == Double.POSITIVE_INFINITY ? 0 : d / standardError;
    }

    @Override
    public String toString() {
        return String.format("%.6g +/- %.2g (n=%d)", value, standardError, n);
    }
}
