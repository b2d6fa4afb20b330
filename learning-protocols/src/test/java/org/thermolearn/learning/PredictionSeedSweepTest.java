package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.Estimate;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;

/** Seed sweep (tag long): the sampled estimates' standard errors are calibrated (Commons RNG rule, 1% level). */
@Tag("long")
class PredictionSeedSweepTest extends QuietTest {
    private static final int SEEDS = 50;
    private static final double Z_1PERCENT = 2.5758;

    @Test
    void sampledEstimatesFailTheOnePercentBandAtMostThreeTimesInFifty() {
        Prediction[] models = {
            Prediction.twoState(2, 0.1, 0.5),
            Prediction.of(Signal.markov(new double[][] {{0.8, 0.2, 0}, {0, 0.8, 0.2}, {0.2, 0, 0.8}}),
                    DrivenSystem.of(new double[][] {{0, 2, 3}, {2, 0, 1}, {3, 1, 0}}, Relaxation.glauber(1, 0.8))),
        };
        RandomStreams seeds = RandomStreams.of(0x5EED);
        for (Prediction p : models) {
            int[] failures = new int[4];
            for (int k = 0; k < SEEDS; k++) {
                SampledPrediction s = p.sample(20_000, 60, RandomStreams.of(seeds.stream(k).nextLong()));
                failures[0] += outside(s.memory(), p.memory());
                failures[1] += outside(s.predictivePower(), p.predictivePower());
                failures[2] += outside(s.nonpredictiveInformation(), p.nonpredictiveInformation());
                failures[3] += outside(s.work(), p.work());
            }
            for (int f : failures) {
                assertTrue(f <= 3, java.util.Arrays.toString(failures) + " failures of 50 at 1% for " + p);
            }
        }
    }

    private static int outside(Estimate e, double exact) {
        return Math.abs(e.zScore(exact)) > Z_1PERCENT ? 1 : 0;
    }
}
