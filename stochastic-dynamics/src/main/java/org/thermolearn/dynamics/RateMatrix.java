package org.thermolearn.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.markov.CycleBasis;
import org.thermolearn.dynamics.markov.StationarySolver;

/**
 * The rates {@code w_ij} (per unit time) of a continuous-time Markov jump process on states {@code 0..n-1}, with
 * its exact stationary thermodynamics.
 *
 * <p>{@code rates[i][j]} is the rate of the jump {@code i -> j}; the diagonal is ignored. Stationary state
 * {@code p Q = 0}; net currents {@code J_ij = p_i w_ij - p_j w_ji}; Schnakenberg's entropy production rate
 * <pre>  sigma = 1/2 sum_ij (p_i w_ij - p_j w_ji) ln(p_i w_ij / (p_j w_ji))   [k_B per unit time]</pre>
 * (Schnakenberg 1976, doi:10.1103/RevModPhys.48.571), equal to {@code sum_c J_c A_c} over the fundamental
 * cycles. A one-way transition ({@code w_ij > 0, w_ji = 0}) carried by a positive flux makes {@code sigma}
 * {@code +Infinity}: that is the exact answer, never replaced by a cut-off-dependent number. Immutable and
 * thread-safe (stationary quantities are computed on demand).
 *
 * <pre>{@code
 * var ring = RateMatrix.ring(3, 2.0, 1.0);
 * ring.stationaryDistribution();   // [1/3, 1/3, 1/3]
 * ring.entropyProductionRate();    // ln 2 = 0.6931...
 * RateMatrix.of(new double[][] {{0, 2.0, 0.5}, {0.7, 0, 3.0}, {1.5, 0.4, 0}}).cycles();
 * }</pre>
 *
 * @since 1.0
 */
public final class RateMatrix {
    private final double[][] w;

    private RateMatrix(double[][] w) {
        this.w = w;
    }

    /**
     * Rates from a square matrix.
     *
     * @param rates {@code rates[i][j]} = rate {@code i -> j} (Not modified); off-diagonal entries >= 0 and finite,
     *     diagonal ignored
     * @throws IllegalArgumentException if not square, empty, or a rate is negative, NaN or infinite
     */
    public static RateMatrix of(double[][] rates) {
        Checks.notNull(rates, "rates");
        int n = rates.length;
        if (n == 0) {
            throw new IllegalArgumentException("rates must not be empty");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (rates[i] == null || rates[i].length != n) {
                throw new IllegalArgumentException("rates must be square (" + n + " x " + n + "), row " + i + " has "
                        + (rates[i] == null ? "null" : rates[i].length + " entries"));
            }
            copy[i] = rates[i].clone();
            copy[i][i] = 0;
            for (int j = 0; j < n; j++) {
                Checks.nonNegativeFinite(copy[i][j], "rates[" + i + "][" + j + "]");
            }
        }
        return new RateMatrix(copy);
    }

