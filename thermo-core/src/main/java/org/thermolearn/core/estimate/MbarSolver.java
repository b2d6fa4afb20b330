package org.thermolearn.core.estimate;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.thermolearn.core.internal.Checks;

/**
 * Solves the MBAR equations {@code f_i = -ln sum_n exp(-u_in) / sum_k N_k exp(f_k - u_kn)} for the reduced free
 * energies of K states from {@code u_kn} (K x N reduced energies of all N pooled samples in every state).
 *
 * <p>Minimises the convex function {@code F(f) = sum_n ln sum_k N_k exp(f_k - u_kn) - sum_k N_k f_k} over the
 * sampled states (gauge: the first sampled state is fixed) by Newton's method with Armijo backtracking. When a
 * Newton direction does not decrease {@code F} the step is a self-consistent iteration
 * {@code f_k <- f_k - ln(sum_n P_kn / N_k)}, which always decreases it; both kinds are counted and reported.
 * Converged means {@code max_k |sum_n P_kn - N_k| / N_k <= tolerance} with {@code P_kn} the probability that
 * sample {@code n} came from state {@code k}. Unsampled states ({@code N_k = 0}) get
 * {@code f_k = -ln sum_n exp(-u_kn - ln sum_j N_j exp(f_j - u_jn))} after convergence.
 *
 * <p>Memory: besides {@code u_kn} one K x N work matrix and O(N + K^2). Reference: M. R. Shirts and
 * J. D. Chodera, J. Chem. Phys. 129, 124105 (2008), doi:10.1063/1.2978177. Not thread-safe (one solve per
 * instance); create one per call.
 *
 * <pre>{@code
 * var s = new MbarSolver(new double[][] {{0, 0.5}, {0.2, 0}}, new int[] {1, 1}, 1e-12, 200);
 * s.solve();   // true when converged; s.freeEnergies()
 * }</pre>
 *
 * @since 1.0
 */
public final class MbarSolver {
    private final double[][] u;
    private final int[] nK;
    private final int[] sampled;
    private final double tolerance;
    private final int maxIterations;
    private final int n;
    private final double[] f;
    /** K x N: during the solve P_kn for sampled k; after {@link #weights()} W_kn for every state. */
    private final double[][] work;
    private final double[] logDenominator;
    private final double[] sum;
    private final double[] columnSums;
    private boolean current;
    private boolean shifted;
    private int newtonSteps;
    private int selfConsistentSteps;
    private double residual = Double.POSITIVE_INFINITY;

    /**
     * @param uKn reduced energies, K rows of N (Not modified; kept by reference, do not modify during the solve)
     * @param nK samples per state, summing to N (Not modified)
     * @param tolerance relative gradient tolerance, > 0
     * @param maxIterations iteration limit, >= 1
     */
    public MbarSolver(double[][] uKn, int[] nK, double tolerance, int maxIterations) {
        this.u = uKn;
        this.nK = nK.clone();
        this.n = MbarInput.check(uKn, nK);
        this.sampled = MbarInput.sampled(nK);
        this.tolerance = Checks.positiveFinite(tolerance, "tolerance");
        this.maxIterations = Checks.positive(maxIterations, "maxIterations");
        this.f = new double[uKn.length];
        this.work = new double[uKn.length][n];
        this.logDenominator = new double[n];
        this.sum = new double[n];
        this.columnSums = new double[uKn.length];
    }

    /** Runs the solver from {@code f = 0}; returns whether it converged. */
    public boolean solve() {
        evaluate(f);
        selfConsistentStep();
        double objective = evaluate(f);
        for (int it = 0; it < maxIterations; it++) {
            residual = relativeGradient();
            if (residual <= tolerance) {
                return true;
            }
            objective = lineSearch(newtonDirection(), objective);
        }
        residual = relativeGradient();
        return residual <= tolerance;
    }

    /**
     * Backtracking along the Newton direction: accepts the first step with Armijo decrease, or, near the optimum
     * where the decrease drowns in rounding, a step that keeps the objective within rounding and reduces the
     * gradient; otherwise takes a self-consistent step.
     */
    private double lineSearch(double[] step, double objective) {
        if (step == null) {
            selfConsistentStep();
            return evaluate(f);
        }
        double slope = 0;
        for (int k : sampled) {
            slope += step[k] * (columnSums[k] - nK[k]);
        }
        double gradient = relativeGradient();
        double rounding = 1e-12 * (Math.abs(objective) + n);
        double[] trial = new double[f.length];
        for (double t = 1; slope < 0 && t > 1e-3; t *= 0.5) {
            for (int k : sampled) {
                trial[k] = f[k] + t * step[k];
            }
            double value = evaluate(trial);
            if (value <= objective + 1e-4 * t * slope
                    || (value <= objective + rounding && relativeGradient() < gradient)) {
                System.arraycopy(trial, 0, f, 0, f.length);
                current = true;
                newtonSteps++;
                return value;
            }
        }
        evaluate(f);
        selfConsistentStep();
        return evaluate(f);
    }

    /** Sets f to the self-consistent update from the current P (and leaves P stale). */
    private void selfConsistentStep() {
        double ref = 0;
        for (int idx = 0; idx < sampled.length; idx++) {
            int k = sampled[idx];
            f[k] -= Math.log(columnSums[k] / nK[k]);
            if (idx == 0) {
                ref = f[k];
            }
        }
        for (int k : sampled) {
            f[k] -= ref;
        }
        selfConsistentSteps++;
        current = false;
    }

