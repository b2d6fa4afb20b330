package org.thermolearn.dynamics;

import org.thermolearn.core.Estimate;
import org.thermolearn.core.Fluctuations;
import org.thermolearn.core.Samples;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.core.internal.Checks;

/**
 * An ensemble of Markov jump trajectories: the {@link WorkDistribution} (energies in kT, entropy production in
 * k_B) plus each trajectory's current, system entropy and jump count, with the usual estimates.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * var sim = MarkovJump.gillespie(RateMatrix.ring(3, 2, 1), 1.0).withCurrent(MarkovJump.ringCycleCurrent(3));
 * var s = MarkovJump.run(sim, 20_000, RandomStreams.of(7));
 * s.integralFluctuation();   // ln <exp(-s)> ~ 0
 * s.tur();                   // ~ 2 ln2 coth(ln2 / 2) = 2.0794
 * }</pre>
 *
 * @param distribution work, heat, energy change and entropy production per trajectory
 * @param current the user current per trajectory
 * @param systemEntropy system entropy change per trajectory in k_B
 * @param jumps jumps per trajectory
 * @param duration length of each trajectory
 * @since 1.0
 */
public record JumpStatistics(WorkDistribution distribution, Samples current, Samples systemEntropy, Samples jumps,
        double duration) {
    /** Validates. */
    public JumpStatistics {
        Checks.notNull(distribution, "distribution");
        Checks.positiveFinite(duration, "duration");
        if (current.size() != distribution.size() || systemEntropy.size() != distribution.size()
                || jumps.size() != distribution.size()) {
            throw new IllegalArgumentException("current, systemEntropy and jumps must have one value per trajectory ("
                    + distribution.size() + ")");
        }
    }

    /** Total entropy production per trajectory in k_B. */
    public Samples entropyProduction() {
        return distribution.entropyProduction();
    }

    /** Mean entropy production per unit time {@code <ds_tot>/t} with its standard error. */
    public Estimate entropyProductionRate() {
        Samples s = entropyProduction();
        return new Estimate(s.mean() / duration, Math.sqrt(s.variance() / s.size()) / duration, s.size());
    }

    /** Mean current per unit time {@code <X>/t} with its standard error. */
    public Estimate currentRate() {
        return new Estimate(current.mean() / duration, Math.sqrt(current.variance() / current.size()) / duration,
                current.size());
    }

    /** Integral fluctuation theorem {@code ln <exp(-ds_tot)>}. */
    public Fluctuations.Integral integralFluctuation() {
        return Fluctuations.integral(entropyProduction().toArray());
    }

    /** Thermodynamic uncertainty ratio of the current. */
    public Fluctuations.TurRatio tur() {
        return Fluctuations.tur(current.toArray(), entropyProduction().toArray());
    }

    /** Mean number of jumps per trajectory. */
    public double meanJumps() {
        return jumps.mean();
    }
}
