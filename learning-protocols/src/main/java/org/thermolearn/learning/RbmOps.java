package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.LogSpace;
import org.thermolearn.core.internal.Simd;

/**
 * Dense kernels of the Bernoulli RBM on row-major batches. A product {@code bias + x W} first lists the non-zero
 * inputs of a row, then sums the selected weight rows (on SIMD lanes where {@link #SIMD}, else eight output
 * columns at a time in registers, in column strips that stay in L2 across the rows of a block), without a multiply
 * when every input is 0 or 1: binary data (most pixels zero) cost only their active entries, and each output is
 * summed in a fixed order (bias, then rows in ascending index), so results do not depend on blocking, threads or
 * SIMD. Measured against EJML's dense products and a row-axpy loop in docs/design-notes.md.
 * Stateless and thread-safe.
 */
final class RbmOps {
    /**
     * Whether {@link #gatherSum} runs on SIMD lanes: the JVM was started with
     * {@code --add-modules jdk.incubator.vector} (the {@code thermolearn} command and the tests do), the CPU has
     * vectors of at least two doubles, and the system property {@code thermolearn.simd} is not {@code false}.
     * Both paths give bit-identical results.
     */
    static final boolean SIMD = simdAvailable();
    private static final int STRIP_BYTES = 512 * 1024;

    private RbmOps() {
    }

    private static boolean simdAvailable() {
        return Simd.enabled() && SimdGather.lanes() >= 2;
    }

    /**
     * {@code out[r][j] = bias[j] + sum_i in[r][i] * w[i][j]} for rows {@code r0 <= r < r1}.
     *
     * @param in inputs, row-major {@code rows x nIn}; not modified
     * @param w weights, row-major {@code nIn x nOut}; not modified
     * @param bias length {@code nOut}; not modified
     * @param out outputs, row-major {@code rows x nOut}; modified in rows r0..r1-1
     */
    static void affine(double[] in, int nIn, double[] w, int nOut, double[] bias, double[] out, int r0, int r1) {
        int[][] rows = new int[r1 - r0][];
        int[] scratch = new int[nIn];
        double[] coef = new double[nIn];
        for (int r = r0; r < r1; r++) {
            int na = 0;
            for (int i = 0; i < nIn; i++) {   // branch-free: about 1 in 5 pixels is on, an unpredictable branch
                scratch[na] = i;
                na += in[r * nIn + i] != 0 ? 1 : 0;
            }
            boolean binary = true;
            for (int q = 0; q < na; q++) {
                coef[q] = in[r * nIn + scratch[q]];
                binary &= coef[q] == 1;
                scratch[q] *= nOut;
            }
            if (binary) {
                rows[r - r0] = java.util.Arrays.copyOf(scratch, na);
            } else {
                gatherWeighted(scratch, coef, na, w, nOut, bias, out, r * nOut);
            }
        }
        int strip = Math.max(32, STRIP_BYTES / 8 / nIn / 32 * 32);
        for (int j0 = 0; j0 < nOut; j0 += strip) {   // a strip of w stays in L2 while every row sums from it
            int j1 = Math.min(nOut, j0 + strip);
            for (int r = r0; r < r1; r++) {
                int[] list = rows[r - r0];
                if (list != null) {
                    gatherSum(list, list.length, w, j0, j1, bias, out, r * nOut);
                }
            }
        }
    }

    /** {@link #gatherSum} over all {@code nOut} columns. */
    static void gatherSum(int[] rows, int na, double[] w, int nOut, double[] bias, double[] out, int o) {
        gatherSum(rows, na, w, 0, nOut, bias, out, o);
    }

    /**
     * {@code out[o + j] = bias[j] + sum_q w[rows[q] + j]} for {@code j0 <= j < j1}, each column summed in the
     * order bias, rows[0], rows[1], ...; on SIMD lanes where {@link #SIMD} says so (same bits).
     */
    static void gatherSum(int[] rows, int na, double[] w, int j0, int j1, double[] bias, double[] out, int o) {
        if (SIMD) {
            SimdGather.gatherSum(rows, na, w, j0, j1, bias, out, o);
        } else {
            gatherSumScalar(rows, na, w, j0, j1, bias, out, o);
        }
    }

