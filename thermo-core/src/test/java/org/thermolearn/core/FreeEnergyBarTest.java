package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.estimate.BennettAcceptanceRatio;
import org.thermolearn.core.estimate.BennettAcceptanceRatio.ErrorForm;
import org.thermolearn.core.estimate.BennettAcceptanceRatio.Options;
import org.thermolearn.core.estimate.BennettAcceptanceRatio.Solver;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class FreeEnergyBarTest extends QuietTest {
    static final double[] WF = {0.1, 0.4, 0.9, 1.3, 2.0, 2.2, 3.1, 0.7};
    static final double[] WR = {-0.5, 0.2, -1.1, 0.3, -0.2, 0.8};
    static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void referenceValuesMatchIssueAndPymbar() {
        FreeEnergyEstimate bar = FreeEnergy.bar(WF, WR);
        StatAssert.closeRelative(0.6952555894673762, bar.deltaF(), 1e-9);
        StatAssert.closeRelative(0.23371966624409501, bar.standardError(), 1e-9);
        StatAssert.closeRelative(0.24373209350374794, bar.diagnostics().get("mbarFormStandardError"), 1e-9);
        FreeEnergyEstimate mbarForm = FreeEnergy.bar(WF, WR, Options.defaults().withErrorForm(ErrorForm.MBAR));
        StatAssert.closeRelative(0.24373209350374794, mbarForm.standardError(), 1e-9);
        FreeEnergyEstimate sc = FreeEnergy.bar(WF, WR, Options.defaults().withSolver(Solver.SELF_CONSISTENT));
        StatAssert.closeRelative(0.6952555894673762, sc.deltaF(), 1e-9);
        assertEquals(FreeEnergyEstimate.Method.BAR, bar.method());
        assertEquals(14, bar.n());
    }

    @Test
    void gaussianReferenceValue() {
        FreeEnergyEstimate g = FreeEnergy.expGauss(WF);
        StatAssert.closeRelative(0.8813281249999999, g.deltaF(), 1e-12);
        StatAssert.closeRelative(0.4165309695795279, g.standardError(), 1e-12);
    }

    @Test
    void largeAndInfiniteWorkAreZeroWeightSamplesThatCount() {
        double[] wr = {-1, -0.5, -1.5};
        FreeEnergyEstimate big = FreeEnergy.bar(new double[] {0.5, 1, 1.5, 900}, wr);
        StatAssert.closeRelative(1.287682072452, big.deltaF(), 1e-9);
        StatAssert.closeRelative(0.331652529812, big.standardError(), 1e-9);
        FreeEnergyEstimate inf = FreeEnergy.bar(new double[] {0.5, 1, 1.5, INF}, wr);
        StatAssert.closeRelative(1.287682072452, inf.deltaF(), 1e-9);
        StatAssert.closeRelative(0.331652529812, inf.standardError(), 1e-9);
        double dropped = FreeEnergy.bar(new double[] {0.5, 1, 1.5}, wr).deltaF();
        assertTrue(Math.abs(dropped - inf.deltaF()) > 0.1, "the infinite sample must still count in n_F");
    }

    @Test
    void nanNamesItsIndex() {
        var e = assertThrows(IllegalArgumentException.class, () -> FreeEnergy.bar(WF, new double[] {0, 1, Double.NaN}));
        assertTrue(e.getMessage().contains("reverse[2]"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> FreeEnergy.bar(new double[] {Double.NaN}, WR));
        assertTrue(f.getMessage().contains("forward[0]"), f.getMessage());
        var g = assertThrows(IllegalArgumentException.class, () -> FreeEnergy.expGauss(new double[] {1, INF}));
        assertTrue(g.getMessage().contains("work[1]"), g.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FreeEnergy.bar(new double[] {INF}, WR));
        assertThrows(IllegalArgumentException.class, () -> FreeEnergy.bar(new double[0], WR));
    }

    @Test
    void constantWorkIsExact() {
        double[] f = {2.5, 2.5, 2.5, 2.5, 2.5};
        double[] r = {-2.5, -2.5, -2.5, -2.5, -2.5};
        for (Solver s : Solver.values()) {
            FreeEnergyEstimate e = FreeEnergy.bar(f, r, Options.defaults().withSolver(s));
            assertEquals(2.5, e.deltaF());
            assertEquals(0.0, e.standardError());
        }
        FreeEnergyEstimate z = FreeEnergy.bar(new double[1000], new double[1000]);
        assertEquals(0.0, z.deltaF());
        assertEquals(0.0, z.standardError());
        assertEquals(1.0, z.diagnostics().get("overlap"));
        assertTrue(z.isReliable(), z.toString());
        assertEquals(2.5, FreeEnergy.expGauss(f).deltaF());
        assertEquals(0.0, FreeEnergy.expGauss(f).standardError());
        assertEquals(2.5, FreeEnergy.crooksGaussian(f, r).deltaF());
    }

    @Test
    void everyEstimateShiftsByExactlyC() {
        double c = 37.125;
        double[] f = WF.clone();
        double[] r = WR.clone();
        for (int i = 0; i < f.length; i++) {
            f[i] += c;
        }
        for (int i = 0; i < r.length; i++) {
            r[i] -= c;
        }
        assertShift(FreeEnergy::bar, f, r, c);
        assertShift((a, b) -> FreeEnergy.bar(a, b, Options.defaults().withSolver(Solver.SELF_CONSISTENT)), f, r, c);
        assertShift((a, b) -> FreeEnergy.exp(a), f, r, c);
        assertShift((a, b) -> FreeEnergy.expReverse(b), f, r, c);
        assertShift((a, b) -> FreeEnergy.expGauss(a), f, r, c);
        assertShift(FreeEnergy::crooksGaussian, f, r, c);
        assertShift(FreeEnergy::crooksHistogram, f, r, c);
        assertShift((a, b) -> FreeEnergy.mbar(twoStateEnergies(a, b), new int[] {a.length, b.length}).deltaF(0, 1),
                f, r, c);
    }

    private static void assertShift(BiFunction<double[], double[], FreeEnergyEstimate> est, double[] f, double[] r,
            double c) {
        FreeEnergyEstimate base = est.apply(WF, WR);
        FreeEnergyEstimate shifted = est.apply(f, r);
        assertEquals(base.deltaF() + c, shifted.deltaF(), 1e-9 * c, base.method().name());
        assertEquals(base.standardError(), shifted.standardError(), 1e-9, base.method().name());
    }

    /** u_kn for two states from forward (sampled in 0) and reverse (sampled in 1) work: u_1 - u_0 = W_F. */
    static double[][] twoStateEnergies(double[] f, double[] r) {
        double[][] u = new double[2][f.length + r.length];
        for (int i = 0; i < f.length; i++) {
            u[1][i] = f[i];
        }
        for (int j = 0; j < r.length; j++) {
            u[0][f.length + j] = r[j];
        }
        return u;
    }

    @Test
    void twoStateMbarEqualsBar() {
        Mbar m = FreeEnergy.mbar(twoStateEnergies(WF, WR), new int[] {WF.length, WR.length});
        assertTrue(m.converged());
        StatAssert.closeRelative(0.6952555894673762, m.freeEnergies()[1], 1e-9);
        StatAssert.closeRelative(0.24373209350374794, m.standardErrors()[1], 1e-9);
        StatAssert.closeRelative(FreeEnergy.bar(WF, WR).diagnostics().get("overlap"), m.overlap(), 1e-9);
    }

    @Test
    void kTArgumentScalesUnits() {
        double kT = 4.114;
        FreeEnergyEstimate reduced = FreeEnergy.bar(WF, WR);
        double[] f = WF.clone();
        double[] r = WR.clone();
        for (int i = 0; i < f.length; i++) {
            f[i] *= kT;
        }
        for (int i = 0; i < r.length; i++) {
            r[i] *= kT;
        }
        FreeEnergyEstimate zj = FreeEnergy.bar(f, r, kT);
        assertEquals(reduced.deltaF() * kT, zj.deltaF(), 1e-12);
        assertEquals(reduced.standardError() * kT, zj.standardError(), 1e-12);
        assertEquals(FreeEnergy.expGauss(WF).deltaF() * kT, FreeEnergy.expGauss(f, kT).deltaF(), 1e-12);
    }

    @Test
    void disjointDistributionsAreFlaggedNotHidden() {
        double[] f = new double[50];
        double[] r = new double[50];
        for (int i = 0; i < 50; i++) {
            f[i] = 200 + i * 0.01;
            r[i] = 200 + i * 0.01;
        }
        FreeEnergyEstimate e = FreeEnergy.bar(f, r);
        assertTrue(Double.isFinite(e.deltaF()));
        assertFalse(e.isReliable());
        assertTrue(e.warnings().stream().anyMatch(w -> w instanceof Warning.PoorOverlap), e.toString());
        assertTrue(e.warnings().stream().noneMatch(w -> w instanceof Warning.NotConverged), e.toString());
    }

    @Test
    void gaussianCrossingWarnsWhenVariancesContradictCrooks() {
        var rng = RandomStreams.of(20_260_306L).stream(0);
        double[] f = new double[2000];
        double[] r = new double[2000];
        for (int i = 0; i < f.length; i++) {
            f[i] = 2 + 2 * rng.nextGaussian();
            r[i] = 1 + rng.nextGaussian();
        }
        FreeEnergyEstimate g = FreeEnergy.crooksGaussian(f, r);
        assertTrue(g.warnings().stream().anyMatch(w -> w instanceof Warning.ModelMismatch), g.toString());
        assertEquals(g, EstimateJson.freeEnergyEstimate(EstimateJson.toTree(g, "kT", 1)));
    }

    @Test
    void selfConsistentIterationThatRunsOutIsReported() {
        FreeEnergyEstimate e = FreeEnergy.bar(WF, WR, new Options(Solver.SELF_CONSISTENT, ErrorForm.BENNETT, 1e-14, 2));
        assertTrue(e.warnings().stream().anyMatch(w -> w instanceof Warning.NotConverged), e.toString());
    }

    @Test
    void barRecoversGaussianWorkOracle() {
        // Gaussian forward work N(dF + s2/2, s2) and reverse N(-dF + s2/2, s2) satisfy Crooks exactly.
        double dF = 1.7;
        double s2 = 4.0;
        int n = 20_000;
        var rng = RandomStreams.of(20_260_301L).stream(0);
        double[] f = new double[n];
        double[] r = new double[n / 4];   // unequal sizes, so a wrong sign of ln(n_F/n_R) or of a bin term shows
        for (int i = 0; i < n; i++) {
            f[i] = dF + s2 / 2 + Math.sqrt(s2) * rng.nextGaussian();
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = -dF + s2 / 2 + Math.sqrt(s2) * rng.nextGaussian();
        }
        FreeEnergyEstimate bar = FreeEnergy.bar(f, r);
        StatAssert.withinStandardErrors(dF, bar.deltaF(), bar.standardError(), 4);
        StatAssert.precisionAtLeast(bar.standardError(), 0.06);
        assertTrue(bar.isReliable(), bar.toString());
        FreeEnergyEstimate g = FreeEnergy.crooksGaussian(f, r);
        StatAssert.withinStandardErrors(dF, g.deltaF(), g.standardError(), 4);
        assertTrue(g.isReliable(), g.toString());
        FreeEnergyEstimate h = FreeEnergy.crooksHistogram(f, r);
        StatAssert.withinStandardErrors(dF, h.deltaF(), h.standardError(), 4);
        FreeEnergyEstimate gauss = FreeEnergy.expGauss(f);
        StatAssert.withinStandardErrors(dF, gauss.deltaF(), gauss.standardError(), 4);
        // negative control: the mean work is not the free energy
        assertTrue(Math.abs(Samples.of(f).mean() - dF) > 10 * bar.standardError());
    }
}
