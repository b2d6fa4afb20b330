package org.thermolearn.core;

import java.util.Arrays;
import org.thermolearn.core.internal.Checks;

/**
 * Time-series tools for correlated samples: statistical inefficiency, subsampling to uncorrelated samples, and
 * detection of the equilibrated part of a series.
 *
 * <p>The statistical inefficiency is {@code g = 1 + 2 sum_{t>=1} C(t) (1 - t/N)}, with the normalised
 * (cross-)correlation {@code C(t)} summed with pymbar's rule: from {@code t = 1}, stop at the first
 * {@code C(t) <= 0} after {@code t > 3}; then floor at 1. So {@code g} is the number of steps per independent
 * sample, and {@code N/g} the effective sample size. <b>Constant series:</b> its variance is 0, so its correlation
 * is undefined; we take it as perfectly correlated, {@code g = N} (the series is worth one sample; pymbar raises
 * instead, but its equilibration detection uses the same convention, Neff = 1). Reference: J. D. Chodera et al.,
 * J. Chem. Theory Comput. 3, 26 (2007), doi:10.1021/ct0502864; J. D. Chodera, J. Chem. Theory Comput. 12, 1799
 * (2016), doi:10.1021/acs.jctc.5b00784. Stateless and thread-safe.
 *
 * <pre>{@code
 * Timeseries.statisticalInefficiency(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});   // 3.521212121212
 * Timeseries.detectEquilibration(series);   // Equilibration[start=..., statisticalInefficiency=..., ...]
 * }</pre>
 *
 * @since 1.0
 */
public final class Timeseries {
    /** pymbar's minimum lag before a non-positive correlation stops the sum. */
    public static final int MIN_LAG = 3;
    /** Number of candidate origins {@link #detectEquilibration(double[])} tries at most. */
    public static final int DEFAULT_ORIGINS = 200;

    private Timeseries() {
    }

    /**
     * Statistical inefficiency {@code g >= 1} of one series.
     *
     * @param series samples in time order (Not modified), finite, non-empty
     */
    public static double statisticalInefficiency(double[] series) {
        return statisticalInefficiency(series, series);
    }

    /**
     * Statistical inefficiency of the cross-correlation of two series of equal length:
     * {@code C(t) = <dA_0 dB_t + dB_0 dA_t> / (2 <dA dB>)}.
     *
     * @param a first series (Not modified), finite, non-empty
     * @param b second series, as long as {@code a} (Not modified)
     */
    public static double statisticalInefficiency(double[] a, double[] b) {
        Checks.nonEmptyFinite(a, "a");
        Checks.nonEmptyFinite(b, "b");
        Checks.sameLength(a, "a", b, "b");
        return inefficiency(a, b, 0, a.length);
    }

    private static double inefficiency(double[] a, double[] b, int from, int to) {
        int n = to - from;
        double[] da = centred(a, from, to);
        double[] db = a == b ? da : centred(b, from, to);
        double sigma2 = 0;
        for (int i = 0; i < n; i++) {
            sigma2 += da[i] * db[i];
        }
        sigma2 /= n;
        if (sigma2 == 0) {
            return n;
        }
        double g = 1;
        for (int t = 1; t < n - 1; t++) {
            double s = 0;
            for (int i = 0; i < n - t; i++) {
                s += da[i] * db[i + t] + db[i] * da[i + t];
            }
            double c = s / (2.0 * (n - t) * sigma2);
            if (c <= 0 && t > MIN_LAG) {
                break;
            }
            g += 2.0 * c * (1.0 - (double) t / n);
        }
        return Math.max(1.0, g);
    }

    private static double[] centred(double[] x, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i];
        }
        mean /= to - from;
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = x[i] - mean;
        }
        return out;
    }

    /**
     * Indices of approximately uncorrelated samples: {@code round(k g)} for {@code k = 0, 1, ...} below {@code n},
     * rounding half to even and dropping repeats (pymbar's rule).
     *
     * @param n series length, >= 1
     * @param g statistical inefficiency, >= 1
     */
    public static int[] uncorrelatedIndices(int n, double g) {
        Checks.positive(n, "n");
        if (!(g >= 1) || !Double.isFinite(g)) {
            throw new IllegalArgumentException("g must be >= 1 and finite, got " + g);
        }
        int[] out = new int[n];
        int count = 0;
        for (long k = 0; Math.rint(k * g) < n; k++) {
            int t = (int) Math.rint(k * g);
            if (count == 0 || t != out[count - 1]) {
                out[count++] = t;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * The series subsampled at its own statistical inefficiency.
     *
     * @param series samples in time order (Not modified)
     */
    public static double[] subsample(double[] series) {
        int[] idx = uncorrelatedIndices(series.length, statisticalInefficiency(series));
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = series[idx[i]];
        }
        return out;
    }

    /**
     * Start of the equilibrated region: the origin {@code t0} that maximises the effective number of samples
     * {@code (N - t0) / g(t0)} of the remaining series (Chodera 2016), trying origins every
     * {@code max(1, (N - 1) / } {@value #DEFAULT_ORIGINS}{@code )} steps, so the cost is that of at most
     * {@value #DEFAULT_ORIGINS} inefficiencies rather than N.
     *
     * @param series samples in time order (Not modified), finite, at least 2
     */
    public static Equilibration detectEquilibration(double[] series) {
        Checks.nonEmpty(series, "series");
        return detectEquilibration(series, Math.max(1, (series.length - 1) / DEFAULT_ORIGINS));
    }

    /**
     * Equilibration detection with an explicit stride between candidate origins.
     *
     * @param series samples in time order (Not modified), finite, at least 2
     * @param stride step between candidate origins, >= 1
     */
    public static Equilibration detectEquilibration(double[] series, int stride) {
        Checks.nonEmptyFinite(series, "series");
        Checks.positive(stride, "stride");
        int n = series.length;
        if (n < 2) {
            throw new IllegalArgumentException("series must have at least 2 samples, got " + n);
        }
        int best = 0;
        double bestG = n;
        double bestNeff = Double.NEGATIVE_INFINITY;
        for (int t0 = 0; t0 < n - 1; t0 += stride) {
            double g = inefficiency(series, series, t0, n);
            double neff = (n - t0) / g;
            if (neff > bestNeff) {
                best = t0;
                bestG = g;
                bestNeff = neff;
            }
        }
        return new Equilibration(best, bestG, bestNeff, stride);
    }

    /**
     * The equilibrated part of a series.
     *
     * @param start first equilibrated index
     * @param statisticalInefficiency g of the series from {@code start}
     * @param effectiveSamples {@code (N - start) / g}
     * @param stride step between the origins that were tried
     */
    public record Equilibration(int start, double statisticalInefficiency, double effectiveSamples, int stride) {
        /** Validates. */
        public Equilibration {
            Checks.nonNegative(start, "start");
            Checks.positiveFinite(statisticalInefficiency, "statisticalInefficiency");
            Checks.positiveFinite(effectiveSamples, "effectiveSamples");
            Checks.positive(stride, "stride");
        }
    }
}
