package org.thermolearn.dynamics;

import org.thermolearn.core.TrajectoryRecord;

/**
 * The ledger of one Markov jump trajectory: work, heat, energy change, entropies and a user current.
 *
 * <p>Signs (Seifert): {@code work = deltaE + heat} to round-off; {@code mediumEntropy = heat/kT =
 * sum ln(w_ij/w_ji)} over the jumps; {@code systemEntropy = ln p_0(x_0) - ln p_t(x_t)} with the exact
 * distributions of the master equation; {@code entropyProduction = systemEntropy + mediumEntropy}, all in k_B.
 * Immutable.
 *
 * <pre>{@code
 * var sim = MarkovJump.gillespie(RateMatrix.ring(3, 2, 1), 10.0);
 * JumpRecord r = sim.simulateJumps(RandomStreams.of(1).stream(0));
 * r.entropyProduction();
 * }</pre>
 *
 * @param work work done on the system (protocol plus non-conservative), model energy unit
 * @param heat heat into the bath, model energy unit
 * @param deltaE energy change, model energy unit
 * @param mediumEntropy {@code heat/kT} in k_B
 * @param systemEntropy stochastic system entropy change in k_B
 * @param entropyProduction total entropy production in k_B
 * @param current the user current accumulated over the jumps (e.g. net cycles)
 * @param jumps number of jumps
 * @since 1.0
 */
public record JumpRecord(double work, double heat, double deltaE, double mediumEntropy, double systemEntropy,
        double entropyProduction, double current, long jumps) {

    /** The ledger as the {@link TrajectoryRecord} that {@link Ensemble} collects. */
    public TrajectoryRecord toTrajectoryRecord() {
        return new TrajectoryRecord(work, heat, deltaE, entropyProduction);
    }

    /** {@code work - deltaE - heat}: zero up to round-off. */
    public double firstLawResidual() {
        return work - deltaE - heat;
    }
}
