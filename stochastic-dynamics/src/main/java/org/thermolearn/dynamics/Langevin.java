package org.thermolearn.dynamics;

/**
 * Entry point for Langevin simulations.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * var trap = Potential.harmonicStiffness(0);
 * var sim = Langevin.overdamped(trap, Protocol.linear(1, 4, 2), LangevinParameters.of(0.001));
 * var lm = Langevin.overdamped(Potential.doubleWell(3, 1), Protocol.linear(0, 1, 2), LangevinParameters.of(0.001),
 *     OverdampedScheme.leimkuhlerMatthews(), InitialCondition.fixed(-1.0));
 * var baoab = Langevin.underdamped(trap, Protocol.linear(1, 4, 2), LangevinParameters.of(0.01), 1.0,
 *     InitialCondition.equilibrium(trap, 1, 1));
 * }</pre>
 *
 * @since 1.0
 */
public final class Langevin {
    private Langevin() {
    }

    /**
     * Overdamped dynamics starting in equilibrium at {@code lambda(0)}. For a {@link HarmonicTrap} the exact
     * Ornstein-Uhlenbeck propagator and exact Gaussian initial states are used; other potentials use
     * Euler-Maruyama and need {@link OverdampedLangevin#withInitial}.
     */
    public static OverdampedLangevin overdamped(Potential potential, Protocol protocol, LangevinParameters p) {
        if (potential instanceof HarmonicTrap trap) {
            return new OverdampedLangevin(trap, protocol, p, OverdampedScheme.exactHarmonic(),
                    InitialCondition.equilibrium(trap, protocol.lambda(0), p.kT()));
        }
        return new OverdampedLangevin(potential, protocol, p, OverdampedScheme.eulerMaruyama(),
                InitialCondition.fixed(new double[potential.dimension()]));
    }

    /** Overdamped dynamics with an explicit scheme and initial condition. */
    public static OverdampedLangevin overdamped(Potential potential, Protocol protocol, LangevinParameters p,
            OverdampedScheme scheme, InitialCondition initial) {
        return new OverdampedLangevin(potential, protocol, p, scheme, initial);
    }

    /**
     * Underdamped BAOAB dynamics of a particle of mass {@code mass}, starting from {@code initial} with Maxwell
     * velocities; {@code p.gamma()} is the friction coefficient (force per velocity).
     */
    public static UnderdampedLangevin underdamped(Potential potential, Protocol protocol, LangevinParameters p,
            double mass, InitialCondition initial) {
        return new UnderdampedLangevin(potential, protocol, p, mass, initial);
    }
}
