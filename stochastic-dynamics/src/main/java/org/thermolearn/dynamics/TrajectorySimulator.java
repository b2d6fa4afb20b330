package org.thermolearn.dynamics;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.thermolearn.core.TrajectoryRecord;

/**
 * Something that simulates one trajectory from a random stream and returns its thermodynamic ledger: the plug-in
 * point of {@link Ensemble}.
 *
 * <p>Implementations are immutable and thread-safe: all per-trajectory state lives inside {@link #simulate}.
 *
 * <pre>{@code
 * TrajectorySimulator sim = Langevin.overdamped(Potential.harmonicStiffness(0), Protocol.linear(1, 4, 2),
 *     LangevinParameters.of(0.01));
 * sim.simulate(RandomStreams.of(1).stream(0)).work();
 * }</pre>
 *
 * @since 1.0
 */
public interface TrajectorySimulator {
    /**
     * Simulates one trajectory.
     *
     * @param rng the trajectory's own stream
     * @throws NonFiniteStateException when the state goes non-finite (naming the step)
     */
    TrajectoryRecord simulate(RandomGenerator rng);

    /** Thermal energy in the simulation's energy unit. */
    double kT();

    /** Description of the protocol, for JSON. */
    String description();

    /** Parameters for provenance. */
    Map<String, Object> parameters();
}
