package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Checks;

/**
 * A tilted periodic potential {@code U = amplitude cos(2 pi x / period) - lambda x} (1-D): the Brownian motor or
 * ratchet model; lambda is a constant driving force, {@code dU/dlambda = -x}.
 *
 * <p>Under a constant force the system reaches a non-equilibrium steady state with a current. Immutable and
 * thread-safe. Reference: P. Reimann, Phys. Rep. 361, 57 (2002), doi:10.1016/S0370-1573(01)00081-3.
 *
 * <pre>{@code
 * var r = Potential.tiltedPeriodic(2.0, 1.0);
 * r.energy(new double[] {0.5}, 0.0);   // -2.0
 * }</pre>
 *
 * @param amplitude amplitude of the periodic part (energy), finite
 * @param period spatial period, > 0 (length)
 * @since 1.0
 */
public record TiltedPeriodic(double amplitude, double period) implements Potential {
    /** Validates the fields. */
    public TiltedPeriodic {
        Checks.finite(amplitude, "amplitude");
        Checks.positiveFinite(period, "period");
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double energy(double[] x, double lambda) {
        return amplitude * Math.cos(2 * Math.PI * x[0] / period) - lambda * x[0];
    }

    @Override
    public void gradient(double[] x, double lambda, double[] out) {
        double q = 2 * Math.PI / period;
        out[0] = -amplitude * q * Math.sin(q * x[0]) - lambda;
    }

    @Override
    public double lambdaDerivative(double[] x, double lambda) {
        return -x[0];
    }
}
