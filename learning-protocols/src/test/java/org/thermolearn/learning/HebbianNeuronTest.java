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
