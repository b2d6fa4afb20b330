package org.thermolearn.learning;

import org.thermolearn.core.Estimate;
import org.thermolearn.core.InformationEstimator;
import org.thermolearn.core.internal.Checks;

/**
 * Stationary thermodynamics of prediction estimated from simulated trajectories, each value with its standard
 * error (nats and kT, per step).
 *
 * <p>Information is estimated with both the plug-in and the Miller-Madow estimator ({@link #plugIn()},
 * {@link #millerMadow()}); the standard error of {@code I_mem - I_pred} is that of the paired difference (delta
 * method on the same samples). {@code work} is the mean work of the work step, {@code heat} the mean heat into
 * the bath during the relaxation; in the stationary state both equal the dissipation per step. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * var s = Prediction.twoState(2, 0.1, 0.5).sample(20_000, 50, RandomStreams.of(42));
 * s.memory();   // Miller-Madow estimate of I_mem with its SE
 * }</pre>
 *
 * @param plugIn plug-in estimates
 * @param millerMadow bias-corrected estimates
 * @param work mean work per step, kT
 * @param heat mean heat into the bath per step, kT
 * @param freeEnergyChange {@code <dF_neq>} of the work step from the empirical joints (plug-in), kT; on the same
 *        samples {@code work - freeEnergyChange} equals the plug-in {@code I_mem - I_pred} exactly, and in the
 *        stationary state it also equals the relaxation dissipation
 * @param burnIn steps simulated before each sample
 * @since 1.0
 */
public record SampledPrediction(InformationEstimates plugIn, InformationEstimates millerMadow, Estimate work,
        Estimate heat, Estimate freeEnergyChange, int burnIn) {
    /** Validates. */
    public SampledPrediction {
        Checks.notNull(plugIn, "plugIn");
        Checks.notNull(millerMadow, "millerMadow");
        Checks.notNull(work, "work");
        Checks.notNull(heat, "heat");
        Checks.notNull(freeEnergyChange, "freeEnergyChange");
        Checks.nonNegative(burnIn, "burnIn");
    }

    /**
     * The three information estimates of one estimator.
     *
     * @param estimator which estimator
     * @param memory {@code I[s_t; x_t]}, nats
     * @param predictivePower {@code I[s_t; x_{t+1}]}, nats
     * @param nonpredictiveInformation {@code I_mem - I_pred}, nats (paired standard error)
     */
    public record InformationEstimates(InformationEstimator estimator, Estimate memory, Estimate predictivePower,
            Estimate nonpredictiveInformation) {
        /** Validates. */
        public InformationEstimates {
            Checks.notNull(estimator, "estimator");
            Checks.notNull(memory, "memory");
            Checks.notNull(predictivePower, "predictivePower");
            Checks.notNull(nonpredictiveInformation, "nonpredictiveInformation");
        }
    }

    /** Miller-Madow {@code I_mem}. */
    public Estimate memory() {
        return millerMadow.memory();
    }

    /** Miller-Madow {@code I_pred}. */
    public Estimate predictivePower() {
        return millerMadow.predictivePower();
    }

    /** Miller-Madow {@code I_mem - I_pred}. */
    public Estimate nonpredictiveInformation() {
        return millerMadow.nonpredictiveInformation();
    }

    @Override
    public String toString() {
        return "SampledPrediction[I_mem=" + memory() + ", I_pred=" + predictivePower() + ", I_mem-I_pred="
                + nonpredictiveInformation() + " nats, W=" + work + " kT, Q=" + heat + " kT, dF_neq=" + freeEnergyChange + " kT, burnIn=" + burnIn + "]";
    }
}
