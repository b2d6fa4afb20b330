package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;

/** The SIMD and scalar gather-sums, and the strip-tiled product, give the same bits as the plain scalar loop. */
class RbmOpsTest extends QuietTest {
    static final long SEED = 4_12_2026L;

    @Test
    void testsRunTheSimdPath() {
        assertTrue(RbmOps.SIMD, "the test JVM runs with --add-modules jdk.incubator.vector (surefire argLine)");
    }

    @Test
    void simdGatherIsBitIdenticalToScalar() {
        RandomGenerator g = RandomStreams.of(SEED).stream(0);
        for (int nOut : new int[] {1, 7, 8, 31, 33, 64, 500, 784}) {
            int nIn = 300;
            double[] w = gaussian(g, nIn * nOut, 3.0);
            double[] bias = gaussian(g, nOut, 1.0);
            int[] rows = new int[nIn];
            int na = 0;
            for (int i = 0; i < nIn; i++) {
                if (g.nextDouble() < 0.3) {
                    rows[na++] = i * nOut;
                }
            }
            double[] simd = new double[nOut + 5];
            double[] scalar = new double[nOut + 5];
            SimdGather.gatherSum(rows, na, w, 0, nOut, bias, simd, 5);
            RbmOps.gatherSumScalar(rows, na, w, 0, nOut, bias, scalar, 5);
            assertArrayEquals(scalar, simd, 0, "nOut = " + nOut);
        }
    }

    @Test
    void tiledAffineMatchesRowByRowScalarSums() {
        RandomGenerator g = RandomStreams.of(SEED).stream(1);
        int rows = 13;
        int nIn = 784;
        int nOut = 500;
        double[] in = new double[rows * nIn];
        for (int k = 0; k < in.length; k++) {
            in[k] = g.nextDouble() < 0.2 ? 1 : 0;
        }
        in[5 * nIn + 3] = 0.5;   // one non-binary row takes the weighted path
        double[] w = gaussian(g, nIn * nOut, 0.1);
        double[] bias = gaussian(g, nOut, 1.0);
        double[] out = new double[rows * nOut];
        RbmOps.affine(in, nIn, w, nOut, bias, out, 0, rows);
        double[] expected = new double[rows * nOut];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < nOut; j++) {
                double s = bias[j];
                for (int i = 0; i < nIn; i++) {
                    double x = in[r * nIn + i];
                    if (x == 1) {
                        s += w[i * nOut + j];
                    } else if (x != 0) {
                        s += x * w[i * nOut + j];
                    }
                }
                expected[r * nOut + j] = s;
            }
        }
        assertArrayEquals(expected, out, 0);
    }

    private static double[] gaussian(RandomGenerator g, int n, double scale) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = scale * g.nextGaussian();
        }
        return a;
    }
}
