package org.thermolearn.learning;

/**
 * What one training epoch did: updates, Gibbs sweeps per chain, and the mean per-chain heat dissipated by the
 * sweeps and work done by the parameter updates during the epoch (kT, Seifert signs). Immutable.
 *
 * <pre>{@code
 * EpochSummary s = state.runEpoch(Digits.train());
 * s.meanHeat(); s.meanWork();
 * }</pre>
 *
 * @param epoch epoch number (1-based, after the epoch)
 * @param updates total parameter updates so far
 * @param sweeps total Gibbs sweeps per chain so far
 * @param meanHeat mean heat per chain in this epoch
 * @param meanWork mean work per chain in this epoch
 * @since 1.0
 */
public record EpochSummary(int epoch, long updates, long sweeps, double meanHeat, double meanWork) {
}
