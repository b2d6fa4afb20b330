package org.thermolearn.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.thermolearn.core.internal.Checks;

/**
 * Fluctuation-theorem checks on per-trajectory entropy production and currents: the integral fluctuation theorem,
 * the detailed fluctuation theorem's slope, and the thermodynamic uncertainty relation (TUR).
 *
 * <p>Entropy production {@code s} is the total {@code ds_tot = ds_sys + beta Q} of each trajectory in units of
 * k_B (Seifert's signs: heat into the bath). The checks hold for any dynamics (Markov jumps, Langevin):
 * <ul>
 *   <li>integral FT: {@code <exp(-s)> = 1}, estimated in log space (Seifert 2005,
 *       <a href="https://doi.org/10.1103/PhysRevLett.95.040602">10.1103/PhysRevLett.95.040602</a>);</li>
 *   <li>detailed FT: {@code ln P(s)/P(-s) = s}, a weighted least-squares slope over mirrored histogram bins
 *       that must be 1 (Evans-Searles, Crooks; holds for stationary states and time-symmetric protocols);</li>
 *   <li>TUR: {@code Var X / <X>^2 * <s> >= 2} for any current {@code X} in a steady state (Barato and Seifert 2015,
 *       <a href="https://doi.org/10.1103/PhysRevLett.114.158101">10.1103/PhysRevLett.114.158101</a>).</li>
 * </ul>
 * Each result is a record with a standard error and its sample count and exports itself as a JSON tree under
 * {@link Json}'s number convention. Stateless and thread-safe.
 *
 * <pre>{@code
 * double[] s = {0.3, -0.2, 1.1, 0.4, 0.9, -0.5, 0.2, 0.6, 0.1, 0.8, 0.5};
 * Fluctuations.integral(s);                 // ln<exp(-s)> with its standard error
 * Fluctuations.tur(new double[] {1, 2, 0, 3, 1, 2, 1, 2, 2, 1, 1}, s).ratio();
 * }</pre>
 *
 * @since 1.0
 */
public final class Fluctuations {
    /** Fewest samples for a trustworthy error bar. */
    public static final int MIN_SAMPLES = 10;
    /** Fewest counts in each of two mirrored bins for the detailed-FT fit. */
    public static final int MIN_BIN_COUNT = 5;

    private Fluctuations() {
    }

    /**
     * Integral fluctuation theorem {@code <exp(-s)> = 1}.
     *
     * @param entropyProduction total entropy production per trajectory in k_B (Not modified); {@code +Infinity}
     *     weighs zero
     * @return {@code ln <exp(-s)>} (0 when the theorem holds) with its standard error
     * @throws IllegalArgumentException for an empty array, NaN or {@code -Infinity}
     */
    public static Integral integral(double[] entropyProduction) {
        ExponentialAverage a = ExponentialAverage.of(entropyProduction, 1.0, "entropyProduction");
        List<Warning> warnings = new ArrayList<>();
        int n = entropyProduction.length;
        if (n < MIN_SAMPLES) {
            warnings.add(new Warning.TooFewSamples(n, MIN_SAMPLES));
        }
        if (a.effectiveSampleSize() < FreeEnergy.MIN_EFFECTIVE_SAMPLE_SIZE) {
            warnings.add(new Warning.LowEffectiveSampleSize(a.effectiveSampleSize(), FreeEnergy.MIN_EFFECTIVE_SAMPLE_SIZE));
        }
        double se = n < 2 ? Double.POSITIVE_INFINITY : a.relativeStandardError();   // undefined from one sample
        return new Integral(a.logMean(), se, n, a.effectiveSampleSize(), warnings);
    }

    /**
     * Detailed fluctuation theorem: fits {@code ln(c(s)/c(-s)) = slope * s} over mirrored bins of width
     * {@code binWidth} centred on {@code k * binWidth}, weighting each pair by the inverse Poisson variance
     * {@code 1/(1/c(s) + 1/c(-s))}; only pairs with at least {@value #MIN_BIN_COUNT} counts on both sides enter.
     * The theorem holds when the slope is 1.
     *
     * @param entropyProduction entropy production per trajectory in k_B (Not modified), finite
     * @param binWidth bin width in k_B, > 0 (for jump processes a natural choice is the smallest step of s)
     * @throws IllegalArgumentException for bad input, or when fewer than one mirrored pair is populated
     */
    public static DetailedSlope detailedSlope(double[] entropyProduction, double binWidth) {
        Checks.nonEmptyFinite(entropyProduction, "entropyProduction");
        Checks.positiveFinite(binWidth, "binWidth");
        TreeMap<Long, long[]> bins = new TreeMap<>();
        for (double s : entropyProduction) {
            bins.computeIfAbsent(Math.round(s / binWidth), k -> new long[1])[0]++;
        }
        double sw = 0;
        double swxy = 0;
        double swxx = 0;
        int pairs = 0;
        for (var e : bins.tailMap(1L).entrySet()) {
            long[] mirror = bins.get(-e.getKey());
            long cp = e.getValue()[0];
            if (mirror == null || cp < MIN_BIN_COUNT || mirror[0] < MIN_BIN_COUNT) {
                continue;
            }
            double x = e.getKey() * binWidth;
            double y = Math.log((double) cp / mirror[0]);
            double w = 1.0 / (1.0 / cp + 1.0 / mirror[0]);
            sw += w;
            swxy += w * x * y;
            swxx += w * x * x;
            pairs++;
        }
        if (pairs == 0) {
            throw new IllegalArgumentException("detailed fluctuation theorem: no mirrored pair of bins of width " + binWidth
                    + " has " + MIN_BIN_COUNT + " counts on both sides (" + entropyProduction.length + " samples)");
        }
        return new DetailedSlope(swxy / swxx, 1.0 / Math.sqrt(swxx), pairs, entropyProduction.length);
    }

