package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;

/**
 * A d-dimensional isotropic harmonic trap {@code U = k/2 |x - lambda e|^2} whose centre moves along the unit
 * vector {@code e}: {@code dU/dx = k (x - lambda e)}, {@code dU/dlambda = -k e.(x - lambda e)}.
 *
 * <p>Its Boltzmann distribution is Gaussian with mean {@code lambda e} and covariance {@code (kT/k) I}, so
 * {@code F} does not depend on lambda. Immutable and thread-safe.
 *
 * <pre>{@code
 * var trap = Potential.movingTrap(2.0, 1, 1);        // moves along (1, 1)/sqrt 2
 * trap.energy(new double[] {0, 0}, Math.sqrt(2));        // 2.0
 * }</pre>
 *
 * @param stiffness k, > 0 (energy / length^2)
 * @param direction unit vector e (normalised by {@link #of})
 * @since 1.0
 */
public record MovingTrap(double stiffness, Samples direction) implements Potential {
    /** Validates the fields. */
    public MovingTrap {
        Checks.positiveFinite(stiffness, "stiffness");
        Checks.notNull(direction, "direction");
        if (direction.isEmpty()) {
            throw new IllegalArgumentException("direction must have at least one component");
        }
    }

    /** Trap of stiffness {@code k} moving along {@code direction} (normalised). */
    public static MovingTrap of(double stiffness, double... direction) {
        double[] e = Checks.nonEmptyFinite(direction, "direction").clone();
        double norm = 0;
        for (double v : e) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            throw new IllegalArgumentException("direction must not be the zero vector");
        }
        for (int i = 0; i < e.length; i++) {
            e[i] /= norm;
        }
        return new MovingTrap(stiffness, Samples.of(e));
    }

    @Override
    public int dimension() {
        return direction.size();
    }

    @Override
    public double energy(double[] x, double lambda) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - lambda * direction.get(i);
            s += d * d;
        }
        return 0.5 * stiffness * s;
    }

    @Override
    public void gradient(double[] x, double lambda, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = stiffness * (x[i] - lambda * direction.get(i));
        }
    }

    @Override
    public double lambdaDerivative(double[] x, double lambda) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += direction.get(i) * (x[i] - lambda * direction.get(i));
        }
        return -stiffness * s;
    }

    /**
     * Draws {@code x} from the Boltzmann distribution at {@code lambda}.
     *
     * @param x receives the sample (Modified)
     */
    public void sampleEquilibrium(double lambda, double kT, RandomGenerator rng, double[] x) {
        double sd = Math.sqrt(kT / stiffness);
        for (int i = 0; i < x.length; i++) {
            x[i] = lambda * direction.get(i) + sd * rng.nextGaussian();
        }
    }
}
