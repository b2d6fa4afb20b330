package org.thermolearn.core.estimate;

import java.util.Arrays;
import org.thermolearn.core.internal.Checks;

/**
 * Checks of MBAR input and small dense helpers.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * MbarInput.check(new double[][] {{0, 1}, {1, 0}}, new int[] {1, 1});   // 2 samples
 * }</pre>
 *
 * @since 1.0
 */
public final class MbarInput {
    private MbarInput() {
    }

    /**
     * Checks shapes and values: K >= 1 rows of equal length N >= 1, {@code nK} of length K with non-negative
     * entries summing to N and at least one positive, no NaN or {@code -Infinity} energy (each named by index).
     *
     * @param uKn reduced energies (Not modified)
     * @param nK samples per state (Not modified)
     * @return N
     */
    public static int check(double[][] uKn, int[] nK) {
        Checks.notNull(uKn, "uKn");
        Checks.notNull(nK, "nK");
        if (uKn.length == 0) {
            throw new IllegalArgumentException("uKn must have at least one state (row)");
        }
        if (nK.length != uKn.length) {
            throw new IllegalArgumentException("nK must have one entry per state: uKn has " + uKn.length
                    + " rows, nK has " + nK.length + " entries");
        }
        long total = 0;
        for (int k = 0; k < nK.length; k++) {
            Checks.nonNegative(nK[k], "nK[" + k + "]");
            total += nK[k];
        }
        int n = uKn[0] == null ? 0 : uKn[0].length;
        if (total != n || n == 0) {
            throw new IllegalArgumentException("nK must sum to the number of samples N = " + n + " (> 0), got " + total);
        }
        for (int k = 0; k < uKn.length; k++) {
            if (uKn[k] == null || uKn[k].length != n) {
                throw new IllegalArgumentException("uKn[" + k + "] must have N = " + n + " entries, got "
                        + (uKn[k] == null ? "null" : uKn[k].length));
            }
            for (int i = 0; i < n; i++) {
                double v = uKn[k][i];
                if (Double.isNaN(v) || v == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("uKn[" + k + "][" + i + "] must not be " + v);
                }
            }
        }
        return n;
    }

    /** Indices of the states with samples. */
    public static int[] sampled(int[] nK) {
        return Arrays.stream(java.util.stream.IntStream.range(0, nK.length).toArray()).filter(k -> nK[k] > 0)
                .toArray();
    }

    /**
     * Gram matrix {@code G_ab = sum_i x_a[i] x_b[i]} of m equally long rows, blocked over i so that every block of
     * all rows stays in cache (one pass over the data instead of m^2/2).
     *
     * @param rows m rows (Not modified)
     * @param out m x m row-major result (Modified: overwritten)
     */
    public static void gram(double[][] rows, double[] out) {
        int m = rows.length;
        java.util.Arrays.fill(out, 0);
        int n = m == 0 ? 0 : rows[0].length;
        int block = 1024;
        for (int lo = 0; lo < n; lo += block) {
            int hi = Math.min(n, lo + block);
            for (int a = 0; a < m; a++) {
                double[] ra = rows[a];
                for (int b = a; b < m; b++) {
                    double[] rb = rows[b];
                    double s0 = 0;
                    double s1 = 0;
                    int i = lo;
                    for (; i + 1 < hi; i += 2) {
                        s0 += ra[i] * rb[i];
                        s1 += ra[i + 1] * rb[i + 1];
                    }
                    if (i < hi) {
                        s0 += ra[i] * rb[i];
                    }
                    out[a * m + b] += s0 + s1;
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < a; b++) {
                out[a * m + b] = out[b * m + a];
            }
        }
    }
}
