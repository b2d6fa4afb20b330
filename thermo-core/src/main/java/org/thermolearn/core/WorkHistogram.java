package org.thermolearn.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thermolearn.core.internal.Checks;

/**
 * A histogram of samples with their moments: the compact form of a very large work distribution.
 *
 * <p>Bins are equal-width over [min, max] of the finite samples; infinite samples are counted apart. Immutable.
 *
 * <pre>{@code
 * var h = WorkHistogram.of(new double[] {0.1, 0.2, 0.9}, 4);
 * h.counts();   // [2, 0, 0, 1]
 * }</pre>
 *
 * @param edges bin edges, {@code bins + 1} values
 * @param counts count per bin
 * @param n number of samples
 * @param mean mean of the finite samples
 * @param variance unbiased variance of the finite samples
 * @param positiveInfinite number of {@code +Infinity} samples
 * @param negativeInfinite number of {@code -Infinity} samples
 * @since 1.0
 */
public record WorkHistogram(Samples edges, long[] counts, long n, double mean, double variance, long positiveInfinite,
        long negativeInfinite) {
    /** Default number of bins. */
    public static final int DEFAULT_BINS = 200;

    /** Copies the counts. */
    public WorkHistogram {
        counts = counts.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /**
     * Bins the finite samples.
     *
     * @param values samples (Not modified), at least one finite
     * @param bins number of bins, >= 1
     */
    public static WorkHistogram of(double[] values, int bins) {
        Checks.positive(bins, "bins");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        long finite = 0;
        long posInf = 0;
        long negInf = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("values contain NaN");
            } else if (v == Double.POSITIVE_INFINITY) {
                posInf++;
            } else if (v == Double.NEGATIVE_INFINITY) {
                negInf++;
            } else {
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                finite++;
            }
        }
        if (finite == 0) {
            throw new IllegalArgumentException("values must contain at least one finite sample");
        }
        if (max == min) {
            max = min + 1;
        }
        double mean = sum / finite;
        double ss = 0;
        long[] counts = new long[bins];
        double width = (max - min) / bins;
        for (double v : values) {
            if (Double.isFinite(v)) {
                ss += (v - mean) * (v - mean);
                counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
            }
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + i * width;
        }
        edges[bins] = max;
        return new WorkHistogram(Samples.of(edges), counts, values.length, mean,
                finite > 1 ? ss / (finite - 1) : 0, posInf, negInf);
    }

    /** JSON tree: edges, counts and moments. */
    public ObjectNode toTree() {
        ObjectNode o = Json.object();
        o.set("edges", Json.array(edges));
        var c = o.putArray("counts");
        for (long k : counts) {
            c.add(k);
        }
        o.put("n", n);
        o.set("mean", Json.number(mean));
        o.set("variance", Json.number(variance));
        o.put("positiveInfinite", positiveInfinite);
        o.put("negativeInfinite", negativeInfinite);
        return o;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkHistogram h && edges.equals(h.edges) && java.util.Arrays.equals(counts, h.counts)
                && n == h.n && Double.compare(mean, h.mean) == 0 && Double.compare(variance, h.variance) == 0
                && positiveInfinite == h.positiveInfinite && negativeInfinite == h.negativeInfinite;
    }

    @Override
    public int hashCode() {
        return 31 * edges.hashCode() + java.util.Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return String.format("WorkHistogram[n=%d, bins=%d, mean=%.6g, variance=%.6g]", n, counts.length, mean,
                variance);
    }
}
