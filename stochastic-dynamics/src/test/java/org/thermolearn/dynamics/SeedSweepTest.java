package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.ExponentialAverage;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.testing.QuietTest;

/**
 * Seed sweep (STYLE 10.7): the dragged-trap mean work and the integral fluctuation theorem over 50 seeds; at 4 SE
 * the expected number of failures is 0.003, and more than 1 fails the sweep. Run with {@code -Plong}.
 */
@Tag("long")
class SeedSweepTest extends QuietTest {
    @Test
    void dragAndEntropyOverFiftySeeds() {
        int failures = 0;
        var drag = Langevin.overdamped(HarmonicTrap.centre(1), Protocol.linear(0, 2, 2), LangevinParameters.of(0.01));
        var ramp = Langevin.overdamped(HarmonicTrap.stiffness(0), Protocol.linear(1, 6, 0.5),
                LangevinParameters.of(0.01));
        double exact = DiscreteOracles.dragClosedForm(1, 0.01, 200);
        for (long seed = 1; seed <= 50; seed++) {
            int n = 10_000;
            WorkDistribution d = Ensemble.of(drag, n).run(RandomStreams.of(seed * 7919));
            failures += Math.abs(d.work().mean() - exact) > 4 * Math.sqrt(2 * exact / n) ? 1 : 0;
            var s = Ensemble.of(ramp, n).run(RandomStreams.of(seed * 7919 + 1)).entropyProduction().toArray();
            var avg = ExponentialAverage.of(s, 1.0, "entropy");
            failures += Math.abs(avg.logMean()) > 4 * avg.relativeStandardError() ? 1 : 0;
        }
        assertTrue(failures <= 1, failures + " failures in 100 assertions at 4 SE");
    }
}
