package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.Information;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class PredictionTest extends QuietTest {
    private static final long SEED = 120604L;

    @Test
    void referenceRowsOfTheTwoStateModel() {
        double[][] rows = {
            {2, 0.10, 0.5, 0.217730, 0.135098, 0.082633, 0.126932},
            {2, 0.10, 1.0, 0.327813, 0.199242, 0.128572, 0.152319},
        };
        for (double[] r : rows) {
            Prediction p = Prediction.twoState(r[0], r[1], r[2]);
            assertEquals(r[3], p.memory(), 1e-6, "I_mem " + p);
            assertEquals(r[4], p.predictivePower(), 1e-6, "I_pred " + p);
            assertEquals(r[5], p.nonpredictiveInformation(), 1e-6, "I_mem - I_pred " + p);
            assertEquals(r[6], p.work(), 1e-6, "beta W " + p);
        }
    }

    @Test
    void twoStateModelAgreesWithItsClosedForm() {
        // stationary a = p(s = x): a = (1 - r)(q + a (1 - 2q)) + r p_eq, p_eq = 1/(1 + e^-be)
        double be = 1.3;
        double q = 0.27;
        double r = 0.35;
        double peq = 1 / (1 + Math.exp(-be));
        double a = ((1 - r) * q + r * peq) / (1 - (1 - r) * (1 - 2 * q));
        double b = a * (1 - q) + (1 - a) * q;
        Prediction p = Prediction.twoState(be, q, r);
        StatAssert.closeRelative(Math.log(2) - h2(a), p.memory(), 1e-12);
        StatAssert.closeRelative(Math.log(2) - h2(b), p.predictivePower(), 1e-12);
        StatAssert.closeRelative(be * (a - b), p.work(), 1e-12);
    }

    @Test
    void identityHoldsToRoundOffForRandomMultiStateModels() {
        RandomStreams streams = RandomStreams.of(SEED);
        for (int k = 0; k < 200; k++) {
            RandomGenerator rng = streams.stream(k);
            int nx = 2 + rng.nextInt(4);
            int ns = 2 + rng.nextInt(4);
            Relaxation relax = rng.nextBoolean() ? Relaxation.partial(0.05 + 0.95 * rng.nextDouble())
                    : Relaxation.glauber(0.1 + 3 * rng.nextDouble(), 0.1 + 2 * rng.nextDouble());
            Prediction p = Prediction.of(randomSignal(rng, nx), DrivenSystem.of(randomEnergies(rng, ns, nx), relax));
            PredictionStep st = p.step();
            assertEquals(0.0, st.identityResidual(), 1e-10, st.toString());
            // stationary: the relaxation dissipates what the work step stored, so beta W = I_mem - I_pred + relax
            assertEquals(st.freeEnergyChange(), st.relaxationDissipation(), 1e-10, st.toString());
            assertTrue(st.relaxationDissipation() >= -1e-12, st.toString());
            assertTrue(st.work() >= st.nonpredictiveInformation() - 1e-12, st.toString());
            assertTrue(st.predictivePower() <= st.memory() + 1e-12, "data processing: " + st);
        }
    }

    @Test
    void fullProtocolDissipationBoundsTheNonpredictiveInformation() {
        RandomStreams streams = RandomStreams.of(SEED + 1);
        for (int k = 0; k < 50; k++) {
            RandomGenerator rng = streams.stream(k);
            int nx = 2 + rng.nextInt(3);
            int ns = 2 + rng.nextInt(3);
            Prediction p = Prediction.of(randomSignal(rng, nx), DrivenSystem.of(randomEnergies(rng, ns, nx),
                    Relaxation.partial(0.1 + 0.9 * rng.nextDouble())));
            ProtocolDissipation b = p.protocol(1 + rng.nextInt(40));
            assertTrue(b.slack() >= -1e-12, b.toString());
            assertEquals(0.0, b.decompositionResidual(), 1e-10, b.toString());
            for (PredictionStep st : b.steps()) {
                assertEquals(0.0, st.identityResidual(), 1e-10, st.toString());
            }
        }
        ProtocolDissipation longRun = Prediction.twoState(2, 0.1, 0.5).protocol(400);
        PredictionStep last = longRun.steps().get(399);
        assertEquals(Prediction.twoState(2, 0.1, 0.5).memory(), last.memory(), 1e-12, "relaxes to the stationary state");
    }

    @Test
    void glauberKernelIsTheMatrixExponentialOfTheTwoStateRates() {
        // two states: K_01 = p1 (1 - exp(-(w01 + w10) t)), w01 = rate/(1 + e^{dE}), w10 = rate/(1 + e^{-dE})
        double de = 0.8;
        double rate = 1.7;
        double t = 0.6;
        double[][] k = Relaxation.glauber(rate, t).kernel(new double[] {0, de});
        double p1 = 1 / (1 + Math.exp(de));
        StatAssert.closeRelative(p1 * (1 - Math.exp(-rate * t)), k[0][1], 1e-13);
        StatAssert.closeRelative(1 - p1 * (1 - Math.exp(-rate * t)), k[0][0], 1e-13);
    }

    @Test
    void sampledEstimatesAgreeWithExactWithinFourStandardErrors() {
        Prediction[] models = {
            Prediction.twoState(2, 0.1, 0.5),
            Prediction.of(Signal.markov(new double[][] {{0.8, 0.2, 0}, {0, 0.8, 0.2}, {0.2, 0, 0.8}}),
                    DrivenSystem.of(new double[][] {{0, 2, 3}, {2, 0, 1}, {3, 1, 0}}, Relaxation.glauber(1, 0.8))),
        };
        for (int m = 0; m < models.length; m++) {
            Prediction p = models[m];
            SampledPrediction s = p.sample(40_000, 60, RandomStreams.of(SEED).child(m));
            StatAssert.withinStandardErrors(p.memory(), s.memory().value(), s.memory().standardError(), 4);
            StatAssert.withinStandardErrors(p.predictivePower(), s.predictivePower().value(),
                    s.predictivePower().standardError(), 4);
            StatAssert.withinStandardErrors(p.nonpredictiveInformation(), s.nonpredictiveInformation().value(),
                    s.nonpredictiveInformation().standardError(), 4);
            StatAssert.withinStandardErrors(p.work(), s.work().value(), s.work().standardError(), 4);
            StatAssert.withinStandardErrors(p.work(), s.heat().value(), s.heat().standardError(), 4);
            StatAssert.withinStandardErrors(p.memory(), s.plugIn().memory().value(), s.plugIn().memory().standardError(), 4);
            StatAssert.precisionAtLeast(s.nonpredictiveInformation().standardError(), 0.1 * p.nonpredictiveInformation());
            StatAssert.withinStandardErrors(p.freeEnergyChange(), s.freeEnergyChange().value(),
                    s.freeEnergyChange().standardError(), 4);
            // the identity holds on the samples themselves for the plug-in estimates
            assertEquals(s.plugIn().nonpredictiveInformation().value(),
                    s.work().value() - s.freeEnergyChange().value(), 1e-12);
        }
    }

    @Test
    void samplingIsReproduciblePerSeed() {
        Prediction p = Prediction.twoState(1, 0.2, 0.3);
        assertEquals(p.sample(500, 10, RandomStreams.of(5)), p.sample(500, 10, RandomStreams.of(5)));
    }

    @Test
    void badInputNamesTheArgument() {
        var e = assertThrows(IllegalArgumentException.class, () -> Prediction.twoState(2, 1.5, 0.5));
        assertTrue(e.getMessage().contains("q"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Prediction.twoState(2, 0.1, 0));
        assertTrue(e.getMessage().contains("relaxProbability"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Signal.markov(new double[][] {{0.5, 0.4}, {0, 1}}));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Prediction.of(Signal.flip(0.1),
                DrivenSystem.of(new double[][] {{0, 1, 2}}, Relaxation.partial(1))));
        assertTrue(e.getMessage().contains("signal states"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Relaxation.glauber(-1, 1));
        assertTrue(e.getMessage().contains("rate"), e.getMessage());
    }

    static Signal randomSignal(RandomGenerator rng, int n) {
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                t[i][j] = 0.05 + rng.nextDouble();
                sum += t[i][j];
            }
            for (int j = 0; j < n; j++) {
                t[i][j] /= sum;
            }
        }
        return Signal.markov(t);
    }

    static double[][] randomEnergies(RandomGenerator rng, int ns, int nx) {
        double[][] e = new double[ns][nx];
        for (double[] row : e) {
            for (int x = 0; x < nx; x++) {
                row[x] = 4 * rng.nextDouble() - 2;
            }
        }
        return e;
    }

    private static double h2(double p) {
        return Information.entropy(p, 1 - p);
    }
}
