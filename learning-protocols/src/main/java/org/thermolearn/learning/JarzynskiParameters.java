package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * Settings of {@link JarzynskiTrainer}: the shared training settings ({@link TrainingParameters}: persistent chains
 * M, Gibbs sweeps per update, batch size, learning-rate schedule, momentum, weight decay; its method must be PCD),
 * the number of tracker chains, the ESS fraction below which a population is resampled, and an optional
 * {@link DissipationBudget} that replaces the schedule. Immutable.
 *
 * <pre>{@code
 * var p = JarzynskiParameters.of(TrainingParameters.pcd(100, LearningRateSchedule.constant(0.03)).withMomentum(0.5))
 *         .withTrackers(1000).withBudget(DissipationBudget.of(0.05));
 * }</pre>
 *
 * @param training persistent-chain settings (method PCD)
 * @param trackers independent tracker chains for the running {@code ln Z} (>= 1)
 * @param resampleBelow resample when ESS < {@code resampleBelow * M}, in [0, 1]
 * @param budget dissipation budget for the learning rate, or null to follow {@code training.schedule()}
 * @param finalMomentum momentum after {@code momentumSwitch} updates (the usual 0.5 -> 0.9 switch)
 * @param momentumSwitch update at which the momentum switches to {@code finalMomentum}
 * @param reweight true (Jarzynski): negative phase weighted by {@code softmax(a)} with resampling; false: plain PCD
 *     (uniform weights, no resampling of the training chains) with the same ledger and trackers, as a control
 * @since 1.0
 */
public record JarzynskiParameters(TrainingParameters training, int trackers, double resampleBelow,
        DissipationBudget budget, double finalMomentum, long momentumSwitch, boolean reweight) {
    /** Validates. */
    public JarzynskiParameters {
        Checks.notNull(training, "training");
        if (training.method() != TrainingParameters.Method.PCD) {
            throw new IllegalArgumentException("training.method must be PCD (persistent chains), got "
                    + training.method());
        }
        Checks.positive(trackers, "trackers");
        Checks.inClosedRange(resampleBelow, 0, 1, "resampleBelow");
        if (!(finalMomentum >= 0 && finalMomentum < 1)) {
            throw new IllegalArgumentException("finalMomentum must be in [0, 1), got " + finalMomentum);
        }
        if (momentumSwitch < 0) {
            throw new IllegalArgumentException("momentumSwitch must be >= 0, got " + momentumSwitch);
        }
    }

    /** 1000 trackers, resampling at ESS < M/2, the schedule of {@code training}, constant momentum. */
    public static JarzynskiParameters of(TrainingParameters training) {
        return new JarzynskiParameters(training, 1000, 0.5, null, training.momentum(), Long.MAX_VALUE, true);
    }

    /** Copy with another number of tracker chains. */
    public JarzynskiParameters withTrackers(int n) {
        return new JarzynskiParameters(training, n, resampleBelow, budget, finalMomentum, momentumSwitch, reweight);
    }

    /** Copy with another resampling threshold. */
    public JarzynskiParameters withResampleBelow(double fraction) {
        return new JarzynskiParameters(training, trackers, fraction, budget, finalMomentum, momentumSwitch, reweight);
    }

    /** Copy whose learning rate follows {@code b} instead of the schedule (null: the schedule). */
    public JarzynskiParameters withBudget(DissipationBudget b) {
        return new JarzynskiParameters(training, trackers, resampleBelow, b, finalMomentum, momentumSwitch, reweight);
    }

    /** Copy whose momentum switches to {@code mu} at update {@code at}. */
    public JarzynskiParameters withMomentumSwitch(double mu, long at) {
        return new JarzynskiParameters(training, trackers, resampleBelow, budget, mu, at, reweight);
    }

    /** Copy that reweights (Jarzynski, true) or not (plain PCD with a ledger, false). */
    public JarzynskiParameters withReweighting(boolean on) {
        return new JarzynskiParameters(training, trackers, resampleBelow, budget, finalMomentum, momentumSwitch, on);
    }

    /** Momentum at update {@code t}. */
    public double momentum(long t) {
        return t >= momentumSwitch ? finalMomentum : training.momentum();
    }
}
