package org.thermolearn.learning;

/**
 * The ledger of one {@link JarzynskiTrainer} epoch (kT per chain, Seifert signs). Work and heat are the epoch's
 * totals of the per-update means over the training chains (work: visible-level {@code F_theta'(v) - F_theta(v)};
 * heat: Gibbs half-sweeps). The dissipated work is measured on the tracker chains, per update
 * {@code D = sum_i pi_i w_i + d ln Z} (see {@link DissipationBudget}), summed over the epoch. {@code trackerLogZ} is
 * the unbiased running estimate of {@code ln Z} from the tracker chains; {@code biasedLogZ} is the same estimator on
 * the training chains, which is biased low because the updates are computed from those very chains. Immutable.
 *
 * <pre>{@code
 * JarzynskiEpoch e = trainer.runEpoch(Digits.train());
 * e.trackerLogZ(); e.dissipationPerUpdate(); e.meanEss();
 * }</pre>
 *
 * @param epoch epoch number (1-based, after the epoch)
 * @param updates total parameter updates so far
 * @param sweeps total Gibbs sweeps per training chain so far
 * @param epochUpdates updates in this epoch
 * @param meanWork work per training chain in this epoch, kT
 * @param meanHeat heat per training chain in this epoch, kT
 * @param dissipatedWork dissipated work per tracker chain in this epoch, kT (>= 0)
 * @param meanEss mean effective sample size of the training chains after each update (before resampling)
 * @param trainingResamplings resamplings of the training chains in this epoch
 * @param trackerResamplings resamplings of the tracker chains in this epoch
 * @param trackerLogZ unbiased running {@code ln Z} from the trackers after the epoch
 * @param biasedLogZ the training chains' own (biased) running {@code ln Z} after the epoch
 * @param meanLearningRate mean learning rate of the epoch's updates
 * @since 1.0
 */
public record JarzynskiEpoch(int epoch, long updates, long sweeps, int epochUpdates, double meanWork,
        double meanHeat, double dissipatedWork, double meanEss, int trainingResamplings, int trackerResamplings,
        double trackerLogZ, double biasedLogZ, double meanLearningRate) {
    /** Mean dissipated work per update in this epoch, kT. */
    public double dissipationPerUpdate() {
        return epochUpdates == 0 ? 0 : dissipatedWork / epochUpdates;
    }
}
