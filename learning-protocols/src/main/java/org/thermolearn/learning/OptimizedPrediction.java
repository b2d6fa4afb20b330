package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * A system tuned by {@link PredictionOptimizer}: the optimum found, its objective and how well the memory
 * constraint holds.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * var o = PredictionOptimizer.of(Signal.flip(0.1), 2).optimize(PredictionObjective.NONPREDICTIVE_INFORMATION, 0.2,
 *         RandomStreams.of(1));
 * o.prediction().memory();   // ~ 0.2
 * }</pre>
 *
 * @param objective what was optimised
 * @param targetMemory the memory constraint {@code m}, nats
 * @param prediction the optimised system's exact stationary analysis
 * @param constraintViolation {@code I_mem - m} (for efficiency only its negative part), nats
 * @param evaluations objective evaluations used
 * @since 1.0
 */
public record OptimizedPrediction(PredictionObjective objective, double targetMemory, Prediction prediction,
        double constraintViolation, int evaluations) {
    /** Largest {@code |constraintViolation|} reported as feasible. */
    public static final double FEASIBILITY_TOLERANCE = 1e-4;

    /** Validates. */
    public OptimizedPrediction {
        Checks.notNull(objective, "objective");
        Checks.nonNegativeFinite(targetMemory, "targetMemory");
        Checks.notNull(prediction, "prediction");
        Checks.finite(constraintViolation, "constraintViolation");
    }

    /** Whether the memory constraint holds within {@link #FEASIBILITY_TOLERANCE}. */
    public boolean feasible() {
        return Math.abs(constraintViolation) <= FEASIBILITY_TOLERANCE;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "OptimizedPrediction[%s at I_mem=%.4f%s: %s, %s]", objective,
                targetMemory, feasible() ? "" : " (INFEASIBLE, violation " + constraintViolation + ")",
                prediction.step(), prediction.system());
    }
}
