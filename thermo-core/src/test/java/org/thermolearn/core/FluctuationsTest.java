package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class FluctuationsTest extends QuietTest {
    static final long SEED = 5_2026_12_03L;

    /** Gaussian entropy production with variance 2 mean satisfies both fluctuation theorems exactly. */
    private static double[] gaussianEntropy(double mean, double variance, int n) {
        RandomGenerator rng = RandomStreams.of(SEED).stream(0);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = mean + Math.sqrt(variance) * rng.nextGaussian();
        }
        return s;
    }

    @Test
    void integralTheoremHoldsForGaussianWithVarianceTwiceTheMean() {
        var r = Fluctuations.integral(gaussianEntropy(0.5, 1.0, 40_000));
        StatAssert.withinStandardErrors(0.0, r.logMean(), r.standardError(), 4);
        StatAssert.precisionAtLeast(r.standardError(), 0.02);
        assertTrue(r.isReliable(), r.toString());
        // negative control: variance = mean violates the theorem (ln<e^-s> = -mean/2 = -0.25)
        var bad = Fluctuations.integral(gaussianEntropy(0.5, 0.5, 40_000));
        assertTrue(Math.abs(bad.logMean()) > 10 * bad.standardError(), bad.toString());
        // one sample: the error is undefined (Infinity), never 0
        assertEquals(Double.POSITIVE_INFINITY, Fluctuations.integral(new double[] {0.3}).standardError());
    }

    @Test
    void detailedSlopeIsOneForGaussianWithVarianceTwiceTheMean() {
        var r = Fluctuations.detailedSlope(gaussianEntropy(1.0, 2.0, 200_000), 0.1);
        StatAssert.withinStandardErrors(1.0, r.slope(), r.standardError(), 4);
        StatAssert.precisionAtLeast(r.standardError(), 0.02);
        var bad = Fluctuations.detailedSlope(gaussianEntropy(1.0, 4.0, 200_000), 0.1);
        assertTrue(Math.abs(bad.slope() - 1) > 10 * bad.standardError(), bad.toString());   // slope 1/2
    }

    @Test
    void turRatioOfIndependentGaussianCurrentMatchesItsFormula() {
        // X ~ N(m, v) independent of s: ratio = v/m^2 * <s>
        RandomGenerator rng = RandomStreams.of(SEED).stream(1);
        int n = 50_000;
        double[] x = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 + 1.5 * rng.nextGaussian();
            s[i] = 3 + rng.nextGaussian();
        }
        var r = Fluctuations.tur(x, s);
        StatAssert.withinStandardErrors(2.25 / 4 * 3, r.ratio(), r.standardError(), 4);
        StatAssert.precisionAtLeast(r.standardError(), 0.02);
    }

    @Test
    void resultsExportStrictJson() {
        var r = Fluctuations.integral(new double[] {0.1, Double.POSITIVE_INFINITY, 0.3});
        String json = Json.toJson(r.toTree());
        assertTrue(json.contains("\"warnings\""), json);
        assertEquals(3, Json.parse(json, "test").path("n").asInt());
        assertEquals(r.isReliable(), false);
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        var e = assertThrows(IllegalArgumentException.class, () -> Fluctuations.integral(new double[] {Double.NaN}));
        assertTrue(e.getMessage().contains("entropyProduction"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fluctuations.tur(new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("current"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fluctuations.tur(new double[] {1, -1}, new double[] {1, 1}));
        assertTrue(e.getMessage().contains("mean current"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fluctuations.detailedSlope(new double[] {1, 2}, 0));
        assertTrue(e.getMessage().contains("binWidth"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fluctuations.detailedSlope(new double[] {1, 2}, 1));
        assertTrue(e.getMessage().contains("mirrored"), e.getMessage());
    }
}
