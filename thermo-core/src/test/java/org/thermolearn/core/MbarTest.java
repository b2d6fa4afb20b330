package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class MbarTest extends QuietTest {
    static final long SEED = 20_260_302L;
    static final double[] K = {1, 2, 4, 8, 16};
    static final double[] O = {0, 0.5, 1, 1.5, 2};

    /** Exact reduced free energies relative to state 0: f_k = -1/2 ln(2 pi / K_k). */
    static double exact(int k) {
        return -0.5 * Math.log(2 * Math.PI / K[k]) + 0.5 * Math.log(2 * Math.PI / K[0]);
    }

    /** Samples from every state with n > 0, then u_kn = K_k/2 (x_n - O_k)^2 for every state. */
    static double[][] harmonic(int[] nK, RandomGenerator rng) {
        int n = java.util.Arrays.stream(nK).sum();
        double[] x = new double[n];
        int i = 0;
        for (int k = 0; k < nK.length; k++) {
            for (int j = 0; j < nK[k]; j++) {
                x[i++] = O[k] + rng.nextGaussian() / Math.sqrt(K[k]);
            }
        }
        double[][] u = new double[nK.length][n];
        for (int k = 0; k < nK.length; k++) {
            for (int m = 0; m < n; m++) {
                u[k][m] = 0.5 * K[k] * (x[m] - O[k]) * (x[m] - O[k]);
            }
        }
        return u;
    }

    @Test
    void matchesPymbarOnAFixedDataSetWithAnUnsampledState() {
        double[] kk = {1.0, 2.0, 4.0, 3.0};
        double[] oo = {0.0, 0.5, 1.0, 0.2};
        int[] nK = {30, 20, 25, 0};
        double[] x = new double[75];
        int i = 0;
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < nK[k]; j++) {
                x[i++] = oo[k] + ((j * 0.618034) % 1.0 - 0.5) * 3.0 / Math.sqrt(kk[k]);
            }
        }
        double[][] u = new double[4][75];
        for (int k = 0; k < 4; k++) {
            for (int m = 0; m < 75; m++) {
                u[k][m] = 0.5 * kk[k] * (x[m] - oo[k]) * (x[m] - oo[k]);
            }
        }
        Mbar m = FreeEnergy.mbar(u, nK);
        assertTrue(m.converged(), m::toString);
        double[] f = {0, 0.3361091909792111, 0.6502159578113407, 0.5393501848915623};
        double[] se0 = {0, 0.09498106402420056, 0.17261168254980339, 0.08385596617168026};
        double[] se1 = {0.0949810640242006, 0, 0.10107993366054402, 0.05834947255811671};
        for (int k = 0; k < 4; k++) {
            StatAssert.closeRelative(f[k], m.freeEnergies()[k], 1e-9);
            StatAssert.closeRelative(se0[k], m.standardErrors()[k], 1e-7);
            StatAssert.closeRelative(se1[k], m.differenceError(1, k), 1e-7);
        }
        StatAssert.closeRelative(0.7109351382757886, m.overlap(), 1e-7);
        double[] o0 = {0.5395796235609094, 0.2549578902303543, 0.2054624862087367, 0};
        for (int k = 0; k < 4; k++) {
            StatAssert.closeRelative(o0[k], m.overlapMatrix()[0][k], 1e-9);
        }
    }

    @Test
    void harmonicOscillatorsRecoverExactFreeEnergiesIncludingAnUnsampledState() {
        int[] nK = {2000, 2000, 2000, 2000, 0};
        Mbar m = FreeEnergy.mbar(harmonic(nK, RandomStreams.of(SEED).stream(0)), nK);
        assertTrue(m.converged(), m::toString);
        double[] f = m.freeEnergies();
        double[] se = m.standardErrors();
        for (int k = 1; k < K.length; k++) {
            StatAssert.withinStandardErrors(exact(k), f[k], se[k], 4.5);   // 4 comparisons: Bonferroni
            StatAssert.precisionAtLeast(se[k], 0.1);
        }
        assertTrue(m.isReliable(), m::toString);
        FreeEnergyEstimate d = m.deltaF(1, 3);
        StatAssert.withinStandardErrors(exact(3) - exact(1), d.deltaF(), d.standardError(), 4);
        double[][] o = m.overlapMatrix();
        for (int k = 0; k < 4; k++) {
            assertEquals(1.0, java.util.Arrays.stream(o[k]).sum(), 1e-9, "overlap rows of sampled states sum to 1");
        }
    }

    @Test
    void errorBarsAreCalibratedOver200Replicates() {
        int[] nK = {100, 100, 100, 100, 0};
        int replicates = 200;
        int[] within = new int[K.length];
        for (int r = 0; r < replicates; r++) {
            Mbar m = FreeEnergy.mbar(harmonic(nK, RandomStreams.of(SEED + 1).stream(r)), nK);
            assertTrue(m.converged(), m::toString);
            for (int k = 1; k < K.length; k++) {
                if (Math.abs(m.freeEnergies()[k] - exact(k)) <= m.standardErrors()[k]) {
                    within[k]++;
                }
            }
        }
        // P(|z| <= 1) = 0.6827; binomial sd over 200 = 6.58; 4.5 sd (Bonferroni over 4 states) = [107, 166]
        double p = 0.682689492;
        double sd = Math.sqrt(replicates * p * (1 - p));
        for (int k = 1; k < K.length; k++) {
            assertTrue(Math.abs(within[k] - replicates * p) <= 4.5 * sd,
                    "state " + k + ": " + within[k] + " of " + replicates + " within one standard error");
        }
    }

    @Test
    void nonConvergenceIsReportedNeverHidden() {
        int[] nK = {50, 50, 50, 50, 0};
        Mbar m = Mbar.solve(harmonic(nK, RandomStreams.of(SEED).stream(1)), nK, 1e-12, 1);
        assertFalse(m.converged());
        assertFalse(m.isReliable());
        assertTrue(m.warnings().stream().anyMatch(w -> w instanceof Warning.NotConverged), m::toString);
        assertTrue(m.deltaF(0, 1).warnings().stream().anyMatch(w -> w instanceof Warning.NotConverged));
    }

    @Test
    void badInputNamesTheArgument() {
        var nan = assertThrows(IllegalArgumentException.class,
                () -> FreeEnergy.mbar(new double[][] {{0, 1}, {1, Double.NaN}}, new int[] {1, 1}));
        assertTrue(nan.getMessage().contains("uKn[1][1]"), nan.getMessage());
        var sum = assertThrows(IllegalArgumentException.class,
                () -> FreeEnergy.mbar(new double[][] {{0, 1}, {1, 0}}, new int[] {1, 2}));
        assertTrue(sum.getMessage().contains("nK"), sum.getMessage());
        var ragged = assertThrows(IllegalArgumentException.class,
                () -> FreeEnergy.mbar(new double[][] {{0, 1}, {1}}, new int[] {1, 1}));
        assertTrue(ragged.getMessage().contains("uKn[1]"), ragged.getMessage());
        var neg = assertThrows(IllegalArgumentException.class,
                () -> FreeEnergy.mbar(new double[][] {{0, 1}, {1, 0}}, new int[] {3, -1}));
        assertTrue(neg.getMessage().contains("nK[1]"), neg.getMessage());
    }
}
