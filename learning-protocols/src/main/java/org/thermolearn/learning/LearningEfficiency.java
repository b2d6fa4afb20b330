package org.thermolearn.learning;

import org.thermolearn.core.Estimate;
import org.thermolearn.core.internal.Checks;

/**
 * The learning-efficiency bound of Goldt and Seifert (PRL 118, 010601 (2017), doi:10.1103/PhysRevLett.118.010601)
 * measured on a simulated {@link HebbianNeuron}: information learned
 * {@code sum_mu I(sigma_T^mu; sigma^mu) <= dS(w) + <Q>/T}, efficiency
 * {@code eta = sum_mu I / (dS(w) + <Q>/T) <= 1}.
 *
 * <p>All values in nats (entropy production in k_B). {@code information} is the Miller-Madow estimate from the
 * trajectories, {@code informationExact} its value by enumerating all labelings; {@code heat} is the simulated
 * {@code <Q>/T} (Stratonovich), {@code heatExact} its closed form {@code nu^2 P (a - a^2/2) / (k T)},
 * {@code a = 1 - exp(-k t)}; {@code weightEntropyChange} is {@code dS(w) = I(w; sigma_T)} (the conditional weight
 * distributions keep their equilibrium covariance) by Monte Carlo over the same trajectories. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * var e = HebbianNeuron.random(NeuronParameters.of(20, 8), RandomStreams.of(1).stream(0))
 *         .simulate(20_000, RandomStreams.of(2));
 * e.efficiency();   // ~ 0.3 +/- 0.005, always < 1
 * }</pre>
 *
 * @param information sampled {@code sum_mu I(sigma_T^mu; sigma^mu)}, nats
 * @param informationExact the same by enumeration, nats
 * @param weightEntropyChange {@code dS(w)}, nats
 * @param heat {@code <Q>/T}, nats
 * @param heatExact closed form of {@code <Q>/T}
 * @param efficiency {@code eta} with its delta-method standard error
 * @since 1.0
 */
public record LearningEfficiency(Estimate information, double informationExact, Estimate weightEntropyChange,
        Estimate heat, double heatExact, Estimate efficiency) {
    /** Validates. */
    public LearningEfficiency {
        Checks.notNull(information, "information");
        Checks.finite(informationExact, "informationExact");
        Checks.notNull(weightEntropyChange, "weightEntropyChange");
        Checks.notNull(heat, "heat");
        Checks.finite(heatExact, "heatExact");
        Checks.notNull(efficiency, "efficiency");
    }

    /** Total entropy production {@code dS(w) + <Q>/T}, nats. */
    public double entropyProduction() {
        return weightEntropyChange.value() + heat.value();
    }

    /** Exact efficiency {@code informationExact / (dS(w) + heatExact)}, with the sampled {@code dS(w)}. */
    public double efficiencyExactHeat() {
        return informationExact / (weightEntropyChange.value() + heatExact);
    }

    @Override
    public String toString() {
        return "LearningEfficiency[sum I = " + information + " (exact " + String.format(java.util.Locale.ROOT, "%.6f", informationExact)
                + ") <= dS(w) " + weightEntropyChange + " + Q/T " + heat + " (exact "
                + String.format(java.util.Locale.ROOT, "%.6f", heatExact) + "); eta = " + efficiency + "]";
    }
}
