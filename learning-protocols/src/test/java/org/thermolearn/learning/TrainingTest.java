package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.learning.data.Digits;
import org.thermolearn.testing.QuietTest;

class TrainingTest extends QuietTest {
    @TempDir
    Path dir;

    @Test
    void gradientMatchesFiniteDifferencesOfExactLogLikelihood() {
        BernoulliRbm rbm = BernoulliRbm.random(6, 4, 0.8, -0.2, RandomStreams.of(3).stream(0));
        double[][] data = SmallRbms.exactSamples(BernoulliRbm.random(6, 4, 1, 0.3, RandomStreams.of(3).stream(1)), 25,
                RandomStreams.of(3).stream(2));
        double[] g = RbmGradient.exact(rbm, data);
        double[] theta = concat(rbm);
        double eps = 1e-5;
        for (int k = 0; k < theta.length; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += eps;
            minus[k] -= eps;
            double fd = (ll(rbm, plus, data) - ll(rbm, minus, data)) / (2 * eps);
            assertEquals(fd, g[k], 1e-7, "parameter " + k);
        }
    }

    private static double[] concat(BernoulliRbm rbm) {
        double[] t = new double[RbmGradient.size(rbm)];
        int nw = rbm.visibleCount() * rbm.hiddenCount();
        System.arraycopy(rbm.weightsFlat(), 0, t, 0, nw);
        System.arraycopy(rbm.visibleBias(), 0, t, nw, rbm.visibleCount());
        System.arraycopy(rbm.hiddenBias(), 0, t, nw + rbm.visibleCount(), rbm.hiddenCount());
        return t;
    }

    private static double ll(BernoulliRbm shape, double[] t, double[][] data) {
        int nv = shape.visibleCount();
        int nw = nv * shape.hiddenCount();
        BernoulliRbm m = shape.withParameters(java.util.Arrays.copyOf(t, nw),
                java.util.Arrays.copyOfRange(t, nw, nw + nv), java.util.Arrays.copyOfRange(t, nw + nv, t.length));
        return m.logLikelihood(data, m.logPartitionExact());
    }

    @Test
    void pcdLearnsDigitsAboveTheIndependentPixelFloor() {
        double[][] train = Digits.train();
        var p = TrainingParameters.pcd(100, LearningRateSchedule.constant(0.05)).withMomentum(0.5);
        var t = RbmTrainingState.start(
                BernoulliRbm.forData(train, 16, 0.01, RandomStreams.of(11).stream(0)), p, 11);
        EpochSummary last = null;
        for (int e = 0; e < 40; e++) {
            last = t.runEpoch(train);
        }
        BernoulliRbm m = t.model();
        double test = m.logLikelihood(Digits.test(), m.logPartitionExact());
        assertTrue(test > -25.28 + 2, "test log-likelihood " + test);
        assertEquals(40 * 15, last.updates());
        assertTrue(t.persistentChains().ledger().maxFirstLawResidual() < 1e-9);
    }

    @Test
    void resumedRunEqualsUninterruptedRunBitForBit() {
        double[][] train = java.util.Arrays.copyOf(Digits.train(), 500);
        for (TrainingParameters p : new TrainingParameters[] {
                TrainingParameters.pcd(50, LearningRateSchedule.inverse(0.05, 20)).withMomentum(0.5)
                        .withWeightDecay(1e-4),
                TrainingParameters.cd(2, LearningRateSchedule.constant(0.05)).withBatchSize(64)}) {
            BernoulliRbm init = BernoulliRbm.forData(train, 8, 0.01, RandomStreams.of(5).stream(0));
            var straight = RbmTrainingState.start(init, p, 5);
            for (int e = 0; e < 4; e++) {
                straight.runEpoch(train);
            }
            var first = RbmTrainingState.start(init, p, 5);
            first.runEpoch(train);
            first.runEpoch(train);
            Path ckpt = dir.resolve("run.ckpt");
            RbmCheckpoint.save(first, ckpt);
            var resumed = RbmCheckpoint.load(ckpt, p);
            assertEquals(2, resumed.epoch());
            resumed.runEpoch(train);
            resumed.runEpoch(train);
            assertArrayEquals(straight.model().weightsFlat(), resumed.model().weightsFlat());
            assertArrayEquals(straight.model().hiddenBias(), resumed.model().hiddenBias());
            var other = p.withMomentum(0.1);
            assertThrows(IllegalArgumentException.class, () -> RbmCheckpoint.load(ckpt, other));
            assertEquals(2, RbmCheckpoint.load(ckpt, p, 5, 64, 8).epoch());
            var seed = assertThrows(IllegalArgumentException.class, () -> RbmCheckpoint.load(ckpt, p, 6, 64, 8));
            assertTrue(seed.getMessage().contains("another seed"), seed.getMessage());
            var shape = assertThrows(IllegalArgumentException.class, () -> RbmCheckpoint.load(ckpt, p, 5, 64, 16));
            assertTrue(shape.getMessage().contains("64 x 8 RBM, not 64 x 16"), shape.getMessage());
        }
    }

    @Test
    void schedulesAndParametersValidate() {
        assertEquals(0.0505, LearningRateSchedule.linear(0.1, 0.001, 20_000).rate(10_000), 1e-15);
        assertEquals(0.05, LearningRateSchedule.inverse(0.1, 1000).rate(1000), 1e-15);
        var e = assertThrows(IllegalArgumentException.class,
                () -> TrainingParameters.cd(1, LearningRateSchedule.constant(0.1)).withMomentum(1));
        assertTrue(e.getMessage().contains("momentum"));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(-1));
    }
}
