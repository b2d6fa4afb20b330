package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class TimeseriesTest extends QuietTest {
    static final long SEED = 20_260_303L;

    @Test
    void rampReferenceValueFollowsPymbarsRule() {
        double[] ramp = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        StatAssert.closeRelative(3.521212121212, Timeseries.statisticalInefficiency(ramp), 1e-12);
        StatAssert.closeRelative(3.5212121212121215, Timeseries.statisticalInefficiency(ramp, ramp), 1e-15);
    }

    @Test
    void constantSeriesIsWorthOneSample() {
        double[] c = new double[50];
        java.util.Arrays.fill(c, 3.0);
        assertEquals(50.0, Timeseries.statisticalInefficiency(c));
        assertArrayEquals(new double[] {3.0}, Timeseries.subsample(c));
        Timeseries.Equilibration e = Timeseries.detectEquilibration(c);
        assertEquals(0, e.start());
        assertEquals(1.0, e.effectiveSamples());
    }

    /** AR(1) with coefficient phi has g = (1 + phi) / (1 - phi). */
    static double[] ar1(int n, double phi, RandomGenerator rng) {
        double[] x = new double[n];
        double s = Math.sqrt(1 - phi * phi);
        x[0] = rng.nextGaussian();
        for (int i = 1; i < n; i++) {
            x[i] = phi * x[i - 1] + s * rng.nextGaussian();
        }
        return x;
    }

    @Test
    void ar1InefficiencyMatchesTheory() {
        double phi = 0.8;
        double[] x = ar1(200_000, phi, RandomStreams.of(SEED).stream(0));
        double g = Timeseries.statisticalInefficiency(x);
        double exact = (1 + phi) / (1 - phi);
        // the truncated sum estimator has a relative sd of about sqrt(2 (2 tau_c) / N) ~ 3% here
        assertEquals(exact, g, 0.15 * exact);
        assertTrue(Math.abs(Timeseries.statisticalInefficiency(ar1(200_000, 0, RandomStreams.of(SEED).stream(1)))
                - 1) < 0.1);
        double[] sub = Timeseries.subsample(x);
        assertEquals(x.length / g, sub.length, 2.0);
        double gSub = Timeseries.statisticalInefficiency(sub);
        assertTrue(gSub < 1.5, "subsampled series is nearly uncorrelated, g = " + gSub);
    }

    @Test
    void uncorrelatedIndicesRoundHalfToEven() {
        assertArrayEquals(new int[] {0, 2, 5, 8}, Timeseries.uncorrelatedIndices(10, 2.5));
        assertArrayEquals(new int[] {0, 1, 2}, Timeseries.uncorrelatedIndices(3, 1.0));
    }

    @Test
    void equilibrationDetectionFindsTheEndOfTheTransientWithAutomaticStride() {
        double[] x = ar1(100_000, 0.5, RandomStreams.of(SEED).stream(2));
        for (int i = 0; i < 2_000; i++) {
            x[i] += 10 * Math.exp(-i / 300.0);
        }
        Timeseries.Equilibration e = Timeseries.detectEquilibration(x);
        assertEquals((x.length - 1) / Timeseries.DEFAULT_ORIGINS, e.stride());
        assertTrue(e.start() >= 500 && e.start() <= 3_000, e.toString());
        assertTrue(e.statisticalInefficiency() < 4, e.toString());
        Timeseries.Equilibration none = Timeseries.detectEquilibration(ar1(5_000, 0.5,
                RandomStreams.of(SEED).stream(3)), 1);
        assertTrue(none.start() < 500, none.toString());
    }

    @Test
    void twoSeriesUseTheCrossCorrelation() {
        double[] a = ar1(50_000, 0.6, RandomStreams.of(SEED).stream(4));
        double[] b = a.clone();
        assertEquals(Timeseries.statisticalInefficiency(a), Timeseries.statisticalInefficiency(a, b), 1e-12);
        var e = assertThrows(IllegalArgumentException.class,
                () -> Timeseries.statisticalInefficiency(a, new double[3]));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
        var nan = assertThrows(IllegalArgumentException.class,
                () -> Timeseries.statisticalInefficiency(new double[] {1, Double.NaN}));
        assertTrue(nan.getMessage().contains("a[1]"), nan.getMessage());
    }
}
