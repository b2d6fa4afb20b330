package org.thermolearn.learning;

import java.util.Arrays;
import org.thermolearn.core.internal.Checks;

/**
 * A stochastic signal {@code x_t}: a discrete-time Markov chain on states {@code 0..n-1} with transition matrix
 * {@code T[x][x'] = P(x_{t+1} = x' | x_t = x)}.
 *
 * <p>The driving signal of the thermodynamics of prediction (Still, Sivak, Bell and Crooks, PRL 109, 120604 (2012),
 * doi:10.1103/PhysRevLett.109.120604): at each step it moves first, at fixed system state, and the system then
 * relaxes. Immutable and thread-safe.
 *
 * <pre>{@code
 * var flip = Signal.flip(0.1);                              // two states, flips with probability 0.1
 * var ring = Signal.markov(new double[][] {{0.8, 0.2, 0}, {0, 0.8, 0.2}, {0.2, 0, 0.8}});
 * ring.stationaryDistribution();                            // [1/3, 1/3, 1/3]
 * }</pre>
 *
 * @since 1.0
 */
public final class Signal {
    private final double[][] transitions;
    private final double[] stationary;

    private Signal(double[][] transitions) {
        this.transitions = transitions;
        this.stationary = Stochastic.stationary(transitions, "signal");
    }

    /**
     * A Markov chain with the given transition matrix.
     *
     * @param transitions {@code transitions[x][x']}, square, rows non-negative summing to 1 (Not modified)
     * @throws IllegalArgumentException if the matrix is not row-stochastic or has no unique stationary distribution
     */
    public static Signal markov(double[][] transitions) {
        return new Signal(Stochastic.checkedCopy(transitions, "transitions"));
    }

    /** Two states that swap with probability {@code q} per step ({@code 0 < q <= 1}). */
    public static Signal flip(double q) {
        Checks.inClosedRange(q, 0, 1, "q");
        if (q == 0) {
            throw new IllegalArgumentException("q must be > 0 (a frozen signal has no unique stationary state), got 0.0");
        }
        return markov(new double[][] {{1 - q, q}, {q, 1 - q}});
    }

    /** Number of states. */
    public int states() {
        return transitions.length;
    }

    /** {@code P(x_{t+1} = to | x_t = from)}. */
    public double transition(int from, int to) {
        return transitions[from][to];
    }

    /** A copy of the transition matrix. */
    public double[][] transitionMatrix() {
        return Stochastic.copy(transitions);
    }

    /** The stationary distribution {@code p(x)} (a copy). */
    public double[] stationaryDistribution() {
        return stationary.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signal s && Arrays.deepEquals(transitions, s.transitions);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(transitions);
    }

    @Override
    public String toString() {
        return "Signal" + Arrays.deepToString(transitions);
    }
}
