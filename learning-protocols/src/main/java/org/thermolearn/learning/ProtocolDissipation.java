package org.thermolearn.learning;

import java.util.List;
import org.thermolearn.core.internal.Checks;

/**
 * Dissipation along a whole protocol of {@code T} steps that starts with the system in equilibrium with the
 * signal: the bound of Still, Sivak, Bell and Crooks (PRL 109, 120604 (2012), doi:10.1103/PhysRevLett.109.120604)
 * {@code beta <W_diss> = beta (sum_t <W_t> - <dF_eq>) >= sum_t (I_mem(t) - I_pred(t))}.
 *
 * <p>The decomposition {@code totalDissipation = nonpredictiveInformation + relaxationDissipation + finalDivergence}
 * is exact: the gap in the bound is the free energy the relaxations dissipate plus the final distance
 * {@code <D(p(s|x_T) || p_eq(s|x_T))>} from equilibrium, both non-negative. kT and nats. Immutable and thread-safe.
 *
 * <pre>{@code
 * var b = Prediction.twoState(2, 0.1, 0.5).protocol(20);
 * b.totalDissipation() >= b.nonpredictiveInformation();   // true
 * }</pre>
 *
 * @param steps per-step analyses, in order
 * @param totalDissipation {@code sum_t <W_t> - <dF_eq>}, kT
 * @param nonpredictiveInformation {@code sum_t (I_mem(t) - I_pred(t))}, nats
 * @param relaxationDissipation sum of the relaxation dissipations, kT
 * @param finalDivergence {@code <D(p(s|x_T) || p_eq(s|x_T))>} at the end, nats
 * @since 1.0
 */
public record ProtocolDissipation(List<PredictionStep> steps, double totalDissipation, double nonpredictiveInformation,
        double relaxationDissipation, double finalDivergence) {
    /** Copies the steps and validates the numbers. */
    public ProtocolDissipation {
        steps = List.copyOf(steps);
        Checks.finite(totalDissipation, "totalDissipation");
        Checks.finite(nonpredictiveInformation, "nonpredictiveInformation");
        Checks.finite(relaxationDissipation, "relaxationDissipation");
        Checks.finite(finalDivergence, "finalDivergence");
    }

    /** {@code totalDissipation - nonpredictiveInformation}: the slack of the bound, {@code >= 0}. */
    public double slack() {
        return totalDissipation - nonpredictiveInformation;
    }

    /** Residual of the exact decomposition (zero up to round-off). */
    public double decompositionResidual() {
        return totalDissipation - nonpredictiveInformation - relaxationDissipation - finalDivergence;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ProtocolDissipation[T=%d, W_diss=%.6f kT >= sum(I_mem-I_pred)=%.6f nats; relax=%.6f, final=%.6f]",
                steps.size(), totalDissipation, nonpredictiveInformation, relaxationDissipation, finalDivergence);
    }
}
