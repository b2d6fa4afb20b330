package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.learning.data.Digits;
import org.thermolearn.testing.QuietTest;

/** The goals on the digits protocol (minutes: run with -Plong). */
@Tag("long")
class JarzynskiDigitsLongTest extends QuietTest {
    private static final int EPOCHS = 1333;   // 19,995 updates = sweeps of 100 chains

    private static JarzynskiTrainer start(int hidden, JarzynskiParameters p, long seed) {
        double[][] train = Digits.train();
        return JarzynskiTrainer.start(BernoulliRbm.forData(train, hidden, 0.01,
                RandomStreams.of(seed).child(1000).stream(0)), p, seed);
    }

    /** 16 hidden units, the suite's schedule, 1000 trackers: test >= -18.5 and the tracker within 5 nats of exact. */
    @Test
    void sixteenHiddenReachesTheGoalAndTheTrackerStaysWithinFiveNats() {
        var p = JarzynskiParameters.of(TrainingParameters.pcd(100, LearningRateSchedule.linear(0.1, 0.001,
                EPOCHS * 15L)).withMomentum(0.5)).withTrackers(1000);
        JarzynskiTrainer t = start(16, p, 1);
        double worst = 0;
        for (int e = 0; e < EPOCHS; e++) {
            t.runEpoch(Digits.train());
            if (e % 10 == 9) {
                worst = Math.max(worst, Math.abs(t.trackerLogPartition() - t.model().logPartitionExact()));
            }
        }
        double logZ = t.model().logPartitionExact();
        double test = t.model().logLikelihood(Digits.test(), logZ);
        assertTrue(test >= -18.5, "test log-likelihood " + test);
        assertTrue(worst < 5, "largest |tracker ln Z - exact| " + worst);
        assertTrue(t.biasedLogPartition() < logZ - 100, "training chains' own ln Z must be far below exact");
    }
}
