package org.thermolearn.core.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.Warning;
import org.thermolearn.core.internal.Checks;

/**
 * {@code dF} from the crossing of the forward work density {@code P_F(W)} and the mirrored reverse density
 * {@code P_R(-W)}: by Crooks' theorem {@code ln[P_F(W)/P_R(-W)] = W - dF} (work in kT), so they cross at
 * {@code W = dF}.
 *
 * <p><b>Gaussian fit:</b> normal densities with the sample mean and (n-1) variance of each side; the crossing is
 * the root of the quadratic between (or nearest) the two means, and its standard error follows by the delta method
 * from {@code var(mean) = s^2/n} and {@code var(s^2) = 2 s^4/(n-1)}. <b>Histogram:</b> on common equal-width bins,
 * every bin {@code b} with samples from both sides gives {@code y_b = ln <e^W>_b - ln(p_F,b / p_R,b)} (the bin
 * average of {@code e^W} over the mirrored reverse samples makes the bin width drop out); {@code dF} is their
 * weighted mean with Poisson weights {@code 1/(1/c_F,b + 1/c_R,b)}. Only finite work enters either form. Gaussian
 * work obeys Crooks only when both variances are equal; when their ratio differs from 1 by more than
 * {@value #MAX_MISMATCH_Z} standard errors the Gaussian crossing carries {@link Warning.ModelMismatch}. With fewer
 * than two finite samples on a side the error is undefined and reported as {@code +Infinity}. Reference:
 * G. E. Crooks, Phys. Rev. E 60, 2721 (1999), doi:10.1103/PhysRevE.60.2721; D. Collin et al., Nature 437, 231
 * (2005), doi:10.1038/nature04061. Stateless and thread-safe.
 *
 * <pre>{@code
 * CrooksCrossing.gaussian(new double[] {0.9, 1.4, 1.1}, new double[] {-0.2, -0.6, 0.1});
 * }</pre>
 *
 * @since 1.0
 */
public final class CrooksCrossing {
    /** Below this fraction of samples in common bins the histogram estimate carries a warning. */
    public static final double MIN_OVERLAP = 0.03;
    /** Beyond this |z| of the forward/reverse variance ratio the Gaussian crossing carries a model-mismatch warning. */
    public static final double MAX_MISMATCH_Z = 4;

    private CrooksCrossing() {
    }

    /**
     * Crossing of Gaussian fits.
     *
     * @param forward forward work in kT (Not modified)
     * @param reverse reverse work in kT (Not modified)
     */
    public static FreeEnergyEstimate gaussian(double[] forward, double[] reverse) {
        double[] f = finite(forward, "forward");
        double[] r = WorkSamples.negated(finite(reverse, "reverse"));
        double[] p = {mean(f), variance(f), mean(r), variance(r)};
        double[] var = {p[1] / f.length, 2 * p[1] * p[1] / Math.max(1, f.length - 1), p[3] / r.length,
            2 * p[3] * p[3] / Math.max(1, r.length - 1)};
        double x = crossing(p);
        double se = Math.min(f.length, r.length) < 2 ? Double.POSITIVE_INFINITY : deltaMethodError(x, p, var);
        Map<String, Double> diag = new LinkedHashMap<>();
        diag.put("forwardMean", p[0]);
        diag.put("forwardVariance", p[1]);
        diag.put("mirroredReverseMean", p[2]);
        diag.put("mirroredReverseVariance", p[3]);
        List<Warning> warnings = new ArrayList<>();
        tooFew(f.length, r.length, warnings);
        double z = varianceRatioZ(p[1], f.length, p[3], r.length);
        diag.put("varianceRatioZ", z);
        if (Math.abs(z) > MAX_MISMATCH_Z) {
            warnings.add(new Warning.ModelMismatch("Gaussian work: equal forward and reverse variances", z));
        }
        return new FreeEnergyEstimate(FreeEnergyEstimate.Method.CROOKS, x, se, (long) f.length + r.length,
                diag, warnings);
    }

    /**
     * Delta-method error of the crossing {@code x} of {@code phi = (x-a)^2/va - (x-b)^2/vb + ln(va/vb) = 0} by
     * implicit differentiation; where the crossing is degenerate (equal means and variances, or a zero variance)
     * the error of the midpoint.
     */
    private static double deltaMethodError(double x, double[] p, double[] var) {
        double a = p[0];
        double va = p[1];
        double b = p[2];
        double vb = p[3];
        double dx = 2 * (x - a) / va - 2 * (x - b) / vb;
        if (va == 0 || vb == 0 || !(Math.abs(dx) > 0) || !Double.isFinite(dx)) {
            return 0.5 * Math.sqrt(var[0] + var[2]);
        }
        double[] dphi = {-2 * (x - a) / va, 1 / va - (x - a) * (x - a) / (va * va), 2 * (x - b) / vb,
            (x - b) * (x - b) / (vb * vb) - 1 / vb};
        double v = 0;
        for (int i = 0; i < 4; i++) {
            double d = dphi[i] / dx;
            v += d * d * var[i];
        }
        return Math.sqrt(v);
    }

    /**
     * z of {@code ln(va/vb)} against 0 with the Gaussian sampling variance {@code 2/(na-1) + 2/(nb-1)}: Gaussian work
     * obeys Crooks only with equal variances (and then the crossing is {@code dF}); 0 when undefined.
     */
    static double varianceRatioZ(double va, int na, double vb, int nb) {
        if (!(va > 0 && vb > 0) || na < 2 || nb < 2) {
            return 0;
        }
        return Math.log(va / vb) / Math.sqrt(2.0 / (na - 1) + 2.0 / (nb - 1));
    }

