package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.TrajectoryRecord;
import org.thermolearn.testing.QuietTest;

class FastPathAndPathsTest extends QuietTest {
    static final long SEED = 99_2026L;

    /** Simulators on the 1-D harmonic fast path: both schemes, with and without entropy, with jumps at the ends. */
    private static OverdampedLangevin[] fastPathSimulators() {
        HarmonicTrap stiff = HarmonicTrap.stiffness(0.25);
        HarmonicTrap centre = HarmonicTrap.centre(2);
        return new OverdampedLangevin[] {
            Langevin.overdamped(stiff, Protocol.linear(1, 4, 1), LangevinParameters.of(0.01)),
            Langevin.overdamped(centre, Protocol.optimalTrapMove(0, 3, 1, 2, 1), LangevinParameters.of(0.01)),
            Langevin.overdamped(centre, Protocol.smooth(0, 3, 1), LangevinParameters.of(0.01),
                    OverdampedScheme.eulerMaruyama(), InitialCondition.equilibrium(centre, 0, 1)),
            Langevin.overdamped(stiff, Protocol.linear(1, 4, 1), LangevinParameters.of(0.01),
                    OverdampedScheme.eulerMaruyama(), InitialCondition.fixed(0.3))};
    }

    /** The specialised 1-D harmonic loop gives bit-identical records to the general loop (forced by an observer). */
    @Test
    void harmonicFastPathIsBitIdenticalToGeneralLoop() {
        OverdampedLangevin[] sims = fastPathSimulators();
        for (OverdampedLangevin sim : sims) {
            for (int i = 0; i < 50; i++) {
                TrajectoryRecord fast = sim.simulate(RandomStreams.of(SEED).stream(i));
                TrajectoryRecord general = sim.simulate(RandomStreams.of(SEED).stream(i), (n, t, l, x, w, q) -> { });
                assertEquals(general, fast, sim.parameters().toString());
            }
        }
        assertTrue(sims[0].tracksEntropy());
        assertTrue(sims[0].simulate(RandomStreams.of(SEED).stream(0)).hasEntropyProduction());
    }

    /**
     * Ensembles advance harmonic trajectories several side by side; every record equals the one-by-one record
     * bitwise, for both fast-path schemes, with and without entropy, on counts that leave a remainder.
     */
    @Test
    void ensembleLanesAreBitIdenticalToOneByOne() {
        for (OverdampedLangevin sim : fastPathSimulators()) {
            TrajectoryRecord[] ensemble = Ensemble.of(sim, 77).withThreads(2).runRecords(RandomStreams.of(SEED));
            for (int i = 0; i < ensemble.length; i++) {
                assertEquals(sim.simulate(RandomStreams.of(SEED).stream(i)), ensemble[i], "trajectory " + i);
            }
        }
    }

    /** A lane that goes non-finite is rerun alone, so the error names its trajectory and step, as one by one. */
    @Test
    void ensembleLaneFailureNamesTrajectoryAndStep() {
        var sim = Langevin.overdamped(HarmonicTrap.centre(1), Protocol.linear(0, 1, 3000), LangevinParameters.of(3.0),
                OverdampedScheme.eulerMaruyama(), InitialCondition.fixed(1));
        NonFiniteStateException e = org.junit.jupiter.api.Assertions.assertThrows(NonFiniteStateException.class,
                () -> Ensemble.of(sim, 16).withThreads(1).runRecords(RandomStreams.of(SEED)));
        NonFiniteStateException alone = org.junit.jupiter.api.Assertions.assertThrows(NonFiniteStateException.class,
                () -> sim.simulate(RandomStreams.of(SEED).stream(0)));
        assertEquals(0, e.trajectory());
        assertEquals(alone.step(), e.step());
        assertTrue(e.getMessage().startsWith("trajectory 0, step " + alone.step()), e.getMessage());
    }

    /** The 1-D harmonic BAOAB loop gives bit-identical ledgers to the general BAOAB loop. */
    @Test
    void harmonicBaoabIsBitIdenticalToGeneralLoop() {
        HarmonicTrap stiff = HarmonicTrap.stiffness(0.25);
        HarmonicTrap centre = HarmonicTrap.centre(2);
        UnderdampedLangevin[] sims = {
            Langevin.underdamped(stiff, Protocol.linear(1, 4, 1), LangevinParameters.of(0.05), 1.5,
                    InitialCondition.equilibrium(stiff, 1, 1)),
            Langevin.underdamped(centre, Protocol.optimalTrapMove(0, 3, 1, 2, 1), LangevinParameters.of(0.01), 0.5,
                    InitialCondition.fixed(0.2))};
        for (UnderdampedLangevin sim : sims) {
            for (int i = 0; i < 50; i++) {
                BaoabLedger fast = sim.simulateLedger(RandomStreams.of(SEED).stream(i));
                BaoabLedger general = sim.simulateLedger(RandomStreams.of(SEED).stream(i), (n, t, l, x, w, q) -> { });
                assertEquals(general, fast);
            }
        }
    }

    /** Stored paths are the ensemble's own trajectories: the last stored work is the record's work, bitwise. */
    @Test
    void storedPathsMatchTheEnsemble() {
        var sim = Langevin.overdamped(Potential.doubleWell(2, 1), Protocol.linear(0, 1, 1), LangevinParameters.of(0.01),
                OverdampedScheme.leimkuhlerMatthews(), InitialCondition.fixed(-1));
        Ensemble e = Ensemble.of(sim, 100).withThreads(2);
        TrajectoryRecord[] records = e.runRecords(RandomStreams.of(SEED));
        List<StoredPath> paths = e.paths(RandomStreams.of(SEED), 3, 10);
        assertEquals(3, paths.size());
        for (StoredPath p : paths) {
            assertEquals(11, p.size());
            assertEquals(records[(int) p.trajectory()].work(), p.work().get(10), 0);
            assertEquals(records[(int) p.trajectory()].heat(), p.heat().get(10), 0);
            assertEquals(1.0, p.lambda().get(10), 0);
            assertEquals(-1.0, p.coordinates().get(0).get(0), 0);
            assertNotNull(p.toString());
        }
    }

    /** A constant protocol does exactly zero work for every scheme and potential (bitwise). */
    @Test
    void constantProtocolZeroWorkEverywhere() {
        Potential[] ps = {HarmonicTrap.centre(1), Potential.doubleWell(3, 1), Potential.movingTrap(1, 1, 1)};
        for (Potential p : ps) {
            for (OverdampedScheme s : new OverdampedScheme[] {OverdampedScheme.eulerMaruyama(),
                    OverdampedScheme.leimkuhlerMatthews()}) {
                var sim = Langevin.overdamped(p, Protocol.constant(0.5, 1), LangevinParameters.of(0.01), s,
                        InitialCondition.fixed(new double[p.dimension()]));
                for (TrajectoryRecord r : Ensemble.of(sim, 64).runRecords(RandomStreams.of(SEED))) {
                    assertEquals(0L, Double.doubleToRawLongBits(r.work()));
                }
            }
            var ud = Langevin.underdamped(p, Protocol.constant(0.5, 1), LangevinParameters.of(0.01), 1,
                    InitialCondition.fixed(new double[p.dimension()]));
            assertEquals(0L, Double.doubleToRawLongBits(ud.simulateLedger(RandomStreams.of(SEED).stream(0))
                    .protocolWork()));
        }
    }
}
