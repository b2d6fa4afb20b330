package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class JarzynskiWeightsStateTest extends QuietTest {
    @Test
    void logPartitionRatioIsJarzynskiInLogSpace() {
        var w = JarzynskiWeightsState.create(3);
        w.addWork(new double[] {1000, 1001, 1002});
        assertEquals(-1000.691006324224, w.logPartitionRatio(), 1e-12);
        assertEquals(FreeEnergy.exp(new double[] {1000, 1001, 1002}).deltaF(), -w.logPartitionRatio(), 1e-12);
    }

    @Test
    void resamplingBanksTheAverageAndResetsWeights() {
        var w = JarzynskiWeightsState.create(4);
        w.addWork(new double[] {0, 1, 2, 3});
        double before = w.logPartitionRatio();
        int[] a = w.resample(RandomStreams.of(1).stream(0));
        assertEquals(before, w.logPartitionRatio(), 1e-14);
        assertEquals(4.0, w.effectiveSampleSize(), 1e-12);
        assertEquals(1, w.resamplings());
        for (int i = 1; i < a.length; i++) {
            assertEquals(true, a[i] >= a[i - 1]);
        }
    }

    @Test
    void systematicResamplingKeepsExpectedCounts() {
        // a single dominant walker is always chosen; equal weights keep every walker once
        var dominant = JarzynskiWeightsState.create(5);
        dominant.addWork(new double[] {50, 50, 0, 50, 50});
        assertArrayEquals(new int[] {2, 2, 2, 2, 2}, dominant.resample(RandomStreams.of(3).stream(0)));
        var equal = JarzynskiWeightsState.create(5);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, equal.resample(RandomStreams.of(3).stream(0)));
    }

    /** Oracle: Gaussian work with variance 2 mu has dF = 0 (Jarzynski), across resamplings. */
    @Test
    void piecewiseJarzynskiWithResamplingIsUnbiased() {
        int m = 20_000;
        var w = JarzynskiWeightsState.create(m);
        RandomGenerator rng = RandomStreams.of(11).stream(0);
        double mu = 0.05;
        double[] step = new double[m];
        for (int s = 0; s < 20; s++) {
            for (int i = 0; i < m; i++) {
                step[i] = mu + Math.sqrt(2 * mu) * rng.nextGaussian();
            }
            w.addWork(step);
            w.resampleIfBelow(0.5, rng);
        }
        // each step contributes ln<e^-W> with SE ~ sqrt((e^{2 mu} - 1)/m); 20 steps
        double se = Math.sqrt(20 * (Math.exp(2 * mu) - 1) / m);
        StatAssert.withinStandardErrors(0.0, w.logPartitionRatio(), se, 4);
    }

    @Test
    void badWorkIsNamed() {
        var w = JarzynskiWeightsState.create(2);
        assertThrows(IllegalArgumentException.class, () -> w.addWork(new double[] {0, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> w.addWork(new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> JarzynskiWeightsState.create(0));
    }
}
