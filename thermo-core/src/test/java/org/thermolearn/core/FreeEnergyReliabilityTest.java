package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

/** Honest reliability flags: EXP tail sampling, Gaussian model check, undefined errors, MBAR state indices. */
class FreeEnergyReliabilityTest extends QuietTest {

    /** Gaussian work with mean mu and variance 2 mu (kT = 1): dF = 0 exactly, dissipation mu. */
    static double[] gaussianWork(double mu, int n, long seed) {
        RandomGenerator g = RandomStreams.of(seed).stream(0);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = mu + Math.sqrt(2 * mu) * g.nextGaussian();
        }
        return w;
    }

    /** W = c X with X ~ Gamma(shape k, scale 1), integer k: dF = k ln(1 + c). */
    static double[] gammaWork(double c, int k, int n, long seed) {
        RandomGenerator g = RandomStreams.of(seed).stream(0);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double x = 0;
            for (int j = 0; j < k; j++) {
                x -= Math.log(1 - g.nextDouble());
            }
            w[i] = c * x;
        }
        return w;
    }

    @Test
    void smallDissipationWithManySamplesIsReliableAndWithinItsError() {
        FreeEnergyEstimate e = FreeEnergy.exp(gaussianWork(0.25, 20_000, 7));
        assertTrue(e.isReliable(), e::toString);
        StatAssert.withinStandardErrors(0, e.deltaF(), e.standardError(), 3);
        assertEquals(Math.exp(4 * e.diagnostics().get("dissipatedWork")), e.diagnostics().get("samplesNeeded"), 1e-9);
    }

    @Test
    void dissipationLargeAgainstLnNWarnsForwardAndReverse() {
        // mu = 2.5 kT, n = 2000 as the drag-trap suite: the error bar needs about exp(4 * 2.5) = 22,000 samples
        double[] w = gaussianWork(2.5, 2000, 42);
        FreeEnergyEstimate f = FreeEnergy.exp(w);
        assertFalse(f.isReliable(), f::toString);
        assertEquals(List.of(Warning.UndersampledTail.class), f.warnings().stream().map(Object::getClass).toList(),
                "the older checks (ESS, Gore-Ritort-Bustamante bias) pass here; only the tail check flags it: " + f);
        FreeEnergyEstimate r = FreeEnergy.expReverse(w);
        assertTrue(r.warnings().stream().anyMatch(x -> x instanceof Warning.UndersampledTail), r::toString);
        // the same dissipation with enough samples for the mean but not for the error bar still warns
        FreeEnergyEstimate big = FreeEnergy.exp(gaussianWork(2.5, 10_000, 42));
        assertTrue(big.warnings().stream().anyMatch(x -> x instanceof Warning.UndersampledTail), big::toString);
    }

    @Test
    void dissipatedWorkIsInTheInputUnit() {
        double[] w = gaussianWork(0.25, 5000, 3);
        double[] zJ = java.util.Arrays.stream(w).map(x -> 4.114 * x).toArray();
        assertEquals(4.114 * FreeEnergy.exp(w).diagnostics().get("dissipatedWork"),
                FreeEnergy.exp(zJ, 4.114).diagnostics().get("dissipatedWork"), 1e-9);
        assertEquals(FreeEnergy.exp(w).isReliable(), FreeEnergy.exp(zJ, 4.114).isReliable());
    }

    @Test
    void gaussianEstimateOfGaussianWorkPassesTheModelCheck() {
        FreeEnergyEstimate e = FreeEnergy.expGauss(gaussianWork(1.0, 20_000, 11));
        assertTrue(e.isReliable(), e::toString);
        StatAssert.withinStandardErrors(0, e.deltaF(), e.standardError(), 3);
        StatAssert.withinStandardErrors(0, e.diagnostics().get("thirdCumulantTerm"),
                e.diagnostics().get("thirdCumulantTermError"), 3);
    }

    @Test
    void gaussianEstimateOfSkewedWorkWarnsModelMismatch() {
        // W = 0.5 X, X ~ Gamma(2, 1): dF = 2 ln 1.5; second cumulant 2*0.5 - 2*0.25/2 = 0.75; next term k c^3/3
        double c = 0.5;
        int k = 2;
        FreeEnergyEstimate e = FreeEnergy.expGauss(gammaWork(c, k, 20_000, 5));
        double exact = k * Math.log1p(c);
        assertTrue(Math.abs(e.deltaF() - exact) > 5 * e.standardError(), "the second cumulant misses: " + e);
        assertTrue(e.warnings().stream().anyMatch(x -> x instanceof Warning.ModelMismatch), e::toString);
        StatAssert.withinStandardErrors(k * c * c * c / 3, e.diagnostics().get("thirdCumulantTerm"),
                e.diagnostics().get("thirdCumulantTermError"), 4);
        // the Jarzynski estimate of the same work is fine and recovers the closed form
        FreeEnergyEstimate j = FreeEnergy.exp(gammaWork(c, k, 20_000, 5));
        assertTrue(j.isReliable(), j::toString);
        StatAssert.withinStandardErrors(exact, j.deltaF(), j.standardError(), 4);
    }

    @Test
    void oneSampleHasAnInfiniteErrorAndAWarning() {
        double[] one = {0.7};
        for (FreeEnergyEstimate e : List.of(FreeEnergy.exp(one), FreeEnergy.expReverse(one), FreeEnergy.expGauss(one),
                FreeEnergy.crooksGaussian(one, new double[] {-0.2}), FreeEnergy.crooksHistogram(one,
                        new double[] {-0.2}), FreeEnergy.crooksHistogram(one, new double[] {-0.2, 0.1, 0.4}),
                FreeEnergy.bar(one, new double[] {-0.2}), FreeEnergy.bar(one, new double[] {-0.2, 0.1, 0.4}))) {
            assertEquals(Double.POSITIVE_INFINITY, e.standardError(), e::toString);
            assertFalse(e.isReliable(), e::toString);
            assertEquals(0, e.estimate().zScore(e.deltaF() + 1));
        }
        assertTrue(Double.isFinite(FreeEnergy.exp(new double[] {0.7, 0.9}).standardError()));
    }

    @Test
    void infiniteErrorRoundTripsThroughJson() {
        FreeEnergyEstimate e = FreeEnergy.exp(new double[] {0.7});
        var node = EstimateJson.toTree(e, "kT", 1.0);
        assertEquals("Infinity", node.get("standardError").textValue());
        assertEquals(e, EstimateJson.freeEnergyEstimate(node));
        FreeEnergyEstimate tail = FreeEnergy.exp(gaussianWork(2.5, 2000, 42));
        assertEquals(tail, EstimateJson.freeEnergyEstimate(EstimateJson.toTree(tail, "kT", 1.0)));
    }

    @Test
    void mbarStateIndicesOutOfRangeNameTheArgument() {
        Mbar m = FreeEnergy.mbar(new double[][] {{0, 0, 0.5, 0.1}, {0.3, 0.2, 0, 0}}, new int[] {2, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.deltaF(0, 5));
        assertEquals("j must be a state index in [0, 1] (K = 2), got 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.deltaF(-1, 1));
        assertTrue(e.getMessage().startsWith("i must be a state index in [0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.differenceError(0, 2));
        assertTrue(e.getMessage().startsWith("j must be a state index"), e.getMessage());
    }
}
