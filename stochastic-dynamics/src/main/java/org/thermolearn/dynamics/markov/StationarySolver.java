package org.thermolearn.dynamics.markov;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Stationary distribution {@code p Q = 0, sum p = 1} of an irreducible rate matrix, solved with EJML's LU
 * decomposition (one equation replaced by the normalisation) plus one step of iterative refinement.
 *
 * <p>Rates are {@code w[i][j]} for {@code i -> j}, diagonal ignored. A reducible chain (some state cannot reach
 * another) has no unique stationary distribution with full support and is rejected naming the states. Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * StationarySolver.solve(new double[][] {{0, 2}, {1, 0}});   // [1/3, 2/3]
 * }</pre>
 *
 * @since 1.0
 */
public final class StationarySolver {
    private StationarySolver() {
    }

    /**
     * Solves for the stationary distribution.
     *
     * @param w rates (Not modified), validated by the caller
     * @return the stationary distribution, every entry > 0
     * @throws IllegalStateException if the chain is reducible
     */
    public static double[] solve(double[][] w) {
        int n = w.length;
        requireIrreducible(w);
        if (n == 1) {
            return new double[] {1.0};
        }
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            double exit = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    exit += w[i][j];
                    a.set(j, i, w[i][j]);
                }
            }
            a.set(i, i, -exit);
        }
        for (int j = 0; j < n; j++) {
            a.set(n - 1, j, 1.0);
        }
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        b.set(n - 1, 0, 1.0);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(n);
        if (!solver.setA(a.copy())) {
            throw new IllegalStateException("stationary distribution: singular system for an irreducible chain");
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        solver.solve(b, x);
        DMatrixRMaj r = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(a, x, r);
        CommonOps_DDRM.subtract(b, r, r);
        DMatrixRMaj dx = new DMatrixRMaj(n, 1);
        solver.solve(r, dx);
        CommonOps_DDRM.addEquals(x, dx);
        return normalised(x.getData(), n);
    }

    private static double[] normalised(double[] x, int n) {
        double sum = 0;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(x[i] > 0)) {
                throw new IllegalStateException("stationary distribution: state " + i + " got " + x[i]
                        + " (rates too ill-conditioned for a double-precision solve)");
            }
            p[i] = x[i];
            sum += x[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Whether every state can reach every other state along positive rates. */
    public static boolean isIrreducible(double[][] w) {
        return unreached(w, true).isEmpty() && unreached(w, false).isEmpty();
    }

    /**
     * Throws unless the chain is irreducible.
     *
     * @throws IllegalStateException naming the states that state 0 cannot reach, or that cannot reach state 0
     */
    public static void requireIrreducible(double[][] w) {
        List<Integer> notFrom = unreached(w, true);
        if (!notFrom.isEmpty()) {
            throw new IllegalStateException("rate matrix is reducible (no unique stationary distribution): states "
                    + notFrom + " cannot be reached from state 0");
        }
        List<Integer> notTo = unreached(w, false);
        if (!notTo.isEmpty()) {
            throw new IllegalStateException("rate matrix is reducible (no unique stationary distribution): states "
                    + notTo + " cannot reach state 0");
        }
    }

    private static List<Integer> unreached(double[][] w, boolean forward) {
        int n = w.length;
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[0] = true;
        queue.add(0);
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < n; j++) {
                double rate = forward ? w[i][j] : w[j][i];
                if (j != i && !seen[j] && rate > 0) {
                    seen[j] = true;
                    queue.add(j);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (!seen[j]) {
                out.add(j);
            }
        }
        return out;
    }
}
