package org.thermolearn.core.estimate;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Asymptotic covariance and overlap of MBAR free energies from the weight matrix {@code W} (N x K, stored as K rows).
 *
 * <p>{@code Theta = W^T (I - W N W^T)^+ W} (Shirts and Chodera 2008, eq. D4) is evaluated without any N x N
 * matrix: a Householder QR {@code W = Q R}, computed as a tall-skinny QR (Householder on cache-sized blocks of
 * samples, then on the stacked block factors; as stable as one Householder QR) gives
 * {@code Theta = R^T (I - R N R^T)^+ R}, where the pseudo-inverse drops eigenvalues below
 * {@value #RCOND} times the largest (pymbar's cut-off). This equals pymbar's SVD form and is more accurate than
 * its default eigen-decomposition of {@code W^T W}. The overlap matrix is {@code O = W^T W N = R^T R N}; its
 * scalar is one minus the second-largest eigenvalue. Reference: doi:10.1063/1.2978177. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * // used by Mbar; see FreeEnergy.mbar
 * }</pre>
 *
 * @since 1.0
 */
public final class MbarCovariance {
    /** Relative cut-off of the pseudo-inverse. */
    public static final double RCOND = 1e-10;

    private MbarCovariance() {
    }

    /**
     * Result: {@code theta} and {@code overlap} are K x K row-major.
     *
     * @param theta asymptotic covariance of the f_k
     * @param overlap overlap matrix O
     * @param overlapEigenvalues eigenvalues of O, descending
     */
    public record Result(double[] theta, double[] overlap, double[] overlapEigenvalues) {
    }

    /**
     * Computes covariance and overlap.
     *
     * @param weights K rows of N weights (Not modified)
     * @param nK samples per state (Not modified)
     */
    public static Result compute(double[][] weights, int[] nK) {
        int k = weights.length;
        DMatrixRMaj r = tallSkinnyR(weights);
        DMatrixRMaj rnrt = new DMatrixRMaj(k, k);
        DMatrixRMaj rn = r.copy();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rn.set(i, j, r.get(i, j) * nK[j]);
            }
        }
        CommonOps_DDRM.multTransB(rn, r, rnrt);
        DMatrixRMaj m = CommonOps_DDRM.identity(k);
        CommonOps_DDRM.subtractEquals(m, rnrt);
        DMatrixRMaj pinv = symmetricPseudoInverse(m);
        DMatrixRMaj tmp = new DMatrixRMaj(k, k);
        DMatrixRMaj theta = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(r, pinv, tmp);
        CommonOps_DDRM.mult(tmp, r, theta);
        DMatrixRMaj gram = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(r, r, gram);
        double[] overlap = new double[k * k];
        DMatrixRMaj sym = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                overlap[i * k + j] = gram.get(i, j) * nK[j];
                sym.set(i, j, gram.get(i, j) * Math.sqrt((double) nK[i] * nK[j]));
            }
        }
        return new Result(theta.data, overlap, descending(eigenvalues(sym)));
    }

    /** Samples per block of the tall-skinny QR (K x BLOCK doubles stay in cache). */
    static final int BLOCK = 2048;

    /** R of {@code W = Q R} by tall-skinny QR; {@code a} (K rows of N) is not modified. */
    static DMatrixRMaj tallSkinnyR(double[][] a) {
        int k = a.length;
        int n = a[0].length;
        if (n <= 2 * BLOCK) {
            return householderR(copy(a, 0, n));
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[][] stacked = new double[k][blocks * k];
        for (int b = 0; b < blocks; b++) {
            int lo = b * BLOCK;
            DMatrixRMaj rb = householderR(copy(a, lo, Math.min(n, lo + BLOCK)));
            for (int i = 0; i < k; i++) {
                for (int j = i; j < k; j++) {
                    stacked[j][b * k + i] = rb.get(i, j);
                }
            }
        }
        return householderR(stacked);
    }

    private static double[][] copy(double[][] a, int lo, int hi) {
        double[][] out = new double[a.length][];
        for (int j = 0; j < a.length; j++) {
            out[j] = java.util.Arrays.copyOfRange(a[j], lo, hi);
        }
        return out;
    }

    /** R of a thin Householder QR of the N x K matrix whose columns are {@code a[j]} (a is overwritten). */
    static DMatrixRMaj householderR(double[][] a) {
        int k = a.length;
        int n = a[0].length;
        DMatrixRMaj r = new DMatrixRMaj(k, k);
        for (int j = 0; j < k && j < n; j++) {
            double[] x = a[j];
            double norm = 0;
            for (int i = j; i < n; i++) {
                norm += x[i] * x[i];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double alpha = x[j] > 0 ? -norm : norm;
            x[j] -= alpha;
            double vnorm2 = norm * (norm + Math.abs(x[j] + alpha)) * 2;
            for (int l = j + 1; l < k; l++) {
                double[] y = a[l];
                double d = 0;
                for (int i = j; i < n; i++) {
                    d += x[i] * y[i];
                }
                double c = 2 * d / vnorm2;
                for (int i = j; i < n; i++) {
                    y[i] -= c * x[i];
                }
                r.set(j, l, y[j]);
            }
            r.set(j, j, alpha);
        }
        return r;
    }

    static DMatrixRMaj symmetricPseudoInverse(DMatrixRMaj m) {
        int k = m.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, true, true);
        if (!eig.decompose(m.copy())) {
            throw new IllegalStateException("eigen-decomposition of the MBAR information matrix failed");
        }
        double max = 0;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, Math.abs(eig.getEigenvalue(i).getReal()));
        }
        DMatrixRMaj out = new DMatrixRMaj(k, k);
        for (int e = 0; e < k; e++) {
            double lambda = eig.getEigenvalue(e).getReal();
            if (Math.abs(lambda) <= RCOND * max) {
                continue;
            }
            DMatrixRMaj v = eig.getEigenVector(e);
            double norm2 = org.ejml.dense.row.NormOps_DDRM.normF(v);
            lambda *= norm2 * norm2;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    out.add(i, j, v.get(i) * v.get(j) / lambda);
                }
            }
        }
        return out;
    }

    private static double[] eigenvalues(DMatrixRMaj sym) {
        int k = sym.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, false, true);
        if (!eig.decompose(sym.copy())) {
            throw new IllegalStateException("eigen-decomposition of the MBAR overlap matrix failed");
        }
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = eig.getEigenvalue(i).getReal();
        }
        return out;
    }

    private static double[] descending(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        for (int i = 0; i < s.length / 2; i++) {
            double t = s[i];
            s[i] = s[s.length - 1 - i];
            s[s.length - 1 - i] = t;
        }
        return s;
    }
}
