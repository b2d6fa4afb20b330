package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;

class RateMatrixTest extends QuietTest {
    /** The issue's 3-state ring: k12 = 2.0, k13 = 0.5, k21 = 0.7, k23 = 3.0, k31 = 1.5, k32 = 0.4. */
    static final double[][] RING3 = {{0, 2.0, 0.5}, {0.7, 0, 3.0}, {1.5, 0.4, 0}};

    /** Matrix-tree theorem: p_i proportional to the sum over spanning trees directed into i of the rate products. */
    private static double[] kirchhoff(double[][] w) {
        double p0 = w[1][0] * w[2][0] + w[1][2] * w[2][0] + w[2][1] * w[1][0];
        double p1 = w[0][1] * w[2][1] + w[0][2] * w[2][1] + w[2][0] * w[0][1];
        double p2 = w[0][2] * w[1][2] + w[0][1] * w[1][2] + w[1][0] * w[0][2];
        double z = p0 + p1 + p2;
        return new double[] {p0 / z, p1 / z, p2 / z};
    }

    @Test
    void drivenUniformRingHasUniformStateAndSigmaLn2() {
        RateMatrix ring = RateMatrix.ring(3, 2, 1);
        for (double p : ring.stationaryDistribution()) {
            assertEquals(1.0 / 3, p, 1e-15);
        }
        assertEquals(Math.log(2), ring.entropyProductionRate(), 1e-14);
        assertEquals(1.0 / 3, ring.currents()[0][1], 1e-15);
    }

    @Test
    void issueRingMatchesClosedFormsToNineDigits() {
        RateMatrix r = RateMatrix.of(RING3);
        double[] p = r.stationaryDistribution();
        double[] exact = kirchhoff(RING3);
        double[] issue = {0.32975113, 0.22624434, 0.44400452};
        for (int i = 0; i < 3; i++) {
            assertEquals(exact[i], p[i], 1e-9 * exact[i]);
            assertEquals(issue[i], p[i], 6e-9);
        }
        double j = p[0] * 2.0 - p[1] * 0.7;
        assertEquals(0.501131, j, 5e-7);
        double affinity = Math.log(2.0 * 3.0 * 1.5 / (0.7 * 0.4 * 0.5));
        assertEquals(j * affinity, r.entropyProductionRate(), 1e-9 * j * affinity);
        assertEquals(2.086378, r.entropyProductionRate(), 5e-7);
        double[][] c = r.currents();
        assertEquals(c[0][1], c[1][2], 1e-14);
        assertEquals(c[1][2], c[2][0], 1e-14);
        assertEquals(-c[0][1], c[1][0], 0);
    }

    @Test
    void cycleDecompositionReproducesSigma() {
        RateMatrix r = RateMatrix.of(RING3);
        List<RateMatrix.Cycle> cycles = r.cycles();
        assertEquals(1, cycles.size());
        double affinity = Math.log(2.0 * 3.0 * 1.5 / (0.7 * 0.4 * 0.5));
        assertEquals(affinity, Math.abs(cycles.get(0).affinity()), 1e-14);
        assertEquals(r.entropyProductionRate(), cycles.get(0).entropyProductionRate(), 1e-12);
        // a 4-state graph with two independent cycles: sum_c J_c A_c = sigma
        double[][] w = {{0, 1, 2, 0.5}, {3, 0, 1, 0}, {0.2, 4, 0, 1.5}, {1, 0, 2, 0}};
        RateMatrix g = RateMatrix.of(w);
        List<RateMatrix.Cycle> basis = g.cycles();
        assertEquals(5 - 4 + 1, basis.size());
        double sum = basis.stream().mapToDouble(RateMatrix.Cycle::entropyProductionRate).sum();
        assertEquals(g.entropyProductionRate(), sum, 1e-12 * g.entropyProductionRate());
    }