    /**
     * A uniform ring {@code 0 -> 1 -> ... -> n-1 -> 0}: rate {@code kPlus} forward and {@code kMinus} backward.
     *
     * @param n number of states, >= 3
     */
    public static RateMatrix ring(int n, double kPlus, double kMinus) {
        if (n < 3) {
            throw new IllegalArgumentException("n must be >= 3 for a ring, got " + n);
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][(i + 1) % n] = kPlus;
            r[(i + 1) % n][i] = kMinus;
        }
        return of(r);
    }

    /** Arrhenius rates {@code nu exp(-(B_ij - E_i)/kT)}, see {@link Kinetics#arrhenius}. */
    public static RateMatrix arrhenius(double[] energies, double[][] barriers, double attemptFrequency, double kT) {
        return Kinetics.arrhenius(barriers, attemptFrequency).rates(energies, kT);
    }

    /** Metropolis rates {@code a_ij min(1, exp(-(E_j - E_i)/kT))}, see {@link Kinetics#metropolis}. */
    public static RateMatrix metropolis(double[] energies, double[][] attemptRates, double kT) {
        return Kinetics.metropolis(attemptRates).rates(energies, kT);
    }

    /** Glauber rates {@code a_ij / (1 + exp((E_j - E_i)/kT))}, see {@link Kinetics#glauber}. */
    public static RateMatrix glauber(double[] energies, double[][] attemptRates, double kT) {
        return Kinetics.glauber(attemptRates).rates(energies, kT);
    }

    /** Number of states. */
    public int states() {
        return w.length;
    }

    /** Rate of {@code i -> j} (0 on the diagonal). */
    public double rate(int i, int j) {
        return w[i][j];
    }

    /** Total rate out of state {@code i}. */
    public double exitRate(int i) {
        double s = 0;
        for (double r : w[i]) {
            s += r;
        }
        return s;
    }

    /** A copy of the rates (zero diagonal). */
    public double[][] toArray() {
        double[][] out = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i].clone();
        }
        return out;
    }

    /** Whether every state reaches every other. */
    public boolean isIrreducible() {
        return StationarySolver.isIrreducible(w);
    }

    /**
     * The stationary distribution (EJML LU solve with one refinement step).
     *
     * @throws IllegalStateException for a reducible chain, naming the states that are cut off
     */
    public double[] stationaryDistribution() {
        return StationarySolver.solve(w);
    }

    /** Net stationary currents {@code J_ij = p_i w_ij - p_j w_ji} (antisymmetric). */
    public double[][] currents() {
        return currents(stationaryDistribution());
    }

    /** Net currents {@code J_ij = p_i w_ij - p_j w_ji} in the distribution {@code p} (Not modified). */
    public double[][] currents(double[] p) {
        checkDistribution(p);
        int n = w.length;
        double[][] j = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                j[a][b] = a == b ? 0 : p[a] * w[a][b] - p[b] * w[b][a];
            }
        }
        return j;
    }

    /** Stationary entropy production rate in k_B per unit time; {@code +Infinity} for a used one-way transition. */
    public double entropyProductionRate() {
        return entropyProductionRate(stationaryDistribution());
    }

    /**
     * Entropy production rate {@code 1/2 sum (p_i w_ij - p_j w_ji) ln(p_i w_ij / (p_j w_ji))} in the distribution
     * {@code p} (Not modified); a positive flux against a zero reverse flux gives {@code +Infinity}.
     */
    public double entropyProductionRate(double[] p) {
        checkDistribution(p);
        double sigma = 0;
        for (int a = 0; a < w.length; a++) {
            for (int b = a + 1; b < w.length; b++) {
                double f = p[a] * w[a][b];
                double r = p[b] * w[b][a];
                if (f == r) {
                    continue;
                }
                if (f == 0 || r == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                sigma += (f - r) * Math.log(f / r);
            }
        }
        return sigma;
    }

    /**
     * Schnakenberg's fundamental cycles with their affinities and stationary currents, for small graphs.
     *
     * @throws IllegalStateException for a reducible chain
     */
    public List<Cycle> cycles() {
        double[][] j = currents();
        List<Cycle> out = new ArrayList<>();
        for (List<Integer> states : CycleBasis.fundamentalCycles(w)) {
            double affinity = 0;
            for (int k = 0; k < states.size(); k++) {
                int a = states.get(k);
                int b = states.get((k + 1) % states.size());
                affinity += w[b][a] == 0 ? Double.POSITIVE_INFINITY
                        : w[a][b] == 0 ? Double.NEGATIVE_INFINITY : Math.log(w[a][b] / w[b][a]);
            }
            out.add(new Cycle(states, affinity, j[states.get(0)][states.get(1)]));
        }
        return List.copyOf(out);
    }

    private void checkDistribution(double[] p) {
        Checks.notNull(p, "p");
        if (p.length != w.length) {
            throw new IllegalArgumentException("p must have " + w.length + " entries, got " + p.length);
        }
        for (int i = 0; i < p.length; i++) {
            Checks.nonNegativeFinite(p[i], "p[" + i + "]");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateMatrix r && java.util.Arrays.deepEquals(w, r.w);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(w);
    }

    @Override
    public String toString() {
        return "RateMatrix" + java.util.Arrays.deepToString(w);
    }

    /**
     * A fundamental cycle {@code states[0] -> states[1] -> ... -> states[0]}.
     *
     * @param states the states visited, starting with the chord
     * @param affinity {@code A = ln prod w_forward / prod w_backward} in k_B ({@code +-Infinity} for one-way edges)
     * @param current stationary cycle current (the net chord current), per unit time
     */
    public record Cycle(List<Integer> states, double affinity, double current) {
        /** Copies the states. */
        public Cycle {
            states = List.copyOf(states);
        }

        /** This cycle's share {@code J A} of the entropy production rate ({@code 0} when {@code J = 0}). */
        public double entropyProductionRate() {
            return current == 0 ? 0 : current * affinity;
        }
    }
}
