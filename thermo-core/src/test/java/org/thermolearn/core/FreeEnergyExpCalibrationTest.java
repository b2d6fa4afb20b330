package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;

/**
 * Calibration of the EXP reliability flag: Gaussian work (mean mu, variance 2 mu, dF = 0) over a grid of mu and n,
 * many seeds each; among estimates marked reliable, the fraction within 2 standard errors of the truth.
 * Measured (200 seeds per cell, mu 0.05..4 kT, n 20..10,000): all estimates 85.9% within 2 SE; 8861 of 15400
 * marked reliable, 92.3% of them within 2 SE; n >= 1000: 94.5%, worst cell (at least 25% reliable) 86.3%.
 * Without the {@link Warning.UndersampledTail} check: 91.1%, 93.1%, 81.1% (this test then fails).
 */
class FreeEnergyExpCalibrationTest extends QuietTest {
    static final double[] MUS = {0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4};
    static final int[] NS = {20, 50, 100, 300, 1000, 3000, 10_000};
    static final int SEEDS = 200;

    @Test
    void reliableEstimatesCoverTheTruthAboutAsOftenAsTwoSigmaPromises() {
        long reliable = 0;
        long covered = 0;
        long reliableLarge = 0;
        long coveredLarge = 0;
        long all = 0;
        long coveredAll = 0;
        double worstLargeCell = 1;
        for (double mu : MUS) {
            for (int n : NS) {
                long rel = 0;
                long cov = 0;
                for (int s = 0; s < SEEDS; s++) {
                    FreeEnergyEstimate e = FreeEnergy.exp(
                            FreeEnergyReliabilityTest.gaussianWork(mu, n, 1000L * s + n + (long) (mu * 1e6)));
                    boolean in = Math.abs(e.deltaF()) <= 2 * e.standardError();
                    all++;
                    coveredAll += in ? 1 : 0;
                    if (e.isReliable()) {
                        rel++;
                        cov += in ? 1 : 0;
                    }
                }
                reliable += rel;
                covered += cov;
                if (n >= 1000) {
                    reliableLarge += rel;
                    coveredLarge += cov;
                    if (rel >= SEEDS / 4) {
                        worstLargeCell = Math.min(worstLargeCell, (double) cov / rel);
                    }
                }
            }
        }
        double fraction = (double) covered / reliable;
        double fractionLarge = (double) coveredLarge / reliableLarge;
        String report = String.format("all estimates %.3f within 2 SE; reliable %d of %d, %.3f within 2 SE; "
                + "n >= 1000: %.3f (worst cell with >= 25%% reliable %.3f)", (double) coveredAll / all, reliable, all,
                fraction, fractionLarge, worstLargeCell);
        assertTrue(fraction >= 0.92 && fraction < 0.97, report);
        assertTrue(fractionLarge > 0.93, report);
        assertTrue(worstLargeCell > 0.85, report);
    }
}
