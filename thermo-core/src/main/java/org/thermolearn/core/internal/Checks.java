package org.thermolearn.core.internal;

/**
 * Argument checks that name the argument and the offending value.
 *
 * <p>Internal: no compatibility promise. Every check throws {@link IllegalArgumentException} with a
 * message such as {@code kT must be > 0 and finite, got -1.0}. Stateless and thread-safe.
 *
 * <pre>{@code
 * Checks.positiveFinite(1.0, "kT");   // returns 1.0
 * }</pre>
 *
 * @since 1.0
 */
public final class Checks {
    private Checks() {
    }

    /** @return {@code value} if finite, else throws naming {@code name}. */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /** @return {@code value} if strictly positive and finite. */
    public static double positiveFinite(double value, String name) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, got " + value);
        }
        return value;
    }

    /** @return {@code value} if {@code >= 0} (finite or {@code +Infinity}), i.e. not NaN and not negative. */
    public static double nonNegative(double value, String name) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0 (or +Infinity), got " + value);
        }
        return value;
    }

    /** @return {@code value} if non-negative and finite. */
    public static double nonNegativeFinite(double value, String name) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, got " + value);
        }
        return value;
    }

    /** @return {@code value} if it lies in the closed interval [lo, hi]. */
    public static double inClosedRange(double value, double lo, double hi, String name) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + value);
        }
        return value;
    }

    /** @return {@code value} if it is at least 1. */
    public static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    /** @return {@code value} if it is at least 1. */
    public static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    /** @return {@code value} if it is at least 0. */
    public static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }

    /** @return {@code value} if not null. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Checks that an array is non-null, non-empty and contains no NaN; infinities are allowed.
     *
     * @param values the array (Not modified)
     * @return {@code values}
     */
    public static double[] nonEmptyNoNaN(double[] values, String name) {
        nonEmpty(values, name);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is NaN");
            }
        }
        return values;
    }

    /**
     * Checks that an array is non-null, non-empty and all finite.
     *
     * @param values the array (Not modified)
     * @return {@code values}
     */
    public static double[] nonEmptyFinite(double[] values, String name) {
        nonEmpty(values, name);
        allFinite(values, name);
        return values;
    }

    /**
     * Checks that every element is finite (an empty array passes).
     *
     * @param values the array (Not modified)
     * @return {@code values}
     */
    public static double[] allFinite(double[] values, String name) {
        notNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
        return values;
    }

    /** @return {@code values} if non-null and non-empty. */
    public static double[] nonEmpty(double[] values, String name) {
        notNull(values, name);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return values;
    }

    /** Throws unless {@code a.length == b.length}. */
    public static void sameLength(double[] a, String nameA, double[] b, String nameB) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " and " + nameB + " must have the same length, got "
                    + a.length + " and " + b.length);
        }
    }
}