    /**
     * Fills P_kn (sampled k) and ln of the MBAR denominators for the free energies {@code g}; returns the objective.
     */
    /** Sets the per-sample shift to {@code max_k (g_k + ln N_k - u_kn)}, which no exponential can overflow. */
    private void shiftByMaximum(double[] g) {
        double[] max = logDenominator;
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int k : sampled) {
            double c = g[k] + Math.log(nK[k]);
            double[] uk = u[k];
            for (int i = 0; i < n; i++) {
                max[i] = Math.max(max[i], c - uk[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (max[i] == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("sample " + i + " has energy +Infinity in every sampled state");
            }
        }
    }

    /**
     * Fills {@code work[k][i] = exp(g_k + ln N_k - u_ki - shift_i)} and their sums over k. With {@code reuse}, the
     * shift is the previous log denominator (saving a pass); returns false when a sum left [1e-250, 1e250], and
     * the caller then shifts by the maximum.
     */
    private boolean accumulate(double[] g, boolean reuse) {
        double[] shift = logDenominator;
        java.util.Arrays.fill(sum, 0);
        for (int k : sampled) {
            double c = g[k] + Math.log(nK[k]);
            double[] uk = u[k];
            double[] pk = work[k];
            for (int i = 0; i < n; i++) {
                double e = Math.exp(c - uk[i] - shift[i]);
                pk[i] = e;
                sum[i] += e;
            }
        }
        if (reuse) {
            for (int i = 0; i < n; i++) {
                if (!(sum[i] >= 1e-250 && sum[i] <= 1e250)) {
                    return false;
                }
            }
        }
        shifted = true;
        return true;
    }

    private double evaluate(double[] g) {
        if (!shifted || !accumulate(g, true)) {
            shiftByMaximum(g);
            accumulate(g, false);
        }
        double objective = 0;
        for (int i = 0; i < n; i++) {
            logDenominator[i] += Math.log(sum[i]);
            objective += logDenominator[i];
            sum[i] = 1.0 / sum[i];
        }
        for (int k : sampled) {
            double[] pk = work[k];
            double col = 0;
            for (int i = 0; i < n; i++) {
                pk[i] *= sum[i];
                col += pk[i];
            }
            columnSums[k] = col;
            objective -= nK[k] * g[k];
        }
        current = g == f;
        return objective;
    }

    private double relativeGradient() {
        double worst = 0;
        for (int k : sampled) {
            worst = Math.max(worst, Math.abs(columnSums[k] - nK[k]) / nK[k]);
        }
        return worst;
    }

    /** Newton direction over the sampled states except the first (the gauge), or null when singular. */
    private double[] newtonDirection() {
        int m = sampled.length - 1;
        double[] step = new double[f.length];
        if (m == 0) {
            return step;
        }
        DMatrixRMaj hessian = new DMatrixRMaj(m, m);
        DMatrixRMaj gradient = new DMatrixRMaj(m, 1);
        double[][] rows = new double[m][];
        for (int a = 0; a < m; a++) {
            rows[a] = work[sampled[a + 1]];
            gradient.set(a, 0, -(columnSums[sampled[a + 1]] - nK[sampled[a + 1]]));
        }
        MbarInput.gram(rows, hessian.data);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                hessian.data[a * m + b] = (a == b ? columnSums[sampled[a + 1]] : 0) - hessian.data[a * m + b];
            }
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(m);
        DMatrixRMaj delta = new DMatrixRMaj(m, 1);
        if (!solver.setA(hessian)) {
            return null;
        }
        solver.solve(gradient, delta);
        for (int a = 0; a < m; a++) {
            if (!Double.isFinite(delta.get(a, 0))) {
                return null;
            }
            step[sampled[a + 1]] = delta.get(a, 0);
        }
        return step;
    }

    /**
     * Free energies of every state relative to state 0, after {@link #solve()}; also fills the weights
     * {@code W_kn = exp(f_k - u_kn) / sum_j N_j exp(f_j - u_jn)} (each row sums to 1) into the work matrix.
     */
    public double[] freeEnergies() {
        if (!current) {
            evaluate(f);
        }
        double[] out = f.clone();
        for (int k = 0; k < nK.length; k++) {
            double[] wk = work[k];
            if (nK[k] > 0) {
                double scale = 1.0 / columnSums[k];
                for (int i = 0; i < n; i++) {
                    wk[i] *= scale;
                }
                out[k] = f[k] - Math.log(columnSums[k] / nK[k]);
                continue;
            }
            double[] uk = u[k];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                wk[i] = -uk[i] - logDenominator[i];
                max = Math.max(max, wk[i]);
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                wk[i] = Math.exp(wk[i] - max);
                s += wk[i];
            }
            out[k] = -(max + Math.log(s));
            for (int i = 0; i < n; i++) {
                wk[i] /= s;
            }
        }
        current = false;
        double ref = out[0];
        for (int k = 0; k < out.length; k++) {
            out[k] -= ref;
        }
        return out;
    }

    /** The K x N weight matrix filled by {@link #freeEnergies()} (Modified by later calls; not copied). */
    public double[][] weights() {
        return work;
    }

    /** Accepted Newton steps. */
    public int newtonSteps() {
        return newtonSteps;
    }

    /** Self-consistent steps (one to start, plus any taken where Newton did not decrease the objective). */
    public int selfConsistentSteps() {
        return selfConsistentSteps;
    }

    /** The final {@code max_k |sum_n P_kn - N_k| / N_k}. */
    public double residual() {
        return residual;
    }

    /** Samples per state (a copy). */
    int[] counts() {
        return nK.clone();
    }
}
