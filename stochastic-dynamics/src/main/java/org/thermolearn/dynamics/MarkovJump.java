package org.thermolearn.dynamics;

import java.util.List;
import org.thermolearn.core.Provenance;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.Samples;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.core.internal.Checks;

/**
 * Entry point for Markov jump processes: Gillespie simulators with stochastic thermodynamics, ensembles, discrete-
 * time chains.
 *
 * <p>Everything is exact: constant rates use Gillespie's direct method; a protocol {@code lambda(t)} is held constant
 * on equal intervals and sampled with exact holding times (see {@link JumpSimulator}); the matching master equation
 * is solved by uniformization ({@link MasterEquation}). Signs follow Seifert: work on the system, heat into the
 * bath, {@code W = dE + Q} per trajectory. Stateless and thread-safe.
 *
 * <pre>{@code
 * var rates = RateMatrix.of(new double[][] {{0, 2.0, 0.5}, {0.7, 0, 3.0}, {1.5, 0.4, 0}});
 * rates.entropyProductionRate();                                   // 2.086378...
 * var sim = MarkovJump.gillespie(rates, 10.0);
 * MarkovJump.run(sim, 10_000, RandomStreams.of(1)).entropyProductionRate();   // 2.09 +/- 0.01
 * }</pre>
 *
 * @since 1.0
 */
public final class MarkovJump {
    private MarkovJump() {
    }

    /**
     * Gillespie at constant rates (energies zero, {@code kT = 1}) from the stationary state, for {@code duration}.
     *
     * @throws IllegalStateException for a reducible chain (no stationary state to start from)
     */
    public static JumpSimulator gillespie(RateMatrix rates, double duration) {
        return simulator(MarkovModel.of(rates), Protocol.constant(0, Checks.positiveFinite(duration, "duration")), 1);
    }

    /**
     * A simulator of {@code model} along {@code protocol}, held constant on {@code intervals} equal intervals.
     *
     * @param intervals number of constant-lambda intervals, >= 1 (1 for a constant protocol)
     */
    public static JumpSimulator simulator(MarkovModel model, Protocol protocol, int intervals) {
        return new JumpSimulator(model, protocol, intervals, null, null);
    }

    /**
     * As {@link #simulator(MarkovModel, Protocol, int)}, starting from the distribution {@code p0} instead of the
     * stationary state at {@code lambda(0)} (needed for a reducible chain).
     *
     * @param p0 initial distribution (Not modified), non-negative, summing to 1
     */
    public static JumpSimulator simulator(MarkovModel model, Protocol protocol, int intervals, double... p0) {
        return new JumpSimulator(model, protocol, intervals, Checks.notNull(p0, "p0"), null);
    }

    /**
     * Runs {@code trajectories} trajectories on all processors, reproducibly per (seed, i).
     *
     * @param streams trajectory i uses {@code streams.stream(i)}
     */
    public static JumpStatistics run(JumpSimulator sim, int trajectories, RandomStreams streams) {
        return run(sim, trajectories, Runtime.getRuntime().availableProcessors(), streams);
    }

    /** As {@link #run(JumpSimulator, int, RandomStreams)} on {@code threads} threads (same result). */
    public static JumpStatistics run(JumpSimulator sim, int trajectories, int threads, RandomStreams streams) {
        return run(new Ensemble(sim, trajectories, threads, n -> { }), streams);
    }

    /** Runs an ensemble whose simulator is a {@link JumpSimulator} (its progress listener is honoured). */
    public static JumpStatistics run(Ensemble ensemble, RandomStreams streams) {
        if (!(ensemble.simulator() instanceof JumpSimulator sim)) {
            throw new IllegalArgumentException("ensemble.simulator must be a JumpSimulator, got " + ensemble.simulator());
        }
        List<JumpRecord> records = ensemble.map(streams, sim::simulateJumps);
        int n = records.size();
        double kT = sim.kT();
        double[][] c = new double[7][n];
        for (int i = 0; i < n; i++) {
            JumpRecord r = records.get(i);
            c[0][i] = r.work() / kT;
            c[1][i] = r.heat() / kT;
            c[2][i] = r.deltaE() / kT;
            c[3][i] = r.entropyProduction();
            c[4][i] = r.current();
            c[5][i] = r.systemEntropy();
            c[6][i] = r.jumps();
        }
        WorkDistribution d = new WorkDistribution(sim.description(), "kT", 1.0, Samples.of(c[0]), Samples.of(c[1]),
                Samples.of(c[2]), Samples.of(c[3]), Provenance.of(streams, sim.parameters(), n));
        return new JumpStatistics(d, Samples.of(c[4]), Samples.of(c[5]), Samples.of(c[6]), sim.duration());
    }

    /**
     * Current increments that count net cycles of the ring {@code 0 -> 1 -> ... -> n-1 -> 0}: {@code +1/n} per
     * forward jump, {@code -1/n} per backward jump.
     */
    public static double[][] ringCycleCurrent(int n) {
        if (n < 3) {
            throw new IllegalArgumentException("n must be >= 3 for a ring, got " + n);
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            d[i][(i + 1) % n] = 1.0 / n;
            d[(i + 1) % n][i] = -1.0 / n;
        }
        return d;
    }

    /**
     * Current increments that count net jumps {@code i -> j} (+1) minus {@code j -> i} (-1) on one edge.
     *
     * @param n number of states
     */
    public static double[][] edgeCurrent(int n, int i, int j) {
        Checks.positive(n, "n");
        if (i < 0 || j < 0 || i >= n || j >= n || i == j) {
            throw new IllegalArgumentException("edge (" + i + ", " + j + ") must join two distinct states of " + n);
        }
        double[][] d = new double[n][n];
        d[i][j] = 1;
        d[j][i] = -1;
        return d;
    }

    /** A discrete-time chain with transition matrix {@code P}, see {@link DiscreteChain#of}. */
    public static DiscreteChain discrete(double[][] transitionMatrix) {
        return DiscreteChain.of(transitionMatrix);
    }
}
