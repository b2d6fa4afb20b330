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

    /** The exact Boltzmann distribution of a harmonic trap at {@code lambda}. */
    static InitialCondition equilibrium(HarmonicTrap trap, double lambda, double kT) {
        Checks.positiveFinite(trap.stiffnessAt(lambda), "stiffness at lambda");
        Checks.positiveFinite(kT, "kT");
        return (rng, x) -> trap.sampleEquilibrium(lambda, kT, rng, x);
    }

    /** Every trajectory starts at {@code x0}. */
    static InitialCondition fixed(double... x0) {
        double[] copy = Checks.allFinite(x0, "x0").clone();
        return (rng, x) -> System.arraycopy(copy, 0, x, 0, copy.length);
    }
}
