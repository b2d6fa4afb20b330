package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;

class PotentialTest extends QuietTest {
    static Stream<Potential> potentials() {
        return Stream.of(Potential.harmonicStiffness(0.3), Potential.harmonicCentre(2.5), Potential.doubleWell(3, 1.5),
                Potential.tiltedPeriodic(2, 0.7), Potential.movingTrap(2, 1, -2, 0.5), Potential.harmonic(1, 3, -1, 2),
                Potential.sum(Potential.doubleWell(3, 1), Potential.tiltedPeriodic(0.5, 0.3)),
                Potential.of1d((x, l) -> Math.pow(x - l, 4), (x, l) -> 4 * Math.pow(x - l, 3),
                        (x, l) -> -4 * Math.pow(x - l, 3)),
                Potential.of(2, (x, l) -> l * x[0] * x[1], (x, l, g) -> {
                    g[0] = l * x[1];
                    g[1] = l * x[0];
                }, (x, l) -> x[0] * x[1]));
    }

    /** Contract: dU/dx and dU/dlambda agree with central differences to 1e-7 relative. */
    @ParameterizedTest
    @MethodSource("potentials")
    void derivativesMatchFiniteDifferences(Potential p) {
        int d = p.dimension();
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = 0.37 + 0.21 * i;
        }
        double lambda = 1.3;
        double[] g = new double[d];
        p.gradient(x, lambda, g);
        double h = 1e-5;
        for (int i = 0; i < d; i++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[i] += h;
            xm[i] -= h;
            double fd = (p.energy(xp, lambda) - p.energy(xm, lambda)) / (2 * h);
            assertEquals(fd, g[i], 1e-7 * Math.max(1, Math.abs(fd)), p + " gradient " + i);
        }
        double fdl = (p.energy(x, lambda + h) - p.energy(x, lambda - h)) / (2 * h);
        assertEquals(fdl, p.lambdaDerivative(x, lambda), 1e-7 * Math.max(1, Math.abs(fdl)), p + " dU/dlambda");
    }

    @Test
    void closedFormValues() {
        assertEquals(5.0, Potential.doubleWell(5, 1).energy(new double[] {0}, 3), 0);
        assertEquals(-2.0, Potential.tiltedPeriodic(2, 1).energy(new double[] {0.5}, 0), 1e-15);
        assertEquals(2.0, Potential.movingTrap(2, 1, 1).energy(new double[] {0, 0}, Math.sqrt(2)), 1e-15);
        assertEquals(0.5 * 2 * 0.25, Potential.harmonic(1, 3, 0, 1).energy(new double[] {1}, 0.5), 1e-15);
        assertEquals(List.of(2, 1), List.of(Potential.movingTrap(1, 0, 3).dimension(), Potential.sum(
                Potential.doubleWell(1, 1)).dimension()));
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Potential.doubleWell(-1, 1)).getMessage()
                .contains("barrier"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Potential.tiltedPeriodic(1, 0)).getMessage()
                .contains("period"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Potential.movingTrap(1, 0, 0)).getMessage()
                .contains("direction"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Potential.sum(Potential.doubleWell(1, 1),
                Potential.movingTrap(1, 1, 1))).getMessage().contains("terms[1]"));
    }
}
