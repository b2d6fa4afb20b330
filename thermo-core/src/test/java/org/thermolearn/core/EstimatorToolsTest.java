package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class EstimatorToolsTest extends QuietTest {
    static final long SEED = 20_260_304L;

    static double[][] gaussianWork(int n, double dF, double s2, long stream) {
        var rng = RandomStreams.of(SEED).stream(stream);
        double[] f = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = dF + s2 / 2 + Math.sqrt(s2) * rng.nextGaussian();
            r[i] = -dF + s2 / 2 + Math.sqrt(s2) * rng.nextGaussian();
        }
        return new double[][] {f, r};
    }

    @Test
    void bootstrapIsSeededAndAgreesWithTheAsymptoticError() {
        double[][] w = gaussianWork(2_000, 1.0, 2.0, 0);
        FreeEnergyEstimate a = FreeEnergy.bootstrap(w[0], w[1], FreeEnergy::bar, 200, RandomStreams.of(SEED).stream(9));
        FreeEnergyEstimate b = FreeEnergy.bootstrap(w[0], w[1], FreeEnergy::bar, 200, RandomStreams.of(SEED).stream(9));
        assertEquals(a, b);
        double analytic = a.diagnostics().get("analyticStandardError");
        // the bootstrap SD of an SD from 200 replicates has relative error 1/sqrt(2*199) = 5%; allow 4 of those
        assertEquals(analytic, a.standardError(), 0.2 * analytic);
        assertEquals(FreeEnergy.bar(w[0], w[1]).deltaF(), a.deltaF());
        FreeEnergyEstimate e = FreeEnergy.bootstrap(w[0], FreeEnergy::expGauss, 200, RandomStreams.of(SEED).stream(8));
        assertEquals(e.diagnostics().get("analyticStandardError"), e.standardError(),
                0.2 * e.diagnostics().get("analyticStandardError"));
    }

    @Test
    void goreRitortBustamanteBiasMatchesTheObservedJarzynskiBias() {
        // Gaussian work, variance 2 kT^2, n = 20: B = (e^2 - 1)/40 = 0.1597 kT. Average over 4000 seeded sets.
        double s2 = 2.0;
        int n = 20;
        int sets = 4_000;
        double expected = FreeEnergy.expectedJarzynskiBias(s2, n);
        StatAssert.closeRelative(Math.expm1(2.0) / 40, expected, 1e-15);
        double sum = 0;
        double sumSq = 0;
        var rng = RandomStreams.of(SEED).stream(1);
        for (int s = 0; s < sets; s++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = s2 / 2 + Math.sqrt(s2) * rng.nextGaussian();
            }
            double bias = FreeEnergy.exp(w).deltaF();
            sum += bias;
            sumSq += bias * bias;
        }
        double mean = sum / sets;
        double se = Math.sqrt((sumSq / sets - mean * mean) / sets);
        // the large-n formula is accurate to O(1/n^2); allow 4 SE plus 15% model error at n = 20
        assertEquals(expected, mean, 4 * se + 0.15 * expected);
        assertTrue(mean > 6 * se, "the bias is real and resolved");
    }

    @Test
    void effectiveSampleSizeOfEqualWeightsIsN() {
        assertEquals(7.0, FreeEnergy.effectiveSampleSize(new double[] {3, 3, 3, 3, 3, 3, 3}), 1e-12);
        assertEquals(1.0, FreeEnergy.effectiveSampleSize(new double[] {0, 800, 900}), 1e-12);
    }

    @Test
    void largeBiasIsFlagged() {
        double[] w = new double[40];
        var rng = RandomStreams.of(SEED).stream(2);
        for (int i = 0; i < w.length; i++) {
            w[i] = 50 + 10 * rng.nextGaussian();
        }
        FreeEnergyEstimate e = FreeEnergy.exp(w);
        assertFalse(e.isReliable());
        assertTrue(e.warnings().stream().anyMatch(x -> x instanceof Warning.LargeBias), e.toString());
    }

    @Test
    void scalingConvertsEnergyDiagnosticsAndKeepsDimensionlessOnes() {
        double[][] w = gaussianWork(200, 0.5, 1.0, 3);
        double kT = 4.1;
        FreeEnergyEstimate bar = FreeEnergy.bar(w[0], w[1]);
        FreeEnergyEstimate zj = bar.scaled(kT);
        assertEquals(kT * bar.diagnostics().get("bennettStandardError"), zj.diagnostics().get("bennettStandardError"),
                1e-12);
        assertEquals(kT * bar.diagnostics().get("mbarFormStandardError"),
                zj.diagnostics().get("mbarFormStandardError"), 1e-12);
        assertEquals(bar.diagnostics().get("overlap"), zj.diagnostics().get("overlap"));
        assertEquals(bar.diagnostics().get("iterations"), zj.diagnostics().get("iterations"));
        // the same numbers come from BAR on work given in zJ with kT = 4.1 zJ
        double[] fz = java.util.Arrays.stream(w[0]).map(x -> x * kT).toArray();
        double[] rz = java.util.Arrays.stream(w[1]).map(x -> x * kT).toArray();
        assertEquals(zj.diagnostics().get("bennettStandardError"),
                FreeEnergy.bar(fz, rz, kT).diagnostics().get("bennettStandardError"), 1e-12);
        FreeEnergyEstimate g = FreeEnergy.expGauss(w[0]);
        assertEquals(kT * kT * g.diagnostics().get("varianceWork"), g.scaled(kT).diagnostics().get("varianceWork"),
                1e-12);
        assertEquals(g.diagnostics().get("varianceWork") * kT * kT,
                FreeEnergy.expGauss(fz, kT).diagnostics().get("varianceWork"), 1e-9);
        var bias = new FreeEnergyEstimate(FreeEnergyEstimate.Method.EXP, 1, 0.1, 5, java.util.Map.of("expectedBias",
                0.3, "effectiveSampleSize", 2.0), java.util.List.of(new Warning.LargeBias(0.3, 0.1))).scaled(2);
        assertEquals(0.6, bias.diagnostics().get("expectedBias"), 1e-15);
        assertEquals(2.0, bias.diagnostics().get("effectiveSampleSize"));
        assertEquals(new Warning.LargeBias(0.6, 0.2), bias.warnings().get(0));
    }

    @Test
    void everyDiagnosticKeyHasAKnownDimension() {
        double[][] w = gaussianWork(200, 0.5, 1.0, 3);
        var dimensionless = java.util.Set.of("effectiveSampleSize", "overlap", "iterations", "varianceRatioZ", "bins",
                "bootstrapReplicates", "newtonSteps", "selfConsistentSteps", "samplesNeeded");
        var rng = RandomStreams.of(SEED).stream(11);
        for (FreeEnergyEstimate e : new FreeEnergyEstimate[] {FreeEnergy.exp(new double[] {0, 5, 9, 12}), FreeEnergy.exp(w[0]),
            FreeEnergy.expReverse(w[1]), FreeEnergy.expGauss(w[0]), FreeEnergy.bar(w[0], w[1]),
            FreeEnergy.crooksGaussian(w[0], w[1]), FreeEnergy.crooksHistogram(w[0], w[1]),
            FreeEnergy.bootstrap(w[0], w[1], FreeEnergy::bar, 20, rng)}) {
            for (String k : e.diagnostics().keySet()) {
                assertTrue(FreeEnergyEstimate.energyExponent(k) > 0 || dimensionless.contains(k), e.method() + ": " + k);
            }
        }
    }

    @Test
    void everyResultTypeHasStrictJsonWithUnitAndKT() {
        double[][] w = gaussianWork(200, 0.5, 1.0, 3);
        FreeEnergyEstimate bar = FreeEnergy.bar(w[0], w[1]);
        JsonNode tree = Json.parse(Json.toJson(EstimateJson.toTree(bar.scaled(4.1), "zJ", 4.1)), "test");
        assertEquals("zJ", tree.path("unit").asText());
        assertEquals(4.1, tree.path("kT").asDouble());
        assertEquals(bar.scaled(4.1), EstimateJson.freeEnergyEstimate(tree));
        FreeEnergyEstimate few = FreeEnergy.bar(new double[] {0.5, 1, 1.5, Double.POSITIVE_INFINITY},
                new double[] {-1, -0.5, -1.5});
        assertEquals(few, EstimateJson.freeEnergyEstimate(Json.parse(Json.toJson(EstimateJson.toTree(few, "kT", 1)),
                "t")));
        Mbar m = FreeEnergy.mbar(FreeEnergyBarTest.twoStateEnergies(w[0], w[1]), new int[] {200, 200});
        JsonNode mt = Json.parse(Json.toJson(EstimateJson.toTree(m, "kJ/mol", 2.479)), "mbar");
        assertEquals(m.freeEnergies()[1], mt.path("freeEnergies").get(1).asDouble(), 0);
        assertEquals(m.freeEnergies()[1] * 2.479, mt.path("freeEnergies_kJ/mol").get(1).asDouble(), 1e-12);
        assertEquals("kT", mt.path("unit").asText());
        assertTrue(mt.path("converged").asBoolean());
        JsonNode eq = EstimateJson.toTree(Timeseries.detectEquilibration(w[0]));
        assertEquals("equilibration", eq.path("type").asText());
        assertEquals("kT", EstimateJson.toTree(bar.estimate(), "kT").path("unit").asText());
    }
}
