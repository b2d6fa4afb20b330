package org.thermolearn.learning;

import org.thermolearn.core.Information;

/**
 * Exact enumeration of one step of a driven system: joint distributions {@code p[s][x]} in, the step's
 * information and energetics out. Package-private; stateless and thread-safe.
 */
final class PredictionCalculus {
    private PredictionCalculus() {
    }

    /**
     * Analyses one step from the joint {@code p[s][x_t]} of the system after its last relaxation and the signal.
     *
     * @param p joint at the start of the step (Not modified)
     * @param next receives the joint after the relaxation, same shape (Modified); may be null
     */
    static PredictionStep step(Signal signal, DrivenSystem system, double[][] p, double[][] next) {
        double[][] q = afterWorkStep(signal, p);
        double[][] r = afterRelaxation(system, q);
        if (next != null) {
            for (int s = 0; s < r.length; s++) {
                System.arraycopy(r[s], 0, next[s], 0, r[s].length);
            }
        }
        double fp = freeEnergy(system, p);
        double fq = freeEnergy(system, q);
        double fr = freeEnergy(system, r);
        return new PredictionStep(Information.mutualInformation(p), Information.mutualInformation(q),
                work(signal, system, p), fq - fp, fq - fr);
    }

    /** Joint of {@code (s_t, x_{t+1})}: {@code q[s][x'] = sum_x p[s][x] T[x][x']}. */
    static double[][] afterWorkStep(Signal signal, double[][] p) {
        int nx = signal.states();
        double[][] q = new double[p.length][nx];
        for (int s = 0; s < p.length; s++) {
            for (int x = 0; x < nx; x++) {
                for (int y = 0; y < nx; y++) {
                    q[s][y] += p[s][x] * signal.transition(x, y);
                }
            }
        }
        return q;
    }

    /** Joint of {@code (s_{t+1}, x_{t+1})}: {@code r[s'][x] = sum_s q[s][x] K_x[s][s']}. */
    static double[][] afterRelaxation(DrivenSystem system, double[][] q) {
        int ns = q.length;
        int nx = q[0].length;
        double[][] r = new double[ns][nx];
        for (int x = 0; x < nx; x++) {
            double[][] k = system.kernelView(x);
            for (int s = 0; s < ns; s++) {
                for (int t = 0; t < ns; t++) {
                    r[t][x] += q[s][x] * k[s][t];
                }
            }
        }
        return r;
    }

    /** Mean work of the work step {@code sum p(s,x) T(x,x') [E(s,x') - E(s,x)]}, kT. */
    static double work(Signal signal, DrivenSystem system, double[][] p) {
        double w = 0;
        int nx = signal.states();
        for (int s = 0; s < p.length; s++) {
            for (int x = 0; x < nx; x++) {
                for (int y = 0; y < nx; y++) {
                    w += p[s][x] * signal.transition(x, y) * (system.energy(s, y) - system.energy(s, x));
                }
            }
        }
        return w;
    }

    /** {@code F_neq = sum_x p(x) [F(x) + D(p(s|x) || p_eq(s|x))]}, kT. */
    static double freeEnergy(DrivenSystem system, double[][] p) {
        int ns = p.length;
        double f = 0;
        for (int x = 0; x < p[0].length; x++) {
            double px = 0;
            for (double[] row : p) {
                px += row[x];
            }
            if (px <= 0) {
                continue;
            }
            double[] cond = new double[ns];
            for (int s = 0; s < ns; s++) {
                cond[s] = p[s][x] / px;
            }
            f += px * (system.freeEnergy(x) + Information.klDivergence(cond, system.equilibrium(x)));
        }
        return f;
    }

    /** Stationary joint {@code p[s][x]} of the combined chain (work step then relaxation). */
    static double[][] stationaryJoint(Signal signal, DrivenSystem system) {
        int ns = system.states();
        int nx = signal.states();
        double[][] m = new double[ns * nx][ns * nx];
        for (int s = 0; s < ns; s++) {
            for (int x = 0; x < nx; x++) {
                for (int y = 0; y < nx; y++) {
                    double[][] k = system.kernelView(y);
                    for (int t = 0; t < ns; t++) {
                        m[s * nx + x][t * nx + y] += signal.transition(x, y) * k[s][t];
                    }
                }
            }
        }
        double[] pi = Stochastic.stationary(m, "signal and system together");
        double[][] p = new double[ns][nx];
        for (int i = 0; i < pi.length; i++) {
            p[i / nx][i % nx] = pi[i];
        }
        return p;
    }

    /** Joint {@code p(x) p_eq(s|x)}: the signal in its stationary state, the system in equilibrium with it. */
    static double[][] equilibriumJoint(Signal signal, DrivenSystem system) {
        double[] px = signal.stationaryDistribution();
        double[][] p = new double[system.states()][px.length];
        for (int x = 0; x < px.length; x++) {
            double[] eq = system.equilibrium(x);
            for (int s = 0; s < eq.length; s++) {
                p[s][x] = px[x] * eq[s];
            }
        }
        return p;
    }
}