    /**
     * Thermodynamic uncertainty ratio {@code Q = Var X / <X>^2 * <s>} with its delta-method standard error.
     *
     * @param current the current {@code X} per trajectory, e.g. net cycles (Not modified)
     * @param entropyProduction total entropy production per trajectory in k_B, same length (Not modified)
     * @throws IllegalArgumentException for bad input or a zero mean current
     */
    public static TurRatio tur(double[] current, double[] entropyProduction) {
        Checks.nonEmptyFinite(current, "current");
        Checks.nonEmptyFinite(entropyProduction, "entropyProduction");
        Checks.sameLength(current, "current", entropyProduction, "entropyProduction");
        int n = current.length;
        if (n < 2) {
            throw new IllegalArgumentException("tur needs at least 2 trajectories, got " + n);
        }
        double m = mean(current);
        double s = mean(entropyProduction);
        if (m == 0) {
            throw new IllegalArgumentException("tur: mean current is 0, the ratio is undefined");
        }
        double v = 0;
        for (double x : current) {
            v += (x - m) * (x - m);
        }
        v /= n - 1;
        double q = v / (m * m) * s;
        double dm = -2 * v * s / (m * m * m);
        double dv = s / (m * m);
        double ds = v / (m * m);
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = current[i] - m;
            double psi = dm * d + dv * (d * d - v) + ds * (entropyProduction[i] - s);
            ss += psi * psi;
        }
        return new TurRatio(q, Math.sqrt(ss / (n - 1) / n), m, v, s, n);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /**
     * Result of {@link #integral}.
     *
     * @param logMean {@code ln <exp(-s)>}, 0 when the theorem holds
     * @param standardError standard error of {@code logMean} (relative error of the mean)
     * @param n number of trajectories
     * @param effectiveSampleSize effective sample size of the weights {@code exp(-s)}
     * @param warnings reasons not to trust the error bar (immutable)
     */
    public record Integral(double logMean, double standardError, long n, double effectiveSampleSize,
            List<Warning> warnings) {
        /** Validates and copies. */
        public Integral {
            Checks.finite(logMean, "logMean");
            Checks.nonNegative(standardError, "standardError");   // +Infinity: undefined (one sample)
            warnings = List.copyOf(warnings);
        }

        /** The estimate {@code ln <exp(-s)>} with its error. */
        public Estimate estimate() {
            return new Estimate(logMean, standardError, n);
        }

        /** Whether no warning was raised. */
        public boolean isReliable() {
            return warnings.isEmpty();
        }

        /** JSON tree. */
        public ObjectNode toTree() {
            ObjectNode o = Json.object();
            o.set("logMeanExpMinusS", Json.number(logMean));
            o.set("standardError", Json.number(standardError));
            o.put("n", n);
            o.set("effectiveSampleSize", Json.number(effectiveSampleSize));
            o.putArray("warnings").addAll(warnings.stream().map(w -> Json.object().put("message", w.message())).toList());
            return o;
        }
    }

    /**
     * Result of {@link #detailedSlope}: the theorem holds when {@code slope = 1}.
     *
     * @param slope fitted slope of {@code ln P(s)/P(-s)} against {@code s}
     * @param standardError its standard error (Poisson counting errors)
     * @param pairs number of mirrored bin pairs used
     * @param n number of trajectories
     */
    public record DetailedSlope(double slope, double standardError, int pairs, long n) {
        /** Validates. */
        public DetailedSlope {
            Checks.finite(slope, "slope");
            Checks.nonNegativeFinite(standardError, "standardError");
        }

        /** The slope with its error. */
        public Estimate estimate() {
            return new Estimate(slope, standardError, n);
        }

        /** JSON tree. */
        public ObjectNode toTree() {
            ObjectNode o = Json.object();
            o.set("slope", Json.number(slope));
            o.set("standardError", Json.number(standardError));
            o.put("pairs", pairs);
            o.put("n", n);
            return o;
        }
    }

    /**
     * Result of {@link #tur}: the TUR holds when {@code ratio >= 2}.
     *
     * @param ratio {@code Var X / <X>^2 * <s>}
     * @param standardError delta-method standard error of the ratio
     * @param meanCurrent {@code <X>}
     * @param varianceCurrent {@code Var X} (n - 1 denominator)
     * @param meanEntropyProduction {@code <s>} in k_B
     * @param n number of trajectories
     */
    public record TurRatio(double ratio, double standardError, double meanCurrent, double varianceCurrent,
            double meanEntropyProduction, long n) {
        /** Validates. */
        public TurRatio {
            Checks.finite(ratio, "ratio");
            Checks.nonNegativeFinite(standardError, "standardError");
        }

        /** The ratio with its error. */
        public Estimate estimate() {
            return new Estimate(ratio, standardError, n);
        }

        /** JSON tree. */
        public ObjectNode toTree() {
            ObjectNode o = Json.object();
            o.set("ratio", Json.number(ratio));
            o.set("standardError", Json.number(standardError));
            o.set("meanCurrent", Json.number(meanCurrent));
            o.set("varianceCurrent", Json.number(varianceCurrent));
            o.set("meanEntropyProduction", Json.number(meanEntropyProduction));
            o.put("n", n);
            return o;
        }
    }
}