    /** Crossing of {@code N(a, va)} and {@code N(b, vb)}, {@code p = [a, va, b, vb]}. */
    static double crossing(double[] p) {
        double a = p[0];
        double va = p[1];
        double b = p[2];
        double vb = p[3];
        double mid = 0.5 * (a + b);
        if (va == 0 || vb == 0 || Math.abs(va - vb) <= 1e-12 * Math.max(va, vb)) {
            return mid;
        }
        double qa = 1 / va - 1 / vb;
        double qb = -2 * a / va + 2 * b / vb;
        double qc = a * a / va - b * b / vb + Math.log(va / vb);
        double disc = qb * qb - 4 * qa * qc;
        if (disc < 0) {
            return mid;
        }
        double q = -0.5 * (qb + Math.copySign(Math.sqrt(disc), qb));
        double x1 = q / qa;
        double x2 = q == 0 ? x1 : qc / q;
        return Math.abs(x1 - mid) <= Math.abs(x2 - mid) ? x1 : x2;
    }

    /**
     * Weighted crossing on a histogram.
     *
     * @param forward forward work in kT (Not modified)
     * @param reverse reverse work in kT (Not modified)
     * @param bins number of common bins, >= 2
     */
    public static FreeEnergyEstimate histogram(double[] forward, double[] reverse, int bins) {
        double[] f = finite(forward, "forward");
        double[] r = WorkSamples.negated(finite(reverse, "reverse"));
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be >= 2, got " + bins);
        }
        double lo = Math.min(min(f), min(r));
        double hi = Math.max(max(f), max(r));
        if (!(hi > lo)) {
            return histogramResult(lo, 0, f.length, r.length, 1, bins);
        }
        double width = (hi - lo) / bins;
        long[] cf = new long[bins];
        long[] cr = new long[bins];
        double[] sumExp = new double[bins];
        for (double w : f) {
            cf[bin(w, lo, width, bins)]++;
        }
        for (double w : r) {
            int b = bin(w, lo, width, bins);
            cr[b]++;
            sumExp[b] += Math.exp(w - (lo + b * width));
        }
        double[] acc = new double[4];
        for (int b = 0; b < bins; b++) {
            if (cf[b] > 0 && cr[b] > 0) {
                double y = lo + b * width + Math.log(sumExp[b] / cr[b])
                        - Math.log(((double) cf[b] / f.length) / ((double) cr[b] / r.length));
                double weight = 1.0 / (1.0 / cf[b] + 1.0 / cr[b]);
                acc[0] += weight;
                acc[1] += weight * y;
                acc[2] += cf[b];
                acc[3] += cr[b];
            }
        }
        return crossingFromBins(acc, f, r, bins);
    }

    /** {@code acc = [sum weights, sum weight*y, common forward count, common reverse count]}. */
    private static FreeEnergyEstimate crossingFromBins(double[] acc, double[] f, double[] r, int bins) {
        double sw = acc[0];
        double swy = acc[1];
        double commonF = acc[2];
        double commonR = acc[3];
        double overlap = Math.min((double) commonF / f.length, (double) commonR / r.length);
        if (sw == 0) {
            double gapLo = Math.min(max(f), max(r));
            double gapHi = Math.max(min(f), min(r));
            return histogramResult(0.5 * (gapLo + gapHi), 0.5 * Math.abs(gapHi - gapLo), f.length, r.length, 0, bins);
        }
        return histogramResult(swy / sw, Math.sqrt(1 / sw), f.length, r.length, overlap, bins);
    }

    private static FreeEnergyEstimate histogramResult(double x, double se, int nf, int nr, double overlap, int bins) {
        Map<String, Double> diag = new LinkedHashMap<>();
        diag.put("bins", (double) bins);
        diag.put("overlap", overlap);
        List<Warning> warnings = new ArrayList<>();
        tooFew(nf, nr, warnings);
        if (overlap < MIN_OVERLAP) {
            warnings.add(new Warning.PoorOverlap(overlap, MIN_OVERLAP));
        }
        double error = Math.min(nf, nr) < 2 ? Double.POSITIVE_INFINITY : se;
        return new FreeEnergyEstimate(FreeEnergyEstimate.Method.CROOKS_HISTOGRAM, x, error, (long) nf + nr, diag,
                warnings);
    }

    /** A default bin count: {@code sqrt(n_F + n_R)} clamped to [10, 100]. */
    public static int defaultBins(int nf, int nr) {
        return (int) Math.max(10, Math.min(100, Math.round(Math.sqrt((double) nf + nr))));
    }

    private static void tooFew(int nf, int nr, List<Warning> warnings) {
        int n = Math.min(nf, nr);
        if (n < BennettAcceptanceRatio.MIN_SAMPLES) {
            warnings.add(new Warning.TooFewSamples(n, BennettAcceptanceRatio.MIN_SAMPLES));
        }
    }

    private static int bin(double w, double lo, double width, int bins) {
        return Math.min(bins - 1, Math.max(0, (int) ((w - lo) / width)));
    }

    private static double[] finite(double[] w, String name) {
        WorkSamples.check(w, name);
        return java.util.Arrays.stream(w).filter(Double::isFinite).toArray();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }

    private static double min(double[] x) {
        return java.util.Arrays.stream(x).min().orElseThrow();
    }

    private static double max(double[] x) {
        return java.util.Arrays.stream(x).max().orElseThrow();
    }
}