    /** The scalar {@link #gatherSum} over columns {@code j0 <= j < nOut}, eight columns at a time in registers. */
    static void gatherSumScalar(int[] rows, int na, double[] w, int j0, int nOut, double[] bias, double[] out,
            int o) {
        int j = j0;
        for (; j + 8 <= nOut; j += 8) {
            double s0 = bias[j];
            double s1 = bias[j + 1];
            double s2 = bias[j + 2];
            double s3 = bias[j + 3];
            double s4 = bias[j + 4];
            double s5 = bias[j + 5];
            double s6 = bias[j + 6];
            double s7 = bias[j + 7];
            for (int q = 0; q < na; q++) {
                int b = rows[q] + j;
                s0 += w[b];
                s1 += w[b + 1];
                s2 += w[b + 2];
                s3 += w[b + 3];
                s4 += w[b + 4];
                s5 += w[b + 5];
                s6 += w[b + 6];
                s7 += w[b + 7];
            }
            out[o + j] = s0;
            out[o + j + 1] = s1;
            out[o + j + 2] = s2;
            out[o + j + 3] = s3;
            out[o + j + 4] = s4;
            out[o + j + 5] = s5;
            out[o + j + 6] = s6;
            out[o + j + 7] = s7;
        }
        for (; j < nOut; j++) {
            double s = bias[j];
            for (int q = 0; q < na; q++) {
                s += w[rows[q] + j];
            }
            out[o + j] = s;
        }
    }

    /** {@code out[o + j] = bias[j] + sum_q coef[q] w[rows[q] + j]}, four columns at a time. */
    private static void gatherWeighted(int[] rows, double[] coef, int na, double[] w, int nOut, double[] bias,
            double[] out, int o) {
        int j = 0;
        for (; j + 4 <= nOut; j += 4) {
            double s0 = bias[j];
            double s1 = bias[j + 1];
            double s2 = bias[j + 2];
            double s3 = bias[j + 3];
            for (int q = 0; q < na; q++) {
                int b = rows[q] + j;
                double x = coef[q];
                s0 += x * w[b];
                s1 += x * w[b + 1];
                s2 += x * w[b + 2];
                s3 += x * w[b + 3];
            }
            out[o + j] = s0;
            out[o + j + 1] = s1;
            out[o + j + 2] = s2;
            out[o + j + 3] = s3;
        }
        for (; j < nOut; j++) {
            double s = bias[j];
            for (int q = 0; q < na; q++) {
                s += coef[q] * w[rows[q] + j];
            }
            out[o + j] = s;
        }
    }

    /** Samples {@code s[k] = 1} with probability {@code sigmoid(scale * a[k])}, k in [from, to); returns energy-free draws. */
    static void sampleSigmoid(double[] a, double scale, double[] s, int from, int to, RandomGenerator rng) {
        for (int k = from; k < to; k++) {
            s[k] = rng.nextDouble() < LogSpace.sigmoid(scale * a[k]) ? 1 : 0;
        }
    }

    /** {@code sum_k softplus(scale * a[k])} for k in [from, to), without overflow. */
    static double sumSoftplus(double[] a, double scale, int from, int to) {
        double linear = 0;
        double product = 1;
        double logs = 0;
        for (int k = from; k < to; k++) {
            double y = scale * a[k];
            linear += Math.max(y, 0);
            product *= 1 + Math.exp(-Math.abs(y));
            if (product > 1e250) {
                logs += Math.log(product);
                product = 1;
            }
        }
        return linear + logs + Math.log(product);
    }

    /** {@code sum_k x[xOff + k] * y[yOff + k]} for k in [0, n). */
    static double dot(double[] x, int xOff, double[] y, int yOff, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += x[xOff + k] * y[yOff + k];
        }
        return s;
    }

    /** {@code sum_k x[xOff + k] * y[k]} for k in [0, n). */
    static double dot(double[] x, int xOff, double[] y, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += x[xOff + k] * y[k];
        }
        return s;
    }
}
