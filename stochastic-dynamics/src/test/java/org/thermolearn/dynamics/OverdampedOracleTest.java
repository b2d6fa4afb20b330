package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.ExponentialAverage;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

/** Closed forms of the issue for overdamped dynamics (k = gamma = kT = 1 unless stated). */
class OverdampedOracleTest extends QuietTest {
    static final long SEED = 4_2026_1203L;

    private static WorkDistribution run(TrajectorySimulator sim, int n, long key) {
        return Ensemble.of(sim, n).run(RandomStreams.of(SEED).child(key));
    }

    /**
     * Drag at v = 1 for t = 2 with the exact propagator, dt = 0.01: the discrete mean work is the closed form
     * (-> 1 + e^-2), Var W = 2 <W> (Gaussian work, Jarzynski exact), {@literal <e^-W>} = 1.
     */
    @Test
    void draggedTrapExactPropagator() {
        double dt = 0.01;
        var sim = Langevin.overdamped(HarmonicTrap.centre(1), Protocol.linear(0, 2, 2), LangevinParameters.of(dt));
        int n = 40_000;
        WorkDistribution d = run(sim, n, 1);
        double exact = DiscreteOracles.dragClosedForm(1, dt, 200);
        StatAssert.withinStandardErrors(exact, d.work().mean(), Math.sqrt(2 * exact / n), 4);
        double var = d.work().variance();
        StatAssert.withinStandardErrors(2 * exact, var, Math.sqrt(2.0 / (n - 1)) * 2 * exact, 4);
        var avg = ExponentialAverage.of(d.work().toArray(), 1.0, "work");
        StatAssert.withinStandardErrors(0, avg.logMean(), avg.relativeStandardError(), 4);
        assertTrue(Math.abs(exact - (1 + Math.exp(-2))) < 0.02, "discrete -> continuous " + exact);
        // mean heat = <W> - <dE>; <dE> = k/2 (lag)^2 with the exact discrete lag of the mean
        double a = Math.exp(-dt);
        double lag = dt * a / (1 - a) * (1 - Math.pow(a, 200));
        StatAssert.withinStandardErrors(exact - 0.5 * lag * lag, d.heat().mean(),
                Math.sqrt(d.heat().variance() / n), 4);
    }

    /** The 3-D moving trap, dragged along (1, 1, 1)/sqrt 3, has the 1-D discrete mean work. */
    @Test
    void draggedTrapInThreeDimensions() {
        MovingTrap trap = Potential.movingTrap(1, 1, 1, 1);
        var sim = Langevin.overdamped(trap, Protocol.linear(0, 2, 2), LangevinParameters.of(0.02),
                OverdampedScheme.exactHarmonic(), InitialCondition.equilibrium(trap, 0, 1));
        int n = 20_000;
        WorkDistribution d = run(sim, n, 2);
        double exact = DiscreteOracles.dragClosedForm(1, 0.02, 100);
        StatAssert.withinStandardErrors(exact, d.work().mean(), Math.sqrt(2 * exact / n), 4);
        assertTrue(d.maxFirstLawResidual() < 1e-12);
    }

    /** Schmiedl-Seifert: optimal D = 5, T = 1 gives the discrete oracle (-> 25/3), the linear ramp more (-> 25/e). */
    @Test
    void optimalTransportBeatsLinear() {
        var p = LangevinParameters.of(0.002);
        int n = 20_000;
        for (Protocol prot : new Protocol[] {Protocol.optimalTrapMove(0, 5, 1, 1, 1), Protocol.linear(0, 5, 1)}) {
            WorkDistribution d = run(Langevin.overdamped(HarmonicTrap.centre(1), prot, p), n, 3);
            double exact = DiscreteOracles.meanWorkCentre(prot, 1, p);
            StatAssert.withinStandardErrors(exact, d.work().mean(), Math.sqrt(2 * exact / n), 4);
        }
        double opt = DiscreteOracles.meanWorkCentre(Protocol.optimalTrapMove(0, 5, 1, 1, 1), 1, p);
        double lin = DiscreteOracles.meanWorkCentre(Protocol.linear(0, 5, 1), 1, p);
        assertTrue(Math.abs(opt - 25.0 / 3) < 0.03 && Math.abs(lin - 25 / Math.E) < 0.03, opt + " " + lin);
    }

    /** Optimal stiffness 1 -> 4 in T = 1: mean work is the discrete oracle, and Jarzynski gives (1/2) ln 4. */
    @Test
    void optimalStiffnessChange() {
        var p = LangevinParameters.of(0.005);
        OptimalProtocol prot = Protocol.optimalStiffness(1, 4, 1, 1, 1);
        int n = 20_000;
        WorkDistribution d = run(Langevin.overdamped(HarmonicTrap.stiffness(0), prot, p), n, 4);
        double exact = DiscreteOracles.meanWorkStiffness(prot, p);
        StatAssert.withinStandardErrors(exact, d.work().mean(), Math.sqrt(d.work().variance() / n), 4);
        var avg = ExponentialAverage.of(d.work().toArray(), 1.0, "work");
        StatAssert.withinStandardErrors(-prot.deltaF(), avg.logMean(), avg.relativeStandardError(), 4);
    }

    /**
     * Stochastic entropy with the exact Gaussian density: {@literal <exp(-ds_tot)>} = 1 for a fast stiffness ramp
     * from equilibrium (the final state is far from equilibrium), with {@literal <ds_tot>} > 0.
     */
    @Test
    void integralFluctuationTheoremForTotalEntropy() {
        var sim = Langevin.overdamped(HarmonicTrap.stiffness(0), Protocol.linear(1, 6, 0.5), LangevinParameters.of(0.01));
        assertTrue(sim.tracksEntropy());
        WorkDistribution d = run(sim, 40_000, 5);
        double[] s = d.entropyProduction().toArray();
        var avg = ExponentialAverage.of(s, 1.0, "entropy");
        StatAssert.withinStandardErrors(0, avg.logMean(), avg.relativeStandardError(), 4);
        assertTrue(d.entropyProduction().mean() > 10 * Math.sqrt(d.entropyProduction().variance() / d.size()));
    }

    /**
     * Stationary <x^2> in a fixed trap at a = k dt/gamma = 0.5: Euler-Maruyama 1/(1 - a/2) = 4/3, Leimkuhler-Matthews
     * exactly kT/k = 1.
     */
    @Test
    void stationaryVarianceBiases() {
        HarmonicTrap trap = HarmonicTrap.centre(1);
        int n = 40_000;
        double[] expected = {4.0 / 3, 1.0};
        OverdampedScheme[] schemes = {OverdampedScheme.eulerMaruyama(), OverdampedScheme.leimkuhlerMatthews()};
        for (int s = 0; s < 2; s++) {
            var sim = Langevin.overdamped(trap, Protocol.constant(0, 30), LangevinParameters.of(0.5), schemes[s],
                    InitialCondition.equilibrium(trap, 0, 1));
            double meanX2 = 2 * finalEnergyMean(sim, n, 6 + s);
            double se = Math.sqrt(2.0 / n) * expected[s];
            StatAssert.withinStandardErrors(expected[s], meanX2, se, 4);
        }
    }

    private static double finalEnergyMean(OverdampedLangevin sim, int n, long key) {
        double[] sum = new double[1];
        RandomStreams streams = RandomStreams.of(SEED).child(key);
        for (int i = 0; i < n; i++) {
            double[] last = new double[1];
            sim.simulate(streams.stream(i), (step, t, l, x, w, q) -> last[0] = 0.5 * x[0] * x[0]);
            sum[0] += last[0];
        }
        return sum[0] / n;
    }
}
