package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class PseudoLikelihoodTest extends QuietTest {
    @Test
    void exactSumsConditionalsFromTheJointDistribution() {
        BernoulliRbm rbm = BernoulliRbm.random(5, 3, 1.0, 0.2, RandomStreams.of(8).stream(0));
        double[] v = {1, 0, 0, 1, 1};
        double expected = 0;
        for (int i = 0; i < 5; i++) {
            double[] flip = v.clone();
            flip[i] = 1 - v[i];
            double pv = Math.exp(-rbm.freeEnergy(v));
            double pf = Math.exp(-rbm.freeEnergy(flip));
            expected += Math.log(pv / (pv + pf));
        }
        StatAssert.closeRelative(expected, PseudoLikelihood.exact(rbm, v), 1e-13);
        double sum = 0;
        for (double s : PseudoLikelihood.perSite(rbm, v)) {
            sum += s;
        }
        StatAssert.closeRelative(expected, sum, 1e-14);
        assertEquals(PseudoLikelihood.exact(rbm, v), rbm.pseudoLogLikelihood(v), 0.0);
    }

    @Test
    void stochasticOneSiteIsUnbiased() {
        BernoulliRbm rbm = BernoulliRbm.random(8, 3, 1.0, 0.2, RandomStreams.of(8).stream(1));
        double[] v = {1, 0, 0, 1, 1, 0, 1, 1};
        var g = RandomStreams.of(8).stream(2);
        int n = 20_000;
        double s = 0;
        double s2 = 0;
        for (int k = 0; k < n; k++) {
            double x = PseudoLikelihood.stochasticOneSite(rbm, v, g);
            s += x;
            s2 += x * x;
        }
        double mean = s / n;
        double se = Math.sqrt((s2 / n - mean * mean) / (n - 1));
        StatAssert.withinStandardErrors(PseudoLikelihood.exact(rbm, v), mean, se, 4);
    }

    @Test
    void nonBinaryInputIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PseudoLikelihood.exact(SmallRbms.reference(), new double[] {0.5, 0, 1}));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("v[0]"));
    }
}
