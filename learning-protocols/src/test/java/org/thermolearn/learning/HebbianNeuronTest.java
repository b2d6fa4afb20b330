package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class HebbianNeuronTest extends QuietTest {
    private static final long SEED = 10601L;

    @Test
    void heatAndInformationAgreeWithClosedFormsAndObeyTheBound() {
        NeuronParameters p = NeuronParameters.of(20, 8).withDuration(3).withSteps(60);
        HebbianNeuron neuron = HebbianNeuron.random(p, RandomStreams.of(SEED).child(1).stream(0));
        LearningEfficiency e = neuron.simulate(20_000, RandomStreams.of(SEED));
        StatAssert.withinStandardErrors(e.heatExact(), e.heat().value(), e.heat().standardError(), 4);
        StatAssert.precisionAtLeast(e.heat().standardError(), 0.02 * e.heatExact());
        StatAssert.withinStandardErrors(e.informationExact(), e.information().value(), e.information().standardError(), 4);
        StatAssert.precisionAtLeast(e.information().standardError(), 0.05 * e.informationExact());
        // Goldt-Seifert: sum_mu I(sigma_T; sigma) <= I(w; sigma_T) = dS(w) <= dS(w) + Q/T, eta < 1 by many SE
        double slack = e.weightEntropyChange().value() - e.informationExact();
        assertTrue(slack > 4 * e.weightEntropyChange().standardError(), e.toString());
        assertTrue(e.efficiency().value() + 4 * e.efficiency().standardError() < 1, e.toString());
        assertTrue(e.efficiencyExactHeat() < 1, e.toString());
        assertTrue(e.weightEntropyChange().value() <= p.patterns() * Math.log(2), "I(w; labels) <= H(labels)");
    }

    @Test
    void weightEntropyChangeOfOrthogonalPatternsIsTheBinaryGaussianChannelInformation() {
        // orthogonal inputs (Hadamard rows): h_mu = w . xi^mu / sqrt N ~ N(b sigma_mu, T/k) independently, b = a nu/k,
        // so dS(w) = I(w; sigma_T) = P * [ln 2 - E_z ln(1 + exp(-2 b (b + s z) / s^2))], s^2 = T/k
        int n = 8;
        int patterns = 4;
        int[][] xi = new int[patterns][n];
        for (int mu = 0; mu < patterns; mu++) {
            for (int j = 0; j < n; j++) {
                xi[mu][j] = Integer.bitCount((mu + 1) & j) % 2 == 0 ? 1 : -1;
            }
        }
        NeuronParameters p = NeuronParameters.of(n, patterns).withLearningRate(1.2).withTemperature(0.8).withSteps(20);
        LearningEfficiency e = HebbianNeuron.of(p, xi).simulate(20_000, RandomStreams.of(SEED + 7));
        double b = p.progress() * p.learningRate() / p.stiffness();
        double s = Math.sqrt(p.temperature() / p.stiffness());
        double exact = patterns * binaryGaussianChannel(b, s);
        StatAssert.withinStandardErrors(exact, e.weightEntropyChange().value(), e.weightEntropyChange().standardError(), 4);
        StatAssert.precisionAtLeast(e.weightEntropyChange().standardError(), 0.02 * exact);
        double pc = 0.5 * org.hipparchus.special.Erf.erfc(-b / s / Math.sqrt(2));
        double perPattern = Math.log(2) + pc * Math.log(pc) + (1 - pc) * Math.log(1 - pc);
        StatAssert.closeRelative(patterns * perPattern, e.informationExact(), 1e-12);
    }

    /** {@code ln 2 - E_z ln(1 + exp(-2 b (b + s z) / s^2))} by Simpson's rule on z in [-12, 12]. */
    private static double binaryGaussianChannel(double b, double s) {
        int m = 20_000;
        double h = 24.0 / m;
        double sum = 0;
        for (int i = 0; i <= m; i++) {
            double z = -12 + i * h;
            double f = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)
                    * org.thermolearn.core.internal.LogSpace.softplus(-2 * b * (b + s * z) / (s * s));
            sum += (i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return Math.log(2) - sum * h / 3;
    }

    @Test
    void noLearningMeansNoHeatNoInformation() {
        NeuronParameters p = NeuronParameters.of(10, 4).withLearningRate(0).withSteps(10);
        LearningEfficiency e = HebbianNeuron.random(p, RandomStreams.of(SEED).stream(0))
                .simulate(4000, RandomStreams.of(SEED));
        StatAssert.withinStandardErrors(0, e.heat().value(), e.heat().standardError(), 4);
        StatAssert.closeRelative(0, e.informationExact(), 1e-15);
        StatAssert.closeRelative(0, e.weightEntropyChange().value(), 1e-12);
    }

    @Test
    void badInputNamesTheArgument() {
        var e = assertThrows(IllegalArgumentException.class, () -> NeuronParameters.of(10, 17));
        assertTrue(e.getMessage().contains("patterns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NeuronParameters.of(10, 4).withTemperature(0));
        assertTrue(e.getMessage().contains("temperature"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> HebbianNeuron.of(NeuronParameters.of(2, 1), new int[][] {{1, 0}}));
        assertTrue(e.getMessage().contains("inputs[0][1]"), e.getMessage());
    }
}
