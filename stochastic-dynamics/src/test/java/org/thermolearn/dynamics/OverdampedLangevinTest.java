package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.Json;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class OverdampedLangevinTest extends QuietTest {
    static final long SEED = 20261203L;

    @Test
    void firstLawClosesPerTrajectoryToRoundOff() {
        for (OverdampedScheme scheme : new OverdampedScheme[] {OverdampedScheme.exactHarmonic(),
                OverdampedScheme.eulerMaruyama()}) {
            HarmonicTrap trap = HarmonicTrap.stiffness(0.3);
            var sim = Langevin.overdamped(trap, Protocol.linear(1, 4, 2), LangevinParameters.of(0.01), scheme,
                    InitialCondition.equilibrium(trap, 1, 1));
            WorkDistribution d = Ensemble.of(sim, 500).run(RandomStreams.of(SEED));
            assertTrue(d.maxFirstLawResidual() < 1e-12, scheme + ": residual " + d.maxFirstLawResidual());
        }
    }

    @Test
    void constantProtocolDoesExactlyZeroWork() {
        var sim = Langevin.overdamped(HarmonicTrap.stiffness(0), Protocol.constant(2.0, 3.0), LangevinParameters.of(0.01));
        for (double w : Ensemble.of(sim, 200).run(RandomStreams.of(SEED)).work().toArray()) {
            assertEquals(0L, Double.doubleToRawLongBits(w));
        }
    }

    @Test
    void sameSeedGivesBitIdenticalJsonOnOneOrManyThreads() {
        var sim = Langevin.overdamped(HarmonicTrap.stiffness(0), Protocol.linear(1, 4, 1), LangevinParameters.of(0.01));
        String one = Json.toJson(Ensemble.of(sim, 1000).withThreads(1).run(RandomStreams.of(SEED)));
        String four = Json.toJson(Ensemble.of(sim, 1000).withThreads(4).run(RandomStreams.of(SEED)));
        assertEquals(one, four);
    }

    /** Oracle: dF = (kT/2) ln(k1/k0); the exact propagator makes Jarzynski exact at any dt. */
    @Test
    void jarzynskiRecoversStiffnessChange() {
        double kT = 1.0;
        var sim = Langevin.overdamped(HarmonicTrap.stiffness(0), Protocol.linear(1, 4, 1), LangevinParameters.of(0.01));
        WorkDistribution d = Ensemble.of(sim, 20_000).run(RandomStreams.of(SEED));
        FreeEnergyEstimate est = FreeEnergy.exp(d.work().toArray());
        double exact = 0.5 * kT * Math.log(4);
        StatAssert.withinStandardErrors(exact, est.deltaF(), est.standardError(), 4);
        StatAssert.precisionAtLeast(est.standardError(), 0.01);
        assertTrue(est.isReliable(), est::toString);
        // negative control: the mean work is not dF (second law), by many standard errors
        double meanW = d.work().mean();
        assertTrue(meanW - exact > 10 * Math.sqrt(d.work().variance() / d.size()), "mean work " + meanW);
    }

    /** Oracle: an instant quench k0 -> k1 gives {@literal <W>} = (kT/2)(k1/k0 - 1), Var W = (kT^2/2)(k1/k0 - 1)^2. */
    @Test
    void instantQuenchMeanWork() {
        double k0 = 1;
        double k1 = 3;
        Protocol quench = new Protocol() {
            @Override
            public double lambda(double t) {
                return t == 0 ? k0 : k1;
            }

            @Override
            public double duration() {
                return 0.1;
            }
        };
        var sim = Langevin.overdamped(HarmonicTrap.stiffness(0), quench, LangevinParameters.of(0.01));
        WorkDistribution d = Ensemble.of(sim, 20_000).run(RandomStreams.of(SEED));
        double exact = 0.5 * (k1 / k0 - 1);
        double se = Math.sqrt(0.5 * Math.pow(k1 / k0 - 1, 2) / d.size());
        StatAssert.withinStandardErrors(exact, d.work().mean(), se, 4);
    }

    @Test
    void unstableTimeStepNamesTrajectoryAndStep() {
        HarmonicTrap stiff = HarmonicTrap.centre(100);
        var sim = Langevin.overdamped(stiff, Protocol.constant(0, 100), LangevinParameters.of(0.05),
                OverdampedScheme.eulerMaruyama(), InitialCondition.fixed(1.0));
        var ex = assertThrows(NonFiniteStateException.class, () -> Ensemble.of(sim, 10).run(RandomStreams.of(SEED)));
        assertEquals(0, ex.trajectory());
        assertTrue(ex.getMessage().startsWith("trajectory 0, step "), ex.getMessage());
    }

    @Test
    void badParametersAreNamed() {
        var dt = assertThrows(IllegalArgumentException.class, () -> LangevinParameters.of(-1));
        assertTrue(dt.getMessage().contains("dt"));
        var kT = assertThrows(IllegalArgumentException.class, () -> LangevinParameters.of(0.1).withKT(0));
        assertTrue(kT.getMessage().contains("kT"));
        var steps = assertThrows(IllegalArgumentException.class, () -> LangevinParameters.of(0.3).stepsFor(1.0));
        assertTrue(steps.getMessage().contains("whole multiple"));
        var n = assertThrows(IllegalArgumentException.class, () -> Ensemble.of(
                Langevin.overdamped(HarmonicTrap.stiffness(0), Protocol.constant(1, 1), LangevinParameters.of(0.1)), 0));
        assertTrue(n.getMessage().contains("trajectories"));
        var k = assertThrows(IllegalArgumentException.class,
                () -> Langevin.overdamped(HarmonicTrap.stiffness(0), Protocol.linear(-1, 1, 1), LangevinParameters.of(0.1)));
        assertTrue(k.getMessage().contains("stiffness"), k.getMessage());
    }
}
