package org.thermolearn.learning;

import java.util.Locale;
import org.thermolearn.core.Estimate;
import org.thermolearn.core.Samples;

/**
 * Result of (reverse) annealed importance sampling: {@code log Z} with its standard error, the base model's exact
 * {@code log Z_A}, the per-chain log-weights {@code log w_i = -W_i} (minus the switching work, kT) and their
 * effective sample size {@code (sum w)^2 / sum w^2}.
 *
 * <p>Forward AIS: {@code log Z = log Z_A + log mean w}, biased low in expectation (Jensen). Reverse AIS:
 * {@code log Z = log Z_A - log mean w_rev}, biased high when started from exact model samples, so the two bracket
 * the truth. The standard error is the delta-method {@code sd(w) / (sqrt(n) mean(w))}. Immutable.
 *
 * <pre>{@code
 * var est = Ais.logPartition(rbm, 100, Ais.standardBetas(), 7);
 * est.logZ().value(); est.logZ().standardError(); est.effectiveSampleSize();
 * }</pre>
 *
 * @param direction forward (base to model) or reverse (model to base)
 * @param logZ estimate of {@code log Z}, nats
 * @param logZBase exact {@code log Z} of the base model
 * @param logWeights per-chain log-weights
 * @param effectiveSampleSize ESS of the weights
 * @param temperatures number of inverse temperatures in the schedule
 * @param seed seed of the chains' streams
 * @since 1.0
 */
public record AisEstimate(Direction direction, Estimate logZ, double logZBase, Samples logWeights,
        double effectiveSampleSize, int temperatures, long seed) {
    /** Direction of the annealing. */
    public enum Direction { FORWARD, REVERSE }

    /** Checks the fields. */
    public AisEstimate {
        if (direction == null || logZ == null || logWeights == null) {
            throw new IllegalArgumentException("direction, logZ and logWeights must not be null");
        }
    }

    /** Whether the ESS is at least 10% of the chains (otherwise the error bar itself is unreliable). */
    public boolean isReliable() {
        return effectiveSampleSize >= 0.1 * logWeights.size();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s AIS log Z = %.6f +/- %.6f (chains=%d, ESS=%.1f, betas=%d%s)",
                direction == Direction.FORWARD ? "forward" : "reverse", logZ.value(), logZ.standardError(),
                logWeights.size(), effectiveSampleSize, temperatures, isReliable() ? "" : ", UNRELIABLE: low ESS");
    }
}
