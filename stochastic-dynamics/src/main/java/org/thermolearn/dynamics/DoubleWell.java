package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Checks;

/**
 * A tilted quartic double well {@code U = barrier ((x/minimum)^2 - 1)^2 - lambda x} (1-D): at zero tilt the minima
 * sit at {@code +-minimum} with a barrier of height {@code barrier} at {@code x = 0}; lambda is the tilting force,
 * so {@code dU/dlambda = -x}.
 *
 * <p>Immutable and thread-safe. Reference: the erasure experiments of A. Bérut et al., Nature 483, 187 (2012),
 * doi:10.1038/nature10872, use this shape.
 *
 * <pre>{@code
 * var w = Potential.doubleWell(5.0, 1.0);
 * w.energy(new double[] {0.0}, 0.0);   // 5.0, the barrier
 * }</pre>
 *
 * @param barrier barrier height at zero tilt, > 0 (energy)
 * @param minimum position of the right minimum at zero tilt, > 0 (length)
 * @since 1.0
 */
public record DoubleWell(double barrier, double minimum) implements Potential {
    /** Validates the fields. */
    public DoubleWell {
        Checks.positiveFinite(barrier, "barrier");
        Checks.positiveFinite(minimum, "minimum");
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double energy(double[] x, double lambda) {
        double u = x[0] / minimum;
        double s = u * u - 1;
        return barrier * s * s - lambda * x[0];
    }

    @Override
    public void gradient(double[] x, double lambda, double[] out) {
        double u = x[0] / minimum;
        out[0] = 4 * barrier * (u * u - 1) * u / minimum - lambda;
    }

    @Override
    public double lambdaDerivative(double[] x, double lambda) {
        return -x[0];
    }
}
