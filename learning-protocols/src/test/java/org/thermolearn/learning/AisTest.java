package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.LogSpace;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class AisTest extends QuietTest {
    private static final long SEED = 20_260_312L;

    @Test
    void zeroWeightsGiveEqualLogWeightsAndTheClosedForm() {
        double[] b = {0.3, -1.2, 2.0, 0.0};
        double[] c = {-0.5, 0.7, 1.5};
        BernoulliRbm rbm = BernoulliRbm.ofFlat(4, 3, new double[12], b, c);
        AisEstimate est = Ais.logPartition(rbm, 50, Ais.linearBetas(100), SEED);
        double exact = 0;
        for (double x : b) {
            exact += LogSpace.softplus(x);
        }
        for (double x : c) {
            exact += LogSpace.softplus(x);
        }
        for (int i = 1; i < 50; i++) {
            assertEquals(est.logWeights().get(0), est.logWeights().get(i), 1e-12);
        }
        assertEquals(exact, est.logZ().value(), 1e-12);
        assertEquals(0, est.logZ().standardError(), 1e-12);
        assertEquals(50, est.effectiveSampleSize(), 1e-9);
    }

    @Test
    void forwardAndReverseAgreeWithExactOnSmallRbm() {
        BernoulliRbm rbm = BernoulliRbm.random(16, 10, 1.0, -0.5, RandomStreams.of(SEED).stream(0));
        double exact = rbm.logPartitionExact();
        double[] betas = Ais.linearBetas(1000);
        double[] base = new double[16];
        java.util.Arrays.fill(base, 0.3);   // a base model that differs from the RBM's own biases
        AisEstimate fwd = Ais.logPartition(rbm, base, 400, betas, SEED);
        StatAssert.withinStandardErrors(exact, fwd.logZ().value(), fwd.logZ().standardError(), 4);
        StatAssert.precisionAtLeast(fwd.logZ().standardError(), 0.05);
        double[][] start = SmallRbms.exactSamples(rbm, 400, RandomStreams.of(SEED).stream(1));
        AisEstimate rev = Ais.reverse(rbm, rbm.visibleBias(), start, betas, SEED + 1);
        StatAssert.withinStandardErrors(exact, rev.logZ().value(), rev.logZ().standardError(), 4);
        StatAssert.precisionAtLeast(rev.logZ().standardError(), 0.05);
        assertTrue(fwd.isReliable() && rev.isReliable(), fwd + " / " + rev);
    }

    @Test
    void tooFewTemperaturesAreCaughtByTheErrorBarNotHidden() {
        // negative control: 2 temperatures from a far base model is a poor estimate, and says so via a wide SE
        BernoulliRbm rbm = BernoulliRbm.random(16, 10, 1.0, -0.5, RandomStreams.of(SEED).stream(0));
        AisEstimate crude = Ais.logPartition(rbm, 400, Ais.linearBetas(2), SEED);
        assertTrue(crude.effectiveSampleSize() < 100, crude::toString);
    }

    @Test
    void sameSeedSameResult() {
        BernoulliRbm rbm = BernoulliRbm.random(12, 6, 0.5, 0, RandomStreams.of(SEED).stream(2));
        AisEstimate a = Ais.logPartition(rbm, 37, Ais.linearBetas(50), 9);
        AisEstimate b = Ais.logPartition(rbm, 37, Ais.linearBetas(50), 9);
        assertEquals(a, b);
    }

    @Test
    void badSchedulesAreRejected() {
        BernoulliRbm rbm = SmallRbms.reference();
        var e = assertThrows(IllegalArgumentException.class,
                () -> Ais.logPartition(rbm, 10, new double[] {0, 0.5, 0.4, 1}, 1));
        assertTrue(e.getMessage().contains("betas"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Ais.logPartition(rbm, 10, new double[] {0.1, 1}, 1));
        assertTrue(e.getMessage().contains("betas"), e.getMessage());
        assertEquals(14_500, Ais.standardBetas().length);
        assertEquals(1.0, Ais.standardBetas()[14_499]);
    }

    @Test
    @Tag("long")
    void recipeOn784x20WithinThreeErrorsPlusFiveHundredths() {
        BernoulliRbm rbm = mnistLike();
        double exact = rbm.logPartitionExact();
        AisEstimate est = Ais.logPartition(rbm, 100, Ais.standardBetas(), SEED);
        double tol = 3 * est.logZ().standardError() + 0.05;
        assertTrue(Math.abs(est.logZ().value() - exact) <= tol,
                () -> "AIS " + est + " vs exact " + exact + " (tolerance " + tol + ")");
    }

    /** 784 x 20, weights N(0, 0.05^2), visible biases N(-1.5, 0.5^2). */
    static BernoulliRbm mnistLike() {
        var g = RandomStreams.of(SEED).stream(3);
        double[] w = new double[784 * 20];
        for (int k = 0; k < w.length; k++) {
            w[k] = 0.05 * g.nextGaussian();
        }
        double[] b = new double[784];
        for (int i = 0; i < 784; i++) {
            b[i] = -1.5 + 0.5 * g.nextGaussian();
        }
        return BernoulliRbm.ofFlat(784, 20, w, b, new double[20]);
    }
}
