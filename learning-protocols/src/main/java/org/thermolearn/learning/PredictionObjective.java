package org.thermolearn.learning;

/**
 * What {@link PredictionOptimizer} optimises, per step in the stationary state (nats and kT).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PredictionOptimizer.of(Signal.flip(0.1), 2).optimize(PredictionObjective.DISSIPATION, 0.2, RandomStreams.of(1));
 * }</pre>
 *
 * @since 1.0
 */
public enum PredictionObjective {
    /** Minimise {@code I_mem - I_pred} at fixed memory {@code I_mem = m}. */
    NONPREDICTIVE_INFORMATION,
    /** Minimise the dissipation per step {@code beta <W>} at fixed memory {@code I_mem = m}. */
    DISSIPATION,
    /** Maximise the predictive efficiency {@code I_pred / I_mem} with memory at least {@code m}. */
    PREDICTIVE_EFFICIENCY;

    /** The value to minimise for a candidate (efficiency is negated). */
    double cost(PredictionStep step) {
        switch (this) {
            case NONPREDICTIVE_INFORMATION:
                return step.nonpredictiveInformation();
            case DISSIPATION:
                return step.work();
            default:
                return -step.predictiveEfficiency();
        }
    }

    /** Violation of the memory constraint (equality, or the inequality for efficiency). */
    double violation(PredictionStep step, double memory) {
        double d = step.memory() - memory;
        return this == PREDICTIVE_EFFICIENCY ? Math.min(0, d) : d;
    }
}
