package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class InformationTest extends QuietTest {
    private static final long SEED = 20121204L;

    private static double h2(double p) {
        return -p * Math.log(p) - (1 - p) * Math.log(1 - p);
    }

    @Test
    void entropyClosedForms() {
        StatAssert.closeRelative(Math.log(5), Information.entropy(0.2, 0.2, 0.2, 0.2, 0.2), 1e-15);
        StatAssert.closeRelative(h2(0.3), Information.entropy(0.3, 0.7), 1e-15);
        assertEquals(0.0, Information.entropy(1.0, 0.0), 0.0);
        StatAssert.closeRelative(3.0, Information.entropy(InformationUnit.BITS, 0.125, 0.125, 0.125, 0.125, 0.125,
                0.125, 0.125, 0.125), 1e-15);
        assertEquals(1.0, InformationUnit.BITS.fromNats(Math.log(2)), 1e-16);
        assertEquals(Math.log(2), InformationUnit.BITS.toNats(1), 1e-16);
    }

    @Test
    void mutualInformationOfBinarySymmetricChannel() {
        double e = 0.15;
        double[][] joint = {{0.5 * (1 - e), 0.5 * e}, {0.5 * e, 0.5 * (1 - e)}};
        double exact = Math.log(2) - h2(e);
        StatAssert.closeRelative(exact, Information.mutualInformation(joint), 1e-14);
        StatAssert.closeRelative(exact / Math.log(2), Information.mutualInformation(joint, InformationUnit.BITS), 1e-14);
        StatAssert.closeRelative(h2(e), Information.conditionalEntropy(joint), 1e-14);
        StatAssert.closeRelative(Math.log(2) + h2(e), Information.jointEntropy(joint), 1e-14);
    }

    @Test
    void mutualInformationOfIndependentAndIdenticalVariables() {
        double[] pa = {0.1, 0.6, 0.3};
        double[] pb = {0.25, 0.75};
        double[][] independent = new double[3][2];
        double[][] identical = new double[3][3];
        for (int a = 0; a < 3; a++) {
            identical[a][a] = pa[a];
            for (int b = 0; b < 2; b++) {
                independent[a][b] = pa[a] * pb[b];
            }
        }
        assertEquals(0.0, Information.mutualInformation(independent), 1e-15);
        StatAssert.closeRelative(Information.entropy(pb), Information.conditionalEntropy(independent), 1e-15);
        StatAssert.closeRelative(Information.entropy(pa), Information.mutualInformation(identical), 1e-15);
        assertEquals(0.0, Information.conditionalEntropy(identical), 1e-16);
    }

    @Test
    void klDivergenceClosedForms() {
        double p = 0.2;
        double q = 0.6;
        double exact = p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
        StatAssert.closeRelative(exact, Information.klDivergence(new double[] {p, 1 - p}, new double[] {q, 1 - q}), 1e-15);
        assertEquals(0.0, Information.klDivergence(new double[] {0.3, 0.7}, new double[] {0.3, 0.7}), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, Information.klDivergence(new double[] {0.5, 0.5}, new double[] {1, 0}));
        StatAssert.closeRelative(exact / Math.log(2),
                Information.klDivergence(new double[] {p, 1 - p}, new double[] {q, 1 - q}, InformationUnit.BITS), 1e-15);
    }

    @Test
    void countsInExactProportionGiveTheExactValuesAndMillerMadowAddsItsCorrection() {
        Estimate plug = Information.mutualInformation(new long[][] {{425, 75}, {75, 425}}, InformationEstimator.PLUG_IN);
        StatAssert.closeRelative(Math.log(2) - h2(0.15), plug.value(), 1e-14);
        Estimate mm = Information.mutualInformation(new long[][] {{425, 75}, {75, 425}}, InformationEstimator.MILLER_MADOW);
        StatAssert.closeRelative(plug.value() - 1.0 / 2000, mm.value(), 1e-14);
        Estimate h = Information.entropy(new long[] {30, 70, 0}, InformationEstimator.MILLER_MADOW);
        StatAssert.closeRelative(h2(0.3) + 1.0 / 200, h.value(), 1e-14);
        double var = (0.3 * Math.pow(Math.log(0.3), 2) + 0.7 * Math.pow(Math.log(0.7), 2) - h2(0.3) * h2(0.3)) / 100;
        StatAssert.closeRelative(Math.sqrt(var), h.standardError(), 1e-12);
        assertEquals(100, h.n());
    }

    @Test
    void sampledMutualInformationIsWithinFourStandardErrorsOfExact() {
        double[][] joint = {{0.30, 0.05, 0.05}, {0.05, 0.20, 0.05}, {0.02, 0.08, 0.20}};
        double exact = Information.mutualInformation(joint);
        int n = 20_000;
        int[][] ab = draw(joint, n, RandomStreams.of(SEED).stream(0));
        Estimate mm = Information.mutualInformation(ab[0], ab[1], InformationEstimator.MILLER_MADOW);
        StatAssert.withinStandardErrors(exact, mm.value(), mm.standardError(), 4);
        StatAssert.precisionAtLeast(mm.standardError(), 0.02 * exact);
    }

    @Test
    void millerMadowRemovesThePlugInBiasOfIndependentVariables() {
        double[][] joint = new double[4][4];
        for (double[] row : joint) {
            java.util.Arrays.fill(row, 1.0 / 16);
        }
        int n = 400;
        int reps = 2000;
        double[] plug = new double[reps];
        double[] mm = new double[reps];
        RandomStreams streams = RandomStreams.of(SEED);
        for (int r = 0; r < reps; r++) {
            int[][] ab = draw(joint, n, streams.stream(r));
            plug[r] = Information.mutualInformation(ab[0], ab[1], InformationEstimator.PLUG_IN).value();
            mm[r] = Information.mutualInformation(ab[0], ab[1], InformationEstimator.MILLER_MADOW).value();
        }
        double firstOrderBias = 9.0 / (2 * n);      // (m_ab - m_a - m_b + 1)/(2N)
        Samples p = Samples.of(plug);
        Samples m = Samples.of(mm);
        double seP = Math.sqrt(p.variance() / reps);
        StatAssert.precisionAtLeast(seP, 0.02 * firstOrderBias);
        // plug-in is biased by about the first-order term; Miller-Madow leaves at most a tenth of it
        assertTrue(Math.abs(p.mean() / firstOrderBias - 1) < 0.1, "plug-in bias " + p.mean() + " vs " + firstOrderBias);
        assertTrue(Math.abs(m.mean()) < 0.1 * firstOrderBias, "Miller-Madow bias " + m.mean());
    }

    @Test
    void badInputNamesTheArgument() {
        var e = assertThrows(IllegalArgumentException.class, () -> Information.entropy(0.5, 0.6));
        assertTrue(e.getMessage().contains("p must sum to 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Information.entropy(-0.1, 1.1));
        assertTrue(e.getMessage().contains("p[0]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Information.mutualInformation(new double[][] {{0.5, 0.5}, {0.0}}));
        assertTrue(e.getMessage().contains("rectangular"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Information.mutualInformation(new long[][] {{0, 0}}, InformationEstimator.PLUG_IN));
        assertTrue(e.getMessage().contains("counts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Information.mutualInformation(new int[] {0, -1}, new int[] {0, 1}, InformationEstimator.PLUG_IN));
        assertTrue(e.getMessage().contains("a[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Information.klDivergence(new double[] {1}, new double[] {0.5, 0.5}));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
    }

    private static int[][] draw(double[][] joint, int n, RandomGenerator rng) {
        int cols = joint[0].length;
        int[][] ab = new int[2][n];
        for (int k = 0; k < n; k++) {
            double u = rng.nextDouble();
            int cell = 0;
            double c = joint[0][0];
            while (u >= c && cell < joint.length * cols - 1) {
                cell++;
                c += joint[cell / cols][cell % cols];
            }
            ab[0][k] = cell / cols;
            ab[1][k] = cell % cols;
        }
        return ab;
    }
}
