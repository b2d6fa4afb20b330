package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.ExponentialAverage;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class UnderdampedLangevinTest extends QuietTest {
    static final long SEED = 31_415_926L;

    /** dE = W_protocol + W_shadow - Q per trajectory, to round-off, in 1-D and 2-D, also for a double well. */
    @Test
    void firstLawClosesEveryStep() {
        HarmonicTrap trap = HarmonicTrap.stiffness(0.2);
        var sim = Langevin.underdamped(trap, Protocol.linear(1, 4, 2), LangevinParameters.of(0.1), 2.0,
                InitialCondition.equilibrium(trap, 1, 1));
        var well = Langevin.underdamped(Potential.sum(Potential.doubleWell(2, 1), Potential.tiltedPeriodic(0.3, 0.5)),
                Protocol.smooth(0, 1, 2), LangevinParameters.of(0.02), 1.0, InitialCondition.fixed(-1));
        MovingTrap mt = Potential.movingTrap(3, 1, 2);
        var twoD = Langevin.underdamped(mt, Protocol.linear(0, 1, 1), LangevinParameters.of(0.05), 1.0,
                InitialCondition.equilibrium(mt, 0, 1));
        for (UnderdampedLangevin s : new UnderdampedLangevin[] {sim, well, twoD}) {
            for (int i = 0; i < 200; i++) {
                var step = new double[1];
                BaoabLedger l = s.simulateLedger(RandomStreams.of(SEED).stream(i), (n, t, lam, x, w, q) -> step[0] = n);
                assertTrue(Math.abs(l.firstLawResidual()) < 1e-11, "residual " + l.firstLawResidual());
                assertEquals(s.steps(), step[0]);
            }
        }
    }

    /** BAOAB samples the configuration of a harmonic trap exactly at any stable dt: {@literal <x^2>} = kT/k. */
    @Test
    void harmonicConfigurationIsExact() {
        HarmonicTrap trap = HarmonicTrap.centre(1);
        var sim = Langevin.underdamped(trap, Protocol.constant(0, 20), LangevinParameters.of(1.0), 1.0,
                InitialCondition.equilibrium(trap, 0, 1));
        int n = 40_000;
        double sum = 0;
        RandomStreams streams = RandomStreams.of(SEED).child(1);
        for (int i = 0; i < n; i++) {
            double[] last = new double[1];
            sim.simulate(streams.stream(i), (step, t, l, x, w, q) -> last[0] = x[0] * x[0]);
            sum += last[0];
        }
        StatAssert.withinStandardErrors(1.0, sum / n, Math.sqrt(2.0 / n), 4);
    }

    /**
     * Total work (protocol + shadow) satisfies Jarzynski exactly at a coarse dt = 0.25: stiffness 1 -> 4 in t = 2
     * gives dF = (1/2) ln 4; the shadow work is far from zero.
     */
    @Test
    void jarzynskiWithShadowWorkAtCoarseStep() {
        HarmonicTrap trap = HarmonicTrap.stiffness(0);
        var sim = Langevin.underdamped(trap, Protocol.linear(1, 4, 2), LangevinParameters.of(0.25), 1.0,
                InitialCondition.equilibrium(trap, 1, 1));
        WorkDistribution d = Ensemble.of(sim, 40_000).run(RandomStreams.of(SEED).child(2));
        var avg = ExponentialAverage.of(d.work().toArray(), 1.0, "work");
        StatAssert.withinStandardErrors(-0.5 * Math.log(4), avg.logMean(), avg.relativeStandardError(), 4);
        assertTrue(d.maxFirstLawResidual() < 1e-10);
        double shadow = 0;
        for (int i = 0; i < 200; i++) {
            shadow += Math.abs(sim.simulateLedger(RandomStreams.of(SEED).stream(i)).shadowWork());
        }
        assertTrue(shadow / 200 > 0.01, "mean |shadow work| " + shadow / 200);
    }

    @Test
    void unstableStepIsNamedAndBadMassRejected() {
        var sim = Langevin.underdamped(HarmonicTrap.centre(100), Protocol.constant(0, 500), LangevinParameters.of(0.5),
                1.0, InitialCondition.fixed(1));
        var ex = assertThrows(NonFiniteStateException.class, () -> Ensemble.of(sim, 3).run(RandomStreams.of(SEED)));
        assertTrue(ex.getMessage().startsWith("trajectory 0, step "), ex.getMessage());
        var m = assertThrows(IllegalArgumentException.class, () -> Langevin.underdamped(HarmonicTrap.centre(1),
                Protocol.constant(0, 1), LangevinParameters.of(0.1), 0, InitialCondition.fixed(0)));
        assertTrue(m.getMessage().contains("mass"));
    }
}
