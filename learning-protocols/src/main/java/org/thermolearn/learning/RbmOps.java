package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.LogSpace;

/**
 * Dense kernels of the Bernoulli RBM on row-major batches. Products skip zero inputs and add a weight row
 * without a multiply for inputs equal to one, so binary data (most pixels zero) costs only its active entries;
 * rows are visited in the outer loop so that each weight row stays in cache while it serves a block of chains
 * (measured against EJML in docs/design-notes.md). Stateless and thread-safe.
 */
final class RbmOps {
    private RbmOps() {
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
        for (int r = r0; r < r1; r++) {
            System.arraycopy(bias, 0, out, r * nOut, nOut);
        }
        for (int i = 0; i < nIn; i++) {
            int row = i * nOut;
            for (int r = r0; r < r1; r++) {
                double x = in[r * nIn + i];
                if (x == 0) {
                    continue;
                }
                int o = r * nOut;
                if (x == 1) {
                    for (int j = 0; j < nOut; j++) {
                        out[o + j] += w[row + j];
                    }
                } else {
                    for (int j = 0; j < nOut; j++) {
                        out[o + j] += x * w[row + j];
                    }
                }
            }
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

    /** {@code sum_k x[xOff + k] * y[k]} for k in [0, n). */
    static double dot(double[] x, int xOff, double[] y, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += x[xOff + k] * y[k];
        }
        return s;
    }
}
