package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class FreeEnergyExpTest extends QuietTest {
    static final double[] WF = {0.1, 0.4, 0.9, 1.3, 2.0, 2.2, 3.1, 0.7};
    static final double[] WR = {-0.5, 0.2, -1.1, 0.3, -0.2, 0.8};

    @Test
    void largeWorkValuesDoNotOverflow() {
        assertEquals(1000.691006324224, FreeEnergy.exp(new double[] {1000, 1001, 1002}).deltaF(), 1e-12);
        assertEquals(-999.308993675776, FreeEnergy.exp(new double[] {-1000, -999, -998}).deltaF(), 1e-12);
        // a spread whose variance overflows: still an estimate (dF = -1e300 + ln 2), never an error or NaN
        var wide = FreeEnergy.exp(new double[] {1e300, -1e300});
        assertEquals(-1e300, wide.deltaF(), 0);
        assertFalse(wide.isReliable());
    }

    @Test
    void referenceValuesMatchPymbar() {
        FreeEnergyEstimate f = FreeEnergy.exp(WF);
        StatAssert.closeRelative(0.9669158730027492, f.deltaF(), 1e-12);
        StatAssert.closeRelative(0.26094160695014834, f.standardError(), 1e-12);
        FreeEnergyEstimate r = FreeEnergy.exp(WR);
        StatAssert.closeRelative(-0.2729703831241923, r.deltaF(), 1e-12);
        StatAssert.closeRelative(0.26300908409873897, r.standardError(), 1e-12);
        assertEquals(0.2729703831241923, FreeEnergy.expReverse(WR).deltaF(), 1e-12);
    }

    @Test
    void shiftingEveryWorkByCShiftsTheEstimateByC() {
        double c = 123.25;
        double[] shifted = WF.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += c;
        }
        assertEquals(FreeEnergy.exp(WF).deltaF() + c, FreeEnergy.exp(shifted).deltaF(), 1e-12);
        assertEquals(FreeEnergy.exp(WF).standardError(), FreeEnergy.exp(shifted).standardError(), 1e-12);
    }

    @Test
    void constantWorkGivesExactValueAndZeroError() {
        FreeEnergyEstimate e = FreeEnergy.exp(new double[] {2.5, 2.5, 2.5, 2.5, 2.5});
        assertEquals(2.5, e.deltaF());
        assertEquals(0.0, e.standardError());
    }

    @Test
    void kTArgumentScalesUnits() {
        double kT = 4.114;
        double[] zj = new double[WF.length];
        for (int i = 0; i < zj.length; i++) {
            zj[i] = WF[i] * kT;
        }
        assertEquals(FreeEnergy.exp(WF).deltaF() * kT, FreeEnergy.exp(zj, kT).deltaF(), 1e-12);
    }

    @Test
    void positiveInfinityIsAZeroWeightSampleThatCounts() {
        double a = FreeEnergy.exp(new double[] {1, 2, Double.POSITIVE_INFINITY}).deltaF();
        double expected = -Math.log((Math.exp(-1) + Math.exp(-2)) / 3);
        assertEquals(expected, a, 1e-12);
    }

    @Test
    void badInputNamesTheArgument() {
        var nan = assertThrows(IllegalArgumentException.class, () -> FreeEnergy.exp(new double[] {1, Double.NaN}));
        assertTrue(nan.getMessage().contains("work[1]"), nan.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> FreeEnergy.exp(new double[0]));
        assertTrue(empty.getMessage().contains("work"), empty.getMessage());
        var allInf = assertThrows(IllegalArgumentException.class,
                () -> FreeEnergy.exp(new double[] {Double.POSITIVE_INFINITY}));
        assertTrue(allInf.getMessage().contains("+Infinity"), allInf.getMessage());
        var kT = assertThrows(IllegalArgumentException.class, () -> FreeEnergy.exp(WF, 0));
        assertTrue(kT.getMessage().contains("kT"), kT.getMessage());
    }

    @Test
    void fewSamplesAreFlaggedNotHidden() {
        FreeEnergyEstimate e = FreeEnergy.exp(WF);
        assertFalse(e.isReliable());
        assertTrue(e.warnings().get(0) instanceof Warning.TooFewSamples);
        assertTrue(e.toString().contains("UNRELIABLE"), e.toString());
    }
}
