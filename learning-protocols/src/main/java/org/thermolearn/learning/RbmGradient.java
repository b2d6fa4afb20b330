package org.thermolearn.learning;

import java.util.stream.IntStream;
import org.thermolearn.core.internal.Checks;

/**
 * Gradient of the mean log-likelihood of a {@link BernoulliRbm}:
 * {@code dL/dW_ij = <v_i p(h_j|v)>_data - <v_i h_j>_model}, {@code dL/db_i = <v_i>_data - <v_i>_model},
 * {@code dL/dc_j = <p(h_j|v)>_data - <h_j>_model}. The same statistics serve the trainers (model term from
 * chains) and the exact gradient (model term by enumerating all visible states). Arrays are laid out as
 * {@code [W row-major (visible x hidden), b, c]}, nats per parameter unit. Stateless and thread-safe; row blocks are
 * reduced in a fixed order.
 *
 * <pre>{@code
 * double[] g = RbmGradient.exact(rbm, data);   // small models only (visible <= 24)
 * }</pre>
 *
 * @since 1.0
 */
public final class RbmGradient {
    /** Largest visible layer for {@link #exact}. */
    public static final int MAX_EXACT_VISIBLE = 24;

    private RbmGradient() {
    }

    /** Exact gradient of the mean log-likelihood of {@code data} (enumerates all 2^visible states). */
    public static double[] exact(BernoulliRbm rbm, double[][] data) {
        Checks.notNull(rbm, "rbm");
        int nv = rbm.visibleCount();
        if (nv > MAX_EXACT_VISIBLE) {
            throw new IllegalArgumentException("exact gradient enumerates the visible layer, at most "
                    + MAX_EXACT_VISIBLE + " units, got " + nv);
        }
        double[] flat = Batches.flatten(data, nv, "data");
        double[] g = new double[size(rbm)];
        accumulate(rbm, flat, data.length, 1.0 / data.length, null, g);
        int states = 1 << nv;
        double[] all = new double[states * nv];
        double[] weights = new double[states];
        double logZ = rbm.logPartitionExact();
        for (int s = 0; s < states; s++) {
            for (int i = 0; i < nv; i++) {
                all[s * nv + i] = (s >>> i) & 1;
            }
            weights[s] = -Math.exp(-rbm.freeEnergy(java.util.Arrays.copyOfRange(all, s * nv, (s + 1) * nv)) - logZ);
        }
        accumulate(rbm, all, states, 1.0, weights, g);
        return g;
    }

    /** Number of parameters: {@code visible * hidden + visible + hidden}. */
    public static int size(BernoulliRbm rbm) {
        return rbm.visibleCount() * rbm.hiddenCount() + rbm.visibleCount() + rbm.hiddenCount();
    }

    private static boolean isBinary(double[] v, int n) {
        for (int k = 0; k < n; k++) {
            if (v[k] != 0 && v[k] != 1) {
                return false;
            }
        }
        return true;
    }

    /** {@code g[i][.] += scale * sum_{r: v_ri = 1} p[r][.]}: per visible unit, a gather-sum over its active rows. */
    private static void outerBinary(double[] v, int rows, int nv, int nh, double[] p, double scale, double[] g) {
        IntStream.range(0, nv).parallel().forEach(i -> {
            int[] active = new int[rows];
            int na = 0;
            for (int r = 0; r < rows; r++) {
                if (v[r * nv + i] != 0) {
                    active[na++] = r * nh;
                }
            }
            double[] sum = new double[nh];
            RbmOps.gatherSum(active, na, p, nh, new double[nh], sum, 0);
            for (int j = 0; j < nh; j++) {
                g[i * nh + j] += scale * sum[j];
            }
            g[nv * nh + i] += scale * na;
        });
    }

    private static void outerWeighted(double[] v, int rows, int nv, int nh, double[] p, double scale,
            double[] rowWeights, double[] g) {
        IntStream.range(0, nv).parallel().forEach(i -> {
            int row = i * nh;
            double bi = 0;
            for (int r = 0; r < rows; r++) {
                double x = v[r * nv + i];
                if (x != 0) {
                    double a = scale * x * (rowWeights == null ? 1 : rowWeights[r]);
                    bi += a;
                    for (int j = 0; j < nh; j++) {
                        g[row + j] += a * p[r * nh + j];
                    }
                }
            }
            g[nv * nh + i] += bi;
        });
    }

    /**
     * Adds {@code scale * sum_r weight_r * [v_r p(h|v_r)^T, v_r, p(h|v_r)]} to {@code g}.
     *
     * @param v rows, row-major; not modified
     * @param rowWeights per-row weights, or null for 1; not modified
     * @param g gradient layout; modified
     */
    static void accumulate(BernoulliRbm rbm, double[] v, int rows, double scale, double[] rowWeights, double[] g) {
        int nv = rbm.visibleCount();
        int nh = rbm.hiddenCount();
        double[] p = new double[rows * nh];
        int block = 16;
        IntStream.range(0, (rows + block - 1) / block).parallel().forEach(k -> {
            int r0 = k * block;
            int r1 = Math.min(rows, r0 + block);
            RbmOps.affine(v, nv, rbm.w(), nh, rbm.c(), p, r0, r1);
            for (int q = r0 * nh; q < r1 * nh; q++) {
                p[q] = org.thermolearn.core.internal.LogSpace.sigmoid(p[q]);
            }
        });
        if (rowWeights == null && isBinary(v, rows * nv)) {
            outerBinary(v, rows, nv, nh, p, scale, g);
        } else {
            outerWeighted(v, rows, nv, nh, p, scale, rowWeights, g);
        }
        int cOff = nv * nh + nv;
        for (int r = 0; r < rows; r++) {
            double a = scale * (rowWeights == null ? 1 : rowWeights[r]);
            for (int j = 0; j < nh; j++) {
                g[cOff + j] += a * p[r * nh + j];
            }
        }
    }
}