    @Test
    void detailedBalanceKineticsGiveBoltzmannAndZeroEntropyProduction() {
        double[] e = {0.0, 1.3, -0.4, 2.0};
        double[][] a = {{0, 1, 2, 0}, {1, 0, 0.5, 1}, {2, 0.5, 0, 3}, {0, 1, 3, 0}};
        double[][] b = {{0, 3, 2.5, Double.POSITIVE_INFINITY}, {3, 0, 4, 3.5}, {2.5, 4, 0, 2.2},
                {Double.POSITIVE_INFINITY, 3.5, 2.2, 0}};
        double kT = 0.8;
        for (RateMatrix r : new RateMatrix[] {RateMatrix.metropolis(e, a, kT), RateMatrix.glauber(e, a, kT),
                RateMatrix.arrhenius(e, b, 10, kT)}) {
            double z = 0;
            for (double x : e) {
                z += Math.exp(-x / kT);
            }
            double[] p = r.stationaryDistribution();
            for (int i = 0; i < e.length; i++) {
                assertEquals(Math.exp(-e[i] / kT) / z, p[i], 1e-12, r.toString());
            }
            assertEquals(0.0, r.entropyProductionRate(), 1e-14);
        }
        assertEquals(0.0, RateMatrix.arrhenius(e, b, 10, kT).rate(0, 3));
        assertEquals(10 * Math.exp(-(3 - 0) / kT), RateMatrix.arrhenius(e, b, 10, kT).rate(0, 1), 1e-15);
    }

    @Test
    void oneWayTransitionGivesInfiniteEntropyProduction() {
        RateMatrix r = RateMatrix.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        assertEquals(Double.POSITIVE_INFINITY, r.entropyProductionRate());
        assertEquals(Double.POSITIVE_INFINITY, r.cycles().get(0).affinity() * Math.signum(r.cycles().get(0).current()));
    }

    @Test
    void badInputGetsClearErrors() {
        var e = assertThrows(IllegalArgumentException.class, () -> RateMatrix.of(new double[][] {{0, -1}, {1, 0}}));
        assertTrue(e.getMessage().contains("rates[0][1]") && e.getMessage().contains("-1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RateMatrix.of(new double[][] {{0, 1, 2}, {1, 0}}));
        assertTrue(e.getMessage().contains("square"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RateMatrix.of(new double[][] {{0, Double.NaN}, {1, 0}}));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        RateMatrix reducible = RateMatrix.of(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 1, 0}});
        assertFalse(reducible.isIrreducible());
        var s = assertThrows(IllegalStateException.class, reducible::stationaryDistribution);
        assertTrue(s.getMessage().contains("reducible") && s.getMessage().contains("[2]"), s.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RateMatrix.glauber(new double[] {0, 1}, new double[][] {{0, 1}, {2, 0}}, 1));
        assertTrue(e.getMessage().contains("attemptRates[0][1]"), e.getMessage());
    }

    @Test
    void diagonalIsIgnoredAndValueEquality() {
        RateMatrix a = RateMatrix.of(new double[][] {{5, 1}, {2, 7}});
        assertEquals(0.0, a.rate(0, 0));
        assertEquals(a, RateMatrix.of(new double[][] {{0, 1}, {2, 0}}));
        assertEquals(1.0, a.exitRate(0));
    }

    @Test
    void masterEquationMatchesTwoStateRelaxation() {
        double a = 1.7;
        double b = 0.6;
        RateMatrix r = RateMatrix.of(new double[][] {{0, a}, {b, 0}});
        for (double t : new double[] {0.01, 0.5, 3, 40, 400}) {
            double[] p = MasterEquation.propagate(r, new double[] {1, 0}, t);
            double p1 = a / (a + b) * (1 - Math.exp(-(a + b) * t));
            assertEquals(p1, p[1], 1e-14 + 1e-13 * p1, "t = " + t);
            assertEquals(1.0, p[0] + p[1], 1e-14);
        }
    }
}
