package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.markov.StationarySolver;

/**
 * A discrete-time Markov chain {@code P[i][j] = Prob(x_{t+1} = j | x_t = i)}: sampling, stationary state and
 * entropy production per step (the kernel of Gibbs sampling).
 *
 * <p>Stationary state {@code p P = p} (EJML solve of the generator {@code P - I}; reducible chains are rejected);
 * entropy production per step {@code 1/2 sum_ij (p_i P_ij - p_j P_ji) ln(p_i P_ij / (p_j P_ji))} in k_B,
 * {@code +Infinity} for a used one-way transition; the medium entropy of a path is {@code sum ln(P_ij/P_ji)} over its
 * steps. Immutable and thread-safe.
 *
 * <pre>{@code
 * var chain = DiscreteChain.of(new double[][] {{0.1, 0.6, 0.3}, {0.3, 0.1, 0.6}, {0.6, 0.3, 0.1}});
 * chain.stationaryDistribution();        // uniform
 * chain.entropyProductionPerStep();      // 0.3 ln 2 = 0.2079...
 * int[] path = chain.sample(0, 100, RandomStreams.of(1).stream(0));
 * }</pre>
 *
 * @since 1.0
 */
public final class DiscreteChain {
    private final double[][] p;
    private final double[][] cumulative;

    private DiscreteChain(double[][] p) {
        this.p = p;
        this.cumulative = new double[p.length][p.length];
        for (int i = 0; i < p.length; i++) {
            double c = 0;
            for (int j = 0; j < p.length; j++) {
                c += p[i][j];
                cumulative[i][j] = c;
            }
        }
    }

    /**
     * A chain from its transition matrix.
     *
     * @param transitionMatrix square, entries in [0, 1], rows summing to 1 within 1e-12 (Not modified)
     * @throws IllegalArgumentException otherwise, naming the row or entry
     */
    public static DiscreteChain of(double[][] transitionMatrix) {
        RateMatrix.of(transitionMatrix);   // square, non-negative, finite
        int n = transitionMatrix.length;
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = transitionMatrix[i].clone();
            Checks.inClosedRange(copy[i][i], 0, 1, "transitionMatrix[" + i + "][" + i + "]");
            double sum = 0;
            for (double x : copy[i]) {
                sum += x;
            }
            if (Math.abs(sum - 1) > 1e-12) {
                throw new IllegalArgumentException("transitionMatrix row " + i + " must sum to 1, got " + sum);
            }
        }
        return new DiscreteChain(copy);
    }

    /** Number of states. */
    public int states() {
        return p.length;
    }

    /** {@code P[i][j]}. */
    public double probability(int i, int j) {
        return p[i][j];
    }

    /**
     * The stationary distribution.
     *
     * @throws IllegalStateException for a reducible chain
     */
    public double[] stationaryDistribution() {
        return StationarySolver.solve(p);
    }

    /** Stationary entropy production per step in k_B. */
    public double entropyProductionPerStep() {
        return RateMatrix.of(p).entropyProductionRate(stationaryDistribution());
    }

    /** One step from state {@code i}. */
    public int step(int i, RandomGenerator rng) {
        double u = rng.nextDouble();
        double[] c = cumulative[i];
        int last = c.length - 1;
        for (int j = 0; j < last; j++) {
            if (u < c[j]) {
                return j;
            }
        }
        return last;
    }

    /**
     * A path of {@code steps} steps from {@code x0}.
     *
     * @return the states visited, length {@code steps + 1}
     */
    public int[] sample(int x0, int steps, RandomGenerator rng) {
        Checks.nonNegative(steps, "steps");
        if (x0 < 0 || x0 >= p.length) {
            throw new IllegalArgumentException("x0 must be in [0, " + (p.length - 1) + "], got " + x0);
        }
        int[] path = new int[steps + 1];
        path[0] = x0;
        for (int t = 0; t < steps; t++) {
            path[t + 1] = step(path[t], rng);
        }
        return path;
    }

    /**
     * Medium entropy {@code sum ln(P_ij / P_ji)} of a path in k_B ({@code +Infinity} across a one-way step).
     *
     * @param path states (Not modified)
     */
    public double mediumEntropy(int[] path) {
        double s = 0;
        for (int t = 0; t + 1 < path.length; t++) {
            int i = path[t];
            int j = path[t + 1];
            s += i == j ? 0 : Math.log(p[i][j] / p[j][i]);
        }
        return s;
    }

    @Override
    public String toString() {
        return "DiscreteChain" + java.util.Arrays.deepToString(p);
    }
}
