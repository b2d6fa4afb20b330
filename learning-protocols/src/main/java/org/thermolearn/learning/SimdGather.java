package org.thermolearn.learning;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.thermolearn.core.internal.SimdSpecies;

/**
 * The gather-sum of {@link RbmOps#gatherSum} on SIMD lanes (the incubating {@code jdk.incubator.vector} API):
 * each lane adds the same terms in the same order as the scalar loop (bias, then the selected rows in the order
 * given), so the results are bit-identical to the scalar path; only the speed differs (about 2x,
 * docs/design-notes.md). Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}; see
 * {@link RbmOps#SIMD}. Stateless and thread-safe.
 */
final class SimdGather {
    private static final VectorSpecies<Double> S = SimdSpecies.DOUBLE;
    private static final int L = S.length();

    private SimdGather() {
    }

    /** Lanes per vector of the preferred species (1 means no useful SIMD). */
    static int lanes() {
        return L;
    }

    /** {@code out[o + j] = bias[j] + sum_q w[rows[q] + j]} for {@code j0 <= j < j1}, four vectors at a time. */
    static void gatherSum(int[] rows, int na, double[] w, int j0, int j1, double[] bias, double[] out, int o) {
        int nOut = j1;
        int j = j0;
        for (; j + 4 * L <= nOut; j += 4 * L) {
            DoubleVector a0 = DoubleVector.fromArray(S, bias, j);
            DoubleVector a1 = DoubleVector.fromArray(S, bias, j + L);
            DoubleVector a2 = DoubleVector.fromArray(S, bias, j + 2 * L);
            DoubleVector a3 = DoubleVector.fromArray(S, bias, j + 3 * L);
            for (int q = 0; q < na; q++) {
                int b = rows[q] + j;
                a0 = a0.add(DoubleVector.fromArray(S, w, b));
                a1 = a1.add(DoubleVector.fromArray(S, w, b + L));
                a2 = a2.add(DoubleVector.fromArray(S, w, b + 2 * L));
                a3 = a3.add(DoubleVector.fromArray(S, w, b + 3 * L));
            }
            a0.intoArray(out, o + j);
            a1.intoArray(out, o + j + L);
            a2.intoArray(out, o + j + 2 * L);
            a3.intoArray(out, o + j + 3 * L);
        }
        for (; j + L <= nOut; j += L) {
            DoubleVector a = DoubleVector.fromArray(S, bias, j);
            for (int q = 0; q < na; q++) {
                a = a.add(DoubleVector.fromArray(S, w, rows[q] + j));
            }
            a.intoArray(out, o + j);
        }
        RbmOps.gatherSumScalar(rows, na, w, j, nOut, bias, out, o);
    }
}
