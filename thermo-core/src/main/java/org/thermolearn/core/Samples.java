package org.thermolearn.core;

import java.util.Arrays;
import org.thermolearn.core.internal.Checks;

/**
 * An immutable array of samples with value equality, for use inside records.
 *
 * <p>Copies on the way in and out. NaN is rejected (naming its index); infinities are allowed (an infinite work
 * is a sample of zero Jarzynski weight). Immutable and thread-safe.
 *
 * <pre>{@code
 * var w = Samples.of(0.1, 0.4, 0.9);
 * w.mean();      // 0.4666...
 * w.toArray();   // a copy
 * }</pre>
 *
 * @since 1.0
 */
public final class Samples {
    private static final Samples EMPTY = new Samples(new double[0]);
    private final double[] values;

    private Samples(double[] values) {
        this.values = values;
    }

    /**
     * Copies {@code values}.
     *
     * @param values the samples (Not modified)
     * @throws IllegalArgumentException if an element is NaN
     */
    public static Samples of(double... values) {
        Checks.notNull(values, "values");
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("values[" + i + "] is NaN");
            }
        }
        return values.length == 0 ? EMPTY : new Samples(values.clone());
    }

    /** No samples. */
    public static Samples empty() {
        return EMPTY;
    }

    /** Number of samples. */
    public int size() {
        return values.length;
    }

    /** True when there are no samples. */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /** Sample {@code i}. */
    public double get(int i) {
        return values[i];
    }

    /** A copy of the samples. */
    public double[] toArray() {
        return values.clone();
    }

    /** Each sample multiplied by {@code factor}. */
    public Samples scaled(double factor) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return of(out);
    }

    /** Arithmetic mean (NaN-free: throws on an empty set). */
    public double mean() {
        if (values.length == 0) {
            throw new IllegalStateException("mean of an empty sample set");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Unbiased sample variance (n - 1 denominator); 0 for one sample. */
    public double variance() {
        double m = mean();
        if (values.length < 2) {
            return 0;
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return ss / (values.length - 1);
    }

    /** Standard error of the mean, {@code sqrt(variance / n)}; {@code +Infinity} (undefined) for fewer than 2 samples. */
    public double standardErrorOfMean() {
        return values.length < 2 ? Double.POSITIVE_INFINITY : Math.sqrt(variance() / values.length);
    }

    /** Smallest sample. */
    public double min() {
        return Arrays.stream(values).min().orElseThrow(() -> new IllegalStateException("min of an empty sample set"));
    }

    /** Largest sample. */
    public double max() {
        return Arrays.stream(values).max().orElseThrow(() -> new IllegalStateException("max of an empty sample set"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Samples s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        if (values.length <= 6) {
            return "Samples" + Arrays.toString(values);
        }
        return String.format("Samples[n=%d, mean=%.6g, min=%.6g, max=%.6g]", values.length, mean(), min(), max());
    }
}
