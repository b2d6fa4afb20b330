package org.thermolearn.dynamics;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.thermolearn.core.RandomStreams;
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

    /**
     * Simulates one trajectory (the same one as {@link #simulate(RandomGenerator)} with the same stream) and shows
     * each step to {@code observer}.
     *
     * @throws UnsupportedOperationException if this simulator cannot report paths
     */
    /**
     * Simulates trajectories {@code from <= i < to} into {@code out[i]}, trajectory i drawing only from
     * {@code streams.stream(i)}: the same records as {@code out[i] = simulate(streams.stream(i))}, bit for bit, which
     * a simulator may compute faster (e.g. several trajectories side by side). {@link Ensemble} calls it per block.
     *
     * @param out records by trajectory index (Modified in {@code from..to-1})
     */
    default void simulateBlock(RandomStreams streams, int from, int to, TrajectoryRecord[] out) {
        for (int i = from; i < to; i++) {
            out[i] = simulate(streams.stream(i));
        }
    }

    default TrajectoryRecord simulate(RandomGenerator rng, PathObserver observer) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not report paths");
    }

    /** Number of coordinates of a configuration (for stored paths). */
    default int dimension() {
        return 1;
    }

    /** Time step of a path (for plots); NaN when the simulator has no fixed step. */
    default double timeStep() {
        return Double.NaN;
    }

    /** Thermal energy in the simulation's energy unit. */
    double kT();

    /** Description of the protocol, for JSON. */
    String description();

    /** Parameters for provenance. */
    Map<String, Object> parameters();
}
