package org.thermolearn.dynamics;

import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.markov.Uniformization;

/**
 * Exact solution of the master equation {@code dp/dt = p Q(lambda(t))} for a protocol held constant on each
 * interval (the process {@link JumpSimulator} samples), with the mean work, heat and entropy along it.
 *
 * <p>Each interval is propagated by uniformization ({@link Uniformization}; all terms non-negative, truncation
 * below 1e-16), which also gives the occupation times {@code int p_i dt}; mean heat is
 * {@code sum occ_i w_ij q_ij}. A continuous {@code lambda(t)} is approached as the number of intervals grows;
 * for a smooth ramp the mean work converges at second order in the interval length (measured: the change quarters
 * when the intervals double). Stateless and thread-safe.
 *
 * <pre>{@code
 * MasterEquation.propagate(RateMatrix.ring(3, 2, 1), new double[] {1, 0, 0}, 0.5);
 * }</pre>
 *
 * @since 1.0
 */
public final class MasterEquation {
    private MasterEquation() {
    }

    /**
     * {@code p(t)} at constant rates.
     *
     * @param p0 initial distribution (Not modified)
     * @param t time, >= 0
     */
    public static double[] propagate(RateMatrix rates, double[] p0, double t) {
        double[] p = checkDistribution(p0, rates.states()).clone();
        Checks.nonNegativeFinite(t, "t");
        double[] out = new double[p.length];
        Uniformization.propagate(rates.toArray(), p, t, out, new double[p.length]);
        return out;
    }

    /**
     * Solves along the schedule.
     *
     * @param path receives p at every interval boundary, {@code intervals + 1} rows (Modified), or null
     */
    static MasterEquationSolution solve(JumpSchedule s, double[] p0, double[][] path) {
        int n = s.states();
        double[] p = p0.clone();
        double[] next = new double[n];
        double[] occ = new double[n];
        double[] sums = new double[3];
        double lambdaWork = 0;
        double[] previous = s.initialEnergies;
        if (path != null) {
            path[0] = p0.clone();
        }
        for (int k = 0; k < s.tables.length; k++) {
            for (int i = 0; i < n; i++) {
                lambdaWork += p[i] * (s.tables[k].energy(i) - previous[i]);
            }
            previous = energies(s, k);
            Uniformization.propagate(s.rates[k], p, s.boundaries[k + 1] - s.boundaries[k], next, occ);
            s.tables[k].accumulateFluxes(occ, sums);
            double[] t = p;
            p = next;
            next = t;
            if (path != null) {
                path[k + 1] = p.clone();
            }
        }
        double e0 = dot(p0, s.initialEnergies);
        double e1 = dot(p, previous);
        double ds = shannon(p) - shannon(p0);
        return new MasterEquationSolution(Samples.of(p0), Samples.of(p), lambdaWork + sums[1], sums[0], e1 - e0, ds,
                ds + sums[0] / s.kT, sums[2], s.duration());
    }

    private static double[] energies(JumpSchedule s, int k) {
        double[] e = new double[s.states()];
        for (int i = 0; i < e.length; i++) {
            e[i] = s.tables[k].energy(i);
        }
        return e;
    }

    static double[] checkDistribution(double[] p, int n) {
        Checks.notNull(p, "p0");
        if (p.length != n) {
            throw new IllegalArgumentException("p0 must have " + n + " entries, got " + p.length);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Checks.nonNegativeFinite(p[i], "p0[" + i + "]");
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("p0 must sum to 1, got " + sum);
        }
        return p;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double shannon(double[] p) {
        double h = 0;
        for (double x : p) {
            h -= x > 0 ? x * Math.log(x) : 0;
        }
        return h;
    }
}
