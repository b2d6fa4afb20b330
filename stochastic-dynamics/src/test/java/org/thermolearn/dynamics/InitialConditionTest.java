package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class InitialConditionTest extends QuietTest {
    static final long SEED = 5_550_123L;

    /** Tabulated Boltzmann sampling: harmonic variance kT/k and double-well {@literal <x^2>} by quadrature. */
    @Test
    void tabulatedBoltzmannMoments() {
        int n = 100_000;
        RandomGenerator rng = RandomStreams.of(SEED).stream(0);
        double[] x = new double[1];
        var harmonic = InitialCondition.boltzmann(HarmonicTrap.centre(2), 0.7, 1, -6, 6);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            harmonic.sample(rng, x);
            sum += x[0];
            sumSq += (x[0] - 0.7) * (x[0] - 0.7);
        }
        StatAssert.withinStandardErrors(0.7, sum / n, Math.sqrt(0.5 / n), 4);
        StatAssert.withinStandardErrors(0.5, sumSq / n, 0.5 * Math.sqrt(2.0 / n), 4);

        DoubleWell well = Potential.doubleWell(2, 1);
        double z = 0;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i <= 200_000; i++) {
            double xi = -3 + 6e-5 * (i * 0.5);
            double w = Math.exp(-well.energy(new double[] {xi}, 0.5));
            z += w;
            m2 += w * xi * xi;
            m4 += w * xi * xi * xi * xi;
        }
        double exact = m2 / z;
        double sd = Math.sqrt(m4 / z - exact * exact);
        var sampler = InitialCondition.boltzmann(well, 0.5, 1, -3, 3);
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            sampler.sample(rng, x);
            s2 += x[0] * x[0];
        }
        StatAssert.withinStandardErrors(exact, s2 / n, sd / Math.sqrt(n), 4);
    }

    @Test
    void badRangeIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> InitialCondition.boltzmann(HarmonicTrap.centre(1), 0, 1, 1, -1));
        assertTrue(e.getMessage().contains("hi"), e.getMessage());
        var d = assertThrows(IllegalArgumentException.class,
                () -> InitialCondition.boltzmann(Potential.movingTrap(1, 1, 1), 0, 1, -1, 1));
        assertTrue(d.getMessage().contains("1-D"), d.getMessage());
    }
}
