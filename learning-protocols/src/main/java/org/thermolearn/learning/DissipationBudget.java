package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * A dissipation budget for the learning rate: the step size adapts so that the mean dissipated work per parameter
 * update, measured on the tracker chains of a {@link JarzynskiTrainer}, stays under {@code budget} (kT per update).
 *
 * <p>For one update {@code theta -> theta'} the tracker chains (normalised weights {@code pi_i}, work {@code w_i})
 * measure the dissipated work {@code D = sum_i pi_i w_i + d ln Z} with {@code d ln Z = ln sum_i pi_i e^{-w_i}}
 * (Jensen: {@code D >= 0}; it is the relative entropy between the lagging ensemble and the new equilibrium). For a
 * small step {@code d theta = eta u} the work is linear in {@code eta}, so {@code D ~ (eta^2 / 2) Var_pi(u . dF/dtheta)}
 * is quadratic in the step size (Sivak & Crooks, PRL 108, 190602 (2012), doi:10.1103/PhysRevLett.108.190602). The
 * rule is a controller on the logarithm of the rate that uses this exponent:
 * <pre>
 *   Dbar_t    = (1 - s) Dbar_{t-1} + s D_t                 (Dbar_0 = D_0; smoothing s)
 *   eta_{t+1} = clamp(eta_t (f budget / Dbar_t)^(g/2), eta_t / 2, 2 eta_t), then min(maxRate, .)
 * </pre>
 * with target fraction {@code f = } {@value #TARGET_FRACTION} (so that fluctuations stay under the budget), gain
 * {@code g} (1 would jump to the target in one step if {@code D} were exactly quadratic and noiseless) and the first
 * update at {@code initialRate}. Immutable.
 *
 * <pre>{@code
 * var budget = DissipationBudget.of(0.05);                 // 0.05 kT per update, defaults for the rest
 * budget.nextRate(0.01, 0.2);                              // rate falls: the last updates dissipated too much
 * }</pre>
 *
 * @param budget mean dissipated work allowed per update, kT (> 0)
 * @param initialRate rate of the first update
 * @param maxRate cap on the rate
 * @param gain controller gain in (0, 1]
 * @param smoothing weight of the newest measurement in the running mean, in (0, 1]
 * @since 1.0
 */
public record DissipationBudget(double budget, double initialRate, double maxRate, double gain, double smoothing) {
    /** Fraction of the budget the controller aims at. */
    public static final double TARGET_FRACTION = 0.8;

    /** Validates. */
    public DissipationBudget {
        Checks.positiveFinite(budget, "budget");
        Checks.positiveFinite(initialRate, "initialRate");
        Checks.positiveFinite(maxRate, "maxRate");
        if (!(gain > 0 && gain <= 1)) {
            throw new IllegalArgumentException("gain must be in (0, 1], got " + gain);
        }
        if (!(smoothing > 0 && smoothing <= 1)) {
            throw new IllegalArgumentException("smoothing must be in (0, 1], got " + smoothing);
        }
    }

    /** A budget with initial rate 0.01, cap 0.5, gain 0.2, smoothing 0.1. */
    public static DissipationBudget of(double budget) {
        return new DissipationBudget(budget, 0.01, 0.5, 0.2, 0.1);
    }

    /** Copy with another initial rate. */
    public DissipationBudget withInitialRate(double rate) {
        return new DissipationBudget(budget, rate, maxRate, gain, smoothing);
    }

    /** Copy with another cap. */
    public DissipationBudget withMaxRate(double rate) {
        return new DissipationBudget(budget, initialRate, rate, gain, smoothing);
    }

    /** Copy with another gain. */
    public DissipationBudget withGain(double g) {
        return new DissipationBudget(budget, initialRate, maxRate, g, smoothing);
    }

    /** Running mean after a new measurement {@code d} (kT); {@code previous} NaN means none yet. */
    public double smooth(double previous, double d) {
        Checks.nonNegativeFinite(d, "d");
        return Double.isNaN(previous) ? d : (1 - smoothing) * previous + smoothing * d;
    }

    /**
     * The next rate after an update at {@code rate} whose smoothed dissipation is {@code smoothedDissipation} (kT).
     */
    public double nextRate(double rate, double smoothedDissipation) {
        Checks.positiveFinite(rate, "rate");
        Checks.nonNegativeFinite(smoothedDissipation, "smoothedDissipation");
        double ratio = TARGET_FRACTION * budget / Math.max(smoothedDissipation, 1e-300);
        double factor = Math.min(2, Math.max(0.5, Math.pow(ratio, gain / 2)));
        return Math.min(maxRate, rate * factor);
    }
}
