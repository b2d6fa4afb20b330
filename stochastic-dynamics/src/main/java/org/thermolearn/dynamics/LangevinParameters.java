package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Checks;

/**
 * Time step, friction and temperature of a Langevin simulation.
 *
 * <p>Units are the simulation's own (reduced units: kT = 1, friction 1, trap stiffness 1). Immutable.
 *
 * <pre>{@code
 * var p = LangevinParameters.of(0.001).withKT(2.0);
 * }</pre>
 *
 * @param dt time step, > 0
 * @param gamma friction coefficient, > 0
 * @param kT thermal energy, > 0
 * @since 1.0
 */
public record LangevinParameters(double dt, double gamma, double kT) {
    /** Validates every field. */
    public LangevinParameters {
        Checks.positiveFinite(dt, "dt");
        Checks.positiveFinite(gamma, "gamma");
        Checks.positiveFinite(kT, "kT");
    }

    /** Reduced units: {@code gamma = kT = 1}. */
    public static LangevinParameters of(double dt) {
        return new LangevinParameters(dt, 1.0, 1.0);
    }

    /** Copy with another time step. */
    public LangevinParameters withDt(double v) {
        return new LangevinParameters(v, gamma, kT);
    }

    /** Copy with another friction. */
    public LangevinParameters withGamma(double v) {
        return new LangevinParameters(dt, v, kT);
    }

    /** Copy with another thermal energy. */
    public LangevinParameters withKT(double v) {
        return new LangevinParameters(dt, gamma, v);
    }

    /**
     * Number of steps covering {@code duration}; it must be a whole multiple of dt (to 1e-9 relative).
     *
     * @throws IllegalArgumentException naming both values otherwise
     */
    public int stepsFor(double duration) {
        double steps = duration / dt;
        long rounded = Math.round(steps);
        if (rounded > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("duration " + duration + " over dt " + dt + " gives " + steps
                    + " steps, more than the " + Integer.MAX_VALUE + " a protocol can take: use a larger dt");
        }
        if (rounded < 1 || Math.abs(steps - rounded) > 1e-9 * Math.max(1, steps)) {
            throw new IllegalArgumentException("duration " + duration + " must be a positive whole multiple of dt "
                    + dt + " (got " + steps + " steps)");
        }
        return (int) rounded;
    }
}
