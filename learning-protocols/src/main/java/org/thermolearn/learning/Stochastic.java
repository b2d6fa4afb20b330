package org.thermolearn.learning;

import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;
import org.thermolearn.core.internal.Checks;

/**
 * Small helpers for row-stochastic matrices: validation, copies and the stationary distribution.
 *
 * <p>Package-private; stateless and thread-safe.
 */
final class Stochastic {
    /** Tolerance on row sums. */
    static final double TOLERANCE = 1e-9;

    private Stochastic() {
    }

    /** Validates a square row-stochastic matrix and returns a deep copy. */
    static double[][] checkedCopy(double[][] m, String name) {
        Checks.notNull(m, name);
        if (m.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            Checks.allFinite(Checks.notNull(m[i], name + "[" + i + "]"), name + "[" + i + "]");
            if (m[i].length != m.length) {
                throw new IllegalArgumentException(name + " must be square, row " + i + " has length " + m[i].length
                        + " instead of " + m.length);
            }
            double sum = 0;
            for (int j = 0; j < m.length; j++) {
                if (m[i][j] < 0) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be >= 0, got " + m[i][j]);
                }
                sum += m[i][j];
            }
            if (!(Math.abs(sum - 1) <= TOLERANCE)) {
                throw new IllegalArgumentException(name + " row " + i + " must sum to 1, got " + sum);
            }
            c[i] = m[i].clone();
        }
        return c;
    }

    /** Deep copy. */
    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /**
     * The unique stationary distribution {@code pi M = pi}, by LU on {@code M^T - I} with the normalisation in
     * place of the last equation.
     *
     * @throws IllegalArgumentException if it is not unique (a reducible chain)
     */
    static double[] stationary(double[][] m, String what) {
        int n = m.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = m[j][i] - (i == j ? 1 : 0);
            }
        }
        Arrays.fill(a[n - 1], 1.0);
        RealVector b = new ArrayRealVector(n);
        b.setEntry(n - 1, 1.0);
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(a, false), 1e-13);
        if (!lu.getSolver().isNonSingular()) {
            throw new IllegalArgumentException(what + " has no unique stationary distribution (reducible chain)");
        }
        double[] pi = lu.getSolver().solve(b).toArray();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            pi[i] = Math.max(0, pi[i]);
            sum += pi[i];
        }
        for (int i = 0; i < n; i++) {
            pi[i] /= sum;
        }
        return pi;
    }

    /** Index of the first cumulative weight exceeding {@code u}: draws from a discrete distribution. */
    static int draw(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Cumulative sums of each row, the last forced to 1. */
    static double[][] cumulativeRows(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = new double[m[i].length];
            double s = 0;
            for (int j = 0; j < m[i].length; j++) {
                s += m[i][j];
                c[i][j] = s;
            }
            c[i][m[i].length - 1] = 1.0;
        }
        return c;
    }
}
