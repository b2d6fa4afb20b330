package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;

/**
 * Weak convergence order at dt, dt/2, dt/4: the error of the dragged-trap mean work {@literal <W>} at v = 1, t = 2
 * against the continuous closed form 1 + e^-2 (overdamped schemes, order 1 with lambda sampled at the right end of
 * each step), and of the stationary full-step {@literal <v^2>} of BAOAB (order 2).
 */
class WeakOrderTest extends QuietTest {
    static final long SEED = 777_2026L;

    /**
     * Euler-Maruyama and Leimkuhler-Matthews at dt = 0.4, 0.2, 0.1: order 1 (the exact discrete means give error
     * ratios 1.79 and 1.91 here, so 0.25 is allowed for the pre-asymptotic range on top of 4 SE).
     */
    @Test
    void eulerMaruyamaAndLeimkuhlerMatthewsConvergeAtFirstOrder() {
        OverdampedScheme[] schemes = {OverdampedScheme.eulerMaruyama(), OverdampedScheme.leimkuhlerMatthews()};
        for (int s = 0; s < schemes.length; s++) {
            measure(schemes[s], new double[] {0.4, 0.2, 0.1}, 400_000, 10L * s, 1.0, 0.25);
        }
    }

    /**
     * The exact propagator's only error is the right-point sampling of the protocol, which for the drag is of
     * order 2 (discrete means: error ratios 3.72 and 3.92 at dt = 2, 1, 0.5, so 0.3 is allowed on top of 4 SE).
     */
    @Test
    void exactPropagatorConvergesAtSecondOrder() {
        measure(OverdampedScheme.exactHarmonic(), new double[] {2.0, 1.0, 0.5}, 400_000, 20, 2.0, 0.3);
    }

    private static void measure(OverdampedScheme scheme, double[] dts, int n, long key, double p, double allowance) {
        double exact = 1 + Math.exp(-2);
        double[] err = new double[3];
        double[] se = new double[3];
        HarmonicTrap trap = HarmonicTrap.centre(1);
        for (int k = 0; k < 3; k++) {
            var sim = Langevin.overdamped(trap, Protocol.linear(0, 2, 2), LangevinParameters.of(dts[k]), scheme,
                    InitialCondition.equilibrium(trap, 0, 1));
            double sum = 0;
            double sumSq = 0;
            int chunk = 500_000;
            for (int c = 0; c * chunk < n; c++) {
                int m = Math.min(chunk, n - c * chunk);
                for (double w : Ensemble.of(sim, m).run(RandomStreams.of(SEED).child(key + k).child(c)).work()
                        .toArray()) {
                    sum += w;
                    sumSq += w * w;
                }
            }
            double mean = sum / n;
            err[k] = mean - exact;
            se[k] = Math.sqrt((sumSq / n - mean * mean) / n);
        }
        assertOrder(scheme.toString(), err, se, p, allowance);
    }

    @Test
    void baoabStationaryKineticEnergyConvergesAtSecondOrder() {
        int n = 600_000;
        double[] dts = {1.2, 0.6, 0.3};
        double[] err = new double[3];
        double[] se = new double[3];
        HarmonicTrap trap = HarmonicTrap.centre(1);
        for (int k = 0; k < 3; k++) {
            var sim = Langevin.underdamped(trap, Protocol.constant(0, 6), LangevinParameters.of(dts[k]), 1.0,
                    InitialCondition.equilibrium(trap, 0, 1));
            RandomStreams streams = RandomStreams.of(SEED).child(100 + k);
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double[] v = new double[1];
                sim.run(streams.stream(i), PathObserver.NONE, v);
                double v2 = v[0] * v[0];
                sum += v2;
                sumSq += v2 * v2;
            }
            double mean = sum / n;
            err[k] = mean - 1.0;
            se[k] = Math.sqrt((sumSq / n - mean * mean) / n);
        }
        assertOrder("BAOAB <v^2>", err, se, 2.0, 0.0);
    }

    /**
     * Each error ratio e(h)/e(h/2) within 4 SE (+ allowance) of 2^p, and precise enough to tell p from p - 1
     * (4 SE <= 2^(p-1)).
     */
    static void assertOrder(String name, double[] err, double[] se, double p, double allowance) {
        for (int k = 0; k < 2; k++) {
            double r = err[k] / err[k + 1];
            double seR = Math.abs(r) * Math.hypot(se[k] / err[k], se[k + 1] / err[k + 1]);
            double z = (r - Math.pow(2, p)) / seR;
            assertTrue(Math.abs(r - Math.pow(2, p)) <= 4 * seR + allowance, name + ": error ratio " + r + " +- " + seR
                    + " vs 2^" + p + " (z = " + z + "), errors " + java.util.Arrays.toString(err));
            assertTrue(4 * seR <= Math.pow(2, p) / 2, name + ": ratio " + r + " +- " + seR + " too imprecise");
        }
    }
}
