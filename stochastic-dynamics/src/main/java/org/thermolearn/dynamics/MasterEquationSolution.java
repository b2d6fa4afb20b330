package org.thermolearn.dynamics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thermolearn.core.Json;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;

/**
 * Exact ensemble averages of a Markov jump process along a protocol, from the master equation.
 *
 * <p>Signs (Seifert): {@code meanWork = meanDeltaE + meanHeat} (first law, to round-off); the mean total entropy
 * production in k_B is {@code deltaSystemEntropy + meanHeat/kT} with the Shannon entropy
 * {@code S = -sum p ln p}; it is {@code >= 0} (second law). Energies are in the model's unit. Immutable.
 *
 * <pre>{@code
 * var sim = MarkovJump.simulator(MarkovModel.twoLevel(1, 1), Protocol.linear(0, 2, 1), 100);
 * sim.exact().meanWork();
 * }</pre>
 *
 * @param initial distribution at t = 0
 * @param finalDistribution distribution at the end of the protocol
 * @param meanWork {@code <W>}, protocol plus non-conservative work
 * @param meanHeat {@code <Q>} into the bath
 * @param meanDeltaE {@code <E(end)> - <E(0)>}
 * @param deltaSystemEntropy {@code S(end) - S(0)} in k_B
 * @param meanEntropyProduction {@code <ds_tot>} in k_B
 * @param meanCurrent mean of the user current
 * @param duration length of the protocol
 * @since 1.0
 */
public record MasterEquationSolution(Samples initial, Samples finalDistribution, double meanWork, double meanHeat,
        double meanDeltaE, double deltaSystemEntropy, double meanEntropyProduction, double meanCurrent,
        double duration) {
    /** Validates. */
    public MasterEquationSolution {
        Checks.notNull(initial, "initial");
        Checks.notNull(finalDistribution, "finalDistribution");
        Checks.finite(meanWork, "meanWork");
        Checks.finite(meanHeat, "meanHeat");
        Checks.finite(meanEntropyProduction, "meanEntropyProduction");
    }

    /** Mean entropy production rate {@code <ds_tot>/duration} in k_B per unit time. */
    public double entropyProductionRate() {
        return meanEntropyProduction / duration;
    }

    /** JSON tree. */
    public ObjectNode toTree() {
        ObjectNode o = Json.object();
        o.set("initial", Json.array(initial));
        o.set("final", Json.array(finalDistribution));
        o.set("meanWork", Json.number(meanWork));
        o.set("meanHeat", Json.number(meanHeat));
        o.set("meanDeltaE", Json.number(meanDeltaE));
        o.set("deltaSystemEntropy", Json.number(deltaSystemEntropy));
        o.set("meanEntropyProduction", Json.number(meanEntropyProduction));
        o.set("meanCurrent", Json.number(meanCurrent));
        o.set("duration", Json.number(duration));
        return o;
    }
}
