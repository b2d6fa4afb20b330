package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.LogSpace;
import org.thermolearn.learning.data.Digits;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class BernoulliRbmTest extends QuietTest {
    @Test
    void referenceFreeEnergyAndLogZ() {
        BernoulliRbm rbm = SmallRbms.reference();
        StatAssert.closeRelative(-2.084362353466, rbm.freeEnergy(new double[] {1, 0, 1}), 1e-12);
        StatAssert.closeRelative(3.685950559409, rbm.logPartitionExact(), 1e-12);
        StatAssert.closeRelative(3.685950559409, SmallRbms.bruteLogZ(rbm), 1e-12);
    }

    @Test
    void freeEnergyDoesNotOverflow() {
        BernoulliRbm big = BernoulliRbm.of(new double[][] {{1000}}, new double[] {0}, new double[] {0});
        assertEquals(-1000.0, big.freeEnergy(new double[] {1}), 0.0);
        BernoulliRbm huge = BernoulliRbm.of(new double[][] {{1e6, -1e6}}, new double[] {0}, new double[] {0, 0});
        assertEquals(-1e6, huge.freeEnergy(new double[] {1}), 0.0);
        StatAssert.closeRelative(1e6, huge.logPartitionExact(), 1e-12);   // e^{1e6} dominates 6 states of weight <= 1
    }

    @Test
    void freeEnergyIsMinusLogSumOverHidden() {
        BernoulliRbm rbm = BernoulliRbm.random(5, 4, 0.8, -0.3, RandomStreams.of(11).stream(0));
        double[] v = {1, 0, 1, 1, 0};
        double[] terms = new double[16];
        for (int s = 0; s < 16; s++) {
            terms[s] = -rbm.energy(v, SmallRbms.bits(s, 4));
        }
        StatAssert.closeRelative(-LogSpace.logSumExp(terms), rbm.freeEnergy(v), 1e-13);
    }

    @Test
    void exactLogZMatchesBruteForceInBothOrientationsAndBothPaths() {
        for (double scale : new double[] {0.7, 25, 200}) {   // fast path, fast with small blocks, softplus path
            BernoulliRbm wide = BernoulliRbm.random(4, 7, scale, 0.2, RandomStreams.of(3).stream((long) scale));
            BernoulliRbm tall = BernoulliRbm.random(7, 4, scale, -0.4, RandomStreams.of(4).stream((long) scale));
            StatAssert.closeRelative(SmallRbms.bruteLogZ(wide), wide.logPartitionExact(), 1e-12);
            StatAssert.closeRelative(SmallRbms.bruteLogZ(tall), tall.logPartitionExact(), 1e-12);
        }
    }

    @Test
    void exactLogZAcrossChunksEqualsTransposedModel() {
        BernoulliRbm rbm = BernoulliRbm.random(40, 15, 0.2, -1, RandomStreams.of(5).stream(0));
        double[][] wt = new double[15][40];
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 15; j++) {
                wt[j][i] = rbm.weight(i, j);
            }
        }
        BernoulliRbm transposed = BernoulliRbm.of(wt, rbm.hiddenBias(), rbm.visibleBias());
        BernoulliRbm slow = BernoulliRbm.random(40, 15, 3, -1, RandomStreams.of(5).stream(1));
        StatAssert.closeRelative(rbm.logPartitionExact(), transposed.logPartitionExact(), 1e-12);
        assertTrue(Double.isFinite(slow.logPartitionExact()));
    }

    @Test
    void digitsFloorOfIndependentPixels() {
        double[] bias = Ais.baseRateBiases(Digits.train());
        BernoulliRbm floor = BernoulliRbm.independent(bias, 16);
        double logZ = floor.logPartitionExact();
        assertEquals(44.557379, logZ, 5e-7);
        assertEquals(-25.28, floor.logLikelihood(Digits.test(), logZ), 0.005);
    }

    @Test
    void conditionalsAreSigmoidsOfPreactivations() {
        BernoulliRbm rbm = SmallRbms.reference();
        double[] ph = rbm.hiddenProbabilities(new double[] {1, 0, 1});
        assertEquals(LogSpace.sigmoid(-0.5 + 1.0 + 0.5), ph[0], 1e-15);
        assertEquals(LogSpace.sigmoid(0.4 + 0.3 - 1.5), ph[1], 1e-15);
        double[] pv = rbm.visibleProbabilities(new double[] {0, 1});
        assertEquals(LogSpace.sigmoid(-0.2 + 0.8), pv[1], 1e-15);
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        BernoulliRbm rbm = SmallRbms.reference();
        var e = assertThrows(IllegalArgumentException.class, () -> rbm.freeEnergy(new double[] {1, 2, 0}));
        assertTrue(e.getMessage().contains("v[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> rbm.freeEnergy(new double[] {1, 0}));
        assertTrue(e.getMessage().contains("v"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BernoulliRbm.of(new double[][] {{Double.NaN}},
                new double[] {0}, new double[] {0}));
        assertTrue(e.getMessage().contains("weights"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BernoulliRbm.of(new double[][] {{1, 2}, {3}},
                new double[] {0, 0}, new double[] {0, 0}));
        assertTrue(e.getMessage().contains("rectangular"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> BernoulliRbm.random(31, 40, 0.1, 0, RandomStreams.of(1).stream(0)).logPartitionExact());
        assertTrue(e.getMessage().contains("at most"), e.getMessage());
    }
}
