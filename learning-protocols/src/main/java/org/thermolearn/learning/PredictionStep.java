package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * The thermodynamics of one step of a system driven by a signal: the signal moves {@code x_t -> x_{t+1}} at fixed
 * system state (work step), then the system relaxes {@code s_t -> s_{t+1}} at fixed signal.
 *
 * <p>Everything per step, in nats (information) and kT (energies): {@code memory = I[s_t; x_t]},
 * {@code predictivePower = I[s_t; x_{t+1}]}, {@code work = <W>} of the work step,
 * {@code freeEnergyChange = <dF_neq>} of the work step, with {@code F_neq = sum_x p(x) [F(x) + D(p(s|x) ||
 * p_eq(s|x))]}, and {@code relaxationDissipation = -<dF_neq>} of the relaxation ({@code >= 0} for a detailed-balance
 * kernel). Still, Sivak, Bell and Crooks (PRL 109, 120604 (2012), doi:10.1103/PhysRevLett.109.120604):
 * {@code work - freeEnergyChange = memory - predictivePower} exactly. Immutable and thread-safe.
 *
 * <pre>{@code
 * var step = Prediction.twoState(2, 0.1, 0.5).step();
 * step.nonpredictiveInformation();   // 0.082633 nats
 * step.identityResidual();           // ~ 1e-17
 * }</pre>
 *
 * @param memory {@code I[s_t; x_t]} in nats
 * @param predictivePower {@code I[s_t; x_{t+1}]} in nats
 * @param work mean work of the work step, kT
 * @param freeEnergyChange mean non-equilibrium free-energy change of the work step, kT
 * @param relaxationDissipation free energy dissipated by the relaxation, kT
 * @since 1.0
 */
public record PredictionStep(double memory, double predictivePower, double work, double freeEnergyChange,
        double relaxationDissipation) {
    /** Validates that every field is finite. */
    public PredictionStep {
        Checks.finite(memory, "memory");
        Checks.finite(predictivePower, "predictivePower");
        Checks.finite(work, "work");
        Checks.finite(freeEnergyChange, "freeEnergyChange");
        Checks.finite(relaxationDissipation, "relaxationDissipation");
    }

    /** {@code I_mem - I_pred}, nats: what the system remembers without predicting. */
    public double nonpredictiveInformation() {
        return memory - predictivePower;
    }

    /** Dissipation of the work step {@code <W> - <dF_neq>}, kT. */
    public double workDissipation() {
        return work - freeEnergyChange;
    }

    /** Dissipation of the whole step (work step plus relaxation), kT. */
    public double totalDissipation() {
        return workDissipation() + relaxationDissipation;
    }

    /** {@code (<W> - <dF_neq>) - (I_mem - I_pred)}: zero up to round-off. */
    public double identityResidual() {
        return workDissipation() - nonpredictiveInformation();
    }

    /** Predictive efficiency {@code I_pred / I_mem} (0 when there is no memory). */
    public double predictiveEfficiency() {
        return memory > 0 ? predictivePower / memory : 0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "PredictionStep[I_mem=%.6f, I_pred=%.6f, I_mem-I_pred=%.6f nats, W=%.6f, dF_neq=%.6f, relax diss=%.6f kT]",
                memory, predictivePower, nonpredictiveInformation(), work, freeEnergyChange, relaxationDissipation);
    }
}
