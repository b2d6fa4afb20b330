package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;

/** The SIMD lanes and the scalar lanes give the same bits for every operation of a step. */
class HarmonicLanesTest extends QuietTest {
    static final long SEED = 5_12_2026L;

    @Test
    void testsRunTheSimdLanes() {
        assertInstanceOf(SimdHarmonicLanes.class, HarmonicLanes.create(),
                "the test JVM runs with --add-modules jdk.incubator.vector (surefire argLine)");
    }

    @Test
    void simdLanesAreBitIdenticalToScalarLanes() {
        RandomGenerator g = RandomStreams.of(SEED).stream(0);
        HarmonicLanes scalar = new HarmonicLanes();
        HarmonicLanes simd = new SimdHarmonicLanes();
        double[] noise = new double[HarmonicLanes.LANES * 3];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = g.nextGaussian();
        }
        for (int l = 0; l < HarmonicLanes.LANES; l++) {
            scalar.x[l] = 3 * g.nextGaussian();
            simd.x[l] = scalar.x[l];
        }
        for (int step = 0; step < 200; step++) {
            double k = 0.5 + g.nextDouble();
            double c = g.nextGaussian();
            for (HarmonicLanes s : new HarmonicLanes[] {scalar, simd}) {
                s.jump(k, c);
                s.euler(k, c, 0.01, 0.14, noise, HarmonicLanes.LANES * (step % 3));
                s.exact(k, c, 0.97, 0.2, noise, HarmonicLanes.LANES * ((step + 1) % 3));
            }
        }
        assertArrayEquals(scalar.x, simd.x, 0);
        assertArrayEquals(scalar.energy, simd.energy, 0);
        assertArrayEquals(scalar.work, simd.work, 0);
        assertArrayEquals(scalar.heat, simd.heat, 0);
    }
}
