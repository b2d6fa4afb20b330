package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.Checks;

/**
 * How a trajectory's initial configuration is drawn.
 *
 * <p>Implementations are immutable and thread-safe; randomness comes only from the trajectory's stream.
 *
 * <pre>{@code
 * var start = InitialCondition.equilibrium(HarmonicTrap.stiffness(0), 1.0, 1.0);
 * }</pre>
 *
 * @since 1.0
 */
@FunctionalInterface
public interface InitialCondition {
    /**
     * Draws an initial configuration.
     *
     * @param rng the trajectory's stream
     * @param x receives the configuration (Modified)
     */
    void sample(RandomGenerator rng, double[] x);

    /** The exact Boltzmann distribution of a harmonic trap at {@code lambda}: a {@link Gaussian}. */
    static Gaussian equilibrium(HarmonicTrap trap, double lambda, double kT) {
        double k = Checks.positiveFinite(trap.stiffnessAt(lambda), "stiffness at lambda");
        return new Gaussian(trap.centreAt(lambda), Checks.positiveFinite(kT, "kT") / k);
    }

    /** The exact Boltzmann distribution of a d-dimensional moving trap at {@code lambda}. */
    static InitialCondition equilibrium(MovingTrap trap, double lambda, double kT) {
        Checks.finite(lambda, "lambda");
        Checks.positiveFinite(kT, "kT");
        return (rng, x) -> trap.sampleEquilibrium(lambda, kT, rng, x);
    }

    /**
     * The Boltzmann distribution of any 1-D potential at {@code lambda}, restricted to {@code [lo, hi]}, by a
     * tabulated inverse CDF (see {@link TabulatedBoltzmann}).
     */
    static TabulatedBoltzmann boltzmann(Potential potential, double lambda, double kT, double lo, double hi) {
        return new TabulatedBoltzmann(potential, lambda, kT, lo, hi);
    }

    /** A 1-D Gaussian {@code N(mean, variance)}. */
    static Gaussian gaussian(double mean, double variance) {
        return new Gaussian(mean, variance);
    }

    /**
     * A 1-D Gaussian initial state; its density is known, so the stochastic entropy of a harmonic system can be
     * followed exactly.
     *
     * @param mean the mean
     * @param variance the variance, > 0
     */
    record Gaussian(double mean, double variance) implements InitialCondition {
        /** Validates the fields. */
        public Gaussian {
            Checks.finite(mean, "mean");
            Checks.positiveFinite(variance, "variance");
        }

        @Override
        public void sample(RandomGenerator rng, double[] x) {
            x[0] = mean + Math.sqrt(variance) * rng.nextGaussian();
        }
    }

    /** Every trajectory starts at {@code x0}. */
    static InitialCondition fixed(double... x0) {
        double[] copy = Checks.allFinite(x0, "x0").clone();
        return (rng, x) -> System.arraycopy(copy, 0, x, 0, copy.length);
    }
}
