package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;

class PredictionOptimizerTest extends QuietTest {
    private static final Prediction REFERENCE = Prediction.twoState(2, 0.1, 0.5);
    private static final PredictionOptimizer OPT = PredictionOptimizer.of(Signal.flip(0.1), 2);

    @Test
    void optimumAtTheReferenceMemoryBeatsTheReferenceSystem() {
        double m = REFERENCE.memory();
        OptimizedPrediction np = OPT.optimize(PredictionObjective.NONPREDICTIVE_INFORMATION, m, RandomStreams.of(1));
        OptimizedPrediction diss = OPT.optimize(PredictionObjective.DISSIPATION, m, RandomStreams.of(1));
        OptimizedPrediction eff = OPT.optimize(PredictionObjective.PREDICTIVE_EFFICIENCY, m, RandomStreams.of(1));
        assertTrue(np.feasible() && diss.feasible() && eff.feasible(), np + "\n" + diss + "\n" + eff);
        assertEquals(m, np.prediction().memory(), OptimizedPrediction.FEASIBILITY_TOLERANCE);
        assertTrue(np.prediction().nonpredictiveInformation() <= REFERENCE.nonpredictiveInformation() + 1e-6, np.toString());
        assertTrue(diss.prediction().work() <= REFERENCE.work() + 1e-6, diss.toString());
        assertTrue(eff.prediction().predictiveEfficiency() >= REFERENCE.predictiveEfficiency() - 1e-6, eff.toString());
        // optimiser accuracy: the penalty leaves I_mem within ~1e-7 of its target
        // the dissipation bound: even the least dissipative system pays its nonpredictive information
        assertTrue(diss.prediction().work() >= np.prediction().nonpredictiveInformation() - 1e-6, diss.toString());
    }

    @Test
    void tradeOffCurveIsMonotoneInMemory() {
        List<OptimizedPrediction> curve = OPT.withStarts(3).tradeOff(PredictionObjective.NONPREDICTIVE_INFORMATION,
                new double[] {0.05, 0.15, 0.25}, RandomStreams.of(2));
        for (int i = 0; i < curve.size(); i++) {
            assertTrue(curve.get(i).feasible(), curve.get(i).toString());
            if (i > 0) {
                assertTrue(curve.get(i).prediction().nonpredictiveInformation()
                        > curve.get(i - 1).prediction().nonpredictiveInformation(), curve.toString());
            }
        }
    }

    @Test
    void moreSystemStatesNeverDoWorseOnAThreeStateSignal() {
        Signal ring = Signal.markov(new double[][] {{0.8, 0.2, 0}, {0, 0.8, 0.2}, {0.2, 0, 0.8}});
        PredictionOptimizer opt = PredictionOptimizer.of(ring, 2).withStarts(2);
        double m = 0.3;
        OptimizedPrediction two = opt.optimize(PredictionObjective.NONPREDICTIVE_INFORMATION, m, RandomStreams.of(3));
        OptimizedPrediction best = opt.optimizeStates(PredictionObjective.NONPREDICTIVE_INFORMATION, m, 3,
                RandomStreams.of(3));
        assertTrue(two.feasible() && best.feasible(), two + "\n" + best);
        assertTrue(best.prediction().nonpredictiveInformation()
                <= two.prediction().nonpredictiveInformation() + 1e-6, two + "\n" + best);
    }

    @Test
    void badInputNamesTheArgument() {
        var e = assertThrows(IllegalArgumentException.class, () -> PredictionOptimizer.of(Signal.flip(0.1), 1));
        assertTrue(e.getMessage().contains("systemStates"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> OPT.optimize(PredictionObjective.DISSIPATION, -1, RandomStreams.of(1)));
        assertTrue(e.getMessage().contains("memory"), e.getMessage());
    }
}
