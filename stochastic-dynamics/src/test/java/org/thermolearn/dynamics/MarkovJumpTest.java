package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.thermolearn.core.Fluctuations;
import org.thermolearn.core.Json;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class MarkovJumpTest extends QuietTest {
    static final long SEED = 5_20261203L;
    static final double KP = 2.0;
    static final double KM = 1.0;
    static final double A = Math.log(KP / KM);

    private static JumpStatistics uniformRing(double t, int n) {
        var sim = MarkovJump.gillespie(RateMatrix.ring(3, KP, KM), t).withCurrent(MarkovJump.ringCycleCurrent(3));
        return MarkovJump.run(sim, n, RandomStreams.of(SEED));
    }

    /** Oracle: sigma = J ln(k12 k23 k31 / (k21 k32 k13)) = 2.086378 for the ring. */
    @Test
    void simulatedEntropyProductionRateMatchesSchnakenberg() {
        RateMatrix r = RateMatrix.of(RateMatrixTest.RING3);
        var stats = MarkovJump.run(MarkovJump.gillespie(r, 5.0), 8000, RandomStreams.of(SEED));
        var rate = stats.entropyProductionRate();
        StatAssert.withinStandardErrors(r.entropyProductionRate(), rate.value(), rate.standardError(), 4);
        StatAssert.precisionAtLeast(rate.standardError(), 0.02 * 2.086378);
        assertTrue(stats.distribution().maxFirstLawResidual() < 1e-12);
    }

    /** Uniform ring: N+ - N- is Skellam(k+ t, k- t); chi-square over its pmf at alpha = 0.001. */
    @Test
    void netJumpsAreSkellamDistributed() {
        double t = 1.5;
        var stats = uniformRing(t, 20_000);
        int lo = -4;
        int hi = 10;
        long[] observed = new long[hi - lo + 1];
        double[] expected = new double[observed.length];
        for (double x : stats.current().toArray()) {
            int k = (int) Math.round(3 * x);
            observed[Math.min(hi, Math.max(lo, k)) - lo]++;
        }
        for (int k = -200; k <= 200; k++) {
            expected[Math.min(hi, Math.max(lo, k)) - lo] += skellam(k, KP * t, KM * t);
        }
        double pValue = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(pValue > 1e-3, "chi-square p = " + pValue);
    }

    private static double skellam(int k, double mu1, double mu2) {
        double sum = 0;
        for (int m = Math.max(0, -k); m < 200; m++) {
            sum += Math.exp(logPoisson(m + k, mu1) + logPoisson(m, mu2));
        }
        return sum;
    }

    private static double logPoisson(int k, double mu) {
        return -mu + k * Math.log(mu) - org.hipparchus.special.Gamma.logGamma(k + 1.0);
    }

    /** Integral FT at short times: <exp(-S_tot)> = 1 exactly for the Skellam ring. */
    @Test
    void integralFluctuationTheoremHoldsAtShortTimes() {
        var ift = uniformRing(0.5, 20_000).integralFluctuation();
        StatAssert.withinStandardErrors(0.0, ift.logMean(), ift.standardError(), 4);
        StatAssert.precisionAtLeast(ift.standardError(), 0.02);
        assertTrue(ift.isReliable(), ift.toString());
    }

    /** Detailed FT: ln P(S)/P(-S) = S, S = a n on the lattice a Z. */
    @Test
    void detailedFluctuationSlopeIsOne() {
        var stats = uniformRing(1.0, 40_000);
        var slope = Fluctuations.detailedSlope(stats.entropyProduction().toArray(), A);
        StatAssert.withinStandardErrors(1.0, slope.slope(), slope.standardError(), 4);
        StatAssert.precisionAtLeast(slope.standardError(), 0.05);
    }

    /** TUR product for the uniform ring: a coth(a/2) = 2.0794 for k+ = 2, k- = 1 (any time). */
    @Test
    void turRatioEqualsACothHalfA() {
        var tur = uniformRing(2.0, 40_000).tur();
        double exact = A / Math.tanh(A / 2);
        assertEquals(2.0794, exact, 5e-5);
        StatAssert.withinStandardErrors(exact, tur.ratio(), tur.standardError(), 4);
        StatAssert.precisionAtLeast(tur.standardError(), 0.03 * exact);
    }

    private static JumpSimulator twoLevelRamp(double to, double duration, int intervals) {
        return MarkovJump.simulator(MarkovModel.twoLevel(1.0, 1.0), Protocol.linear(0, to, duration), intervals);
    }

    /** Two-level switch ramped 0 -> 3 kT: Jarzynski recovers dF; sampled means match the master equation. */
    @Test
    void twoLevelSwitchJarzynskiAndExactMeans() {
        JumpSimulator sim = twoLevelRamp(3.0, 1.0, 50);
        MarkovModel m = sim.model();
        double dF = m.freeEnergy(3.0) - m.freeEnergy(0.0);
        var stats = MarkovJump.run(sim, 20_000, RandomStreams.of(SEED));
        var est = org.thermolearn.core.FreeEnergy.exp(stats.distribution().work().toArray());
        StatAssert.withinStandardErrors(dF, est.deltaF(), est.standardError(), 4);
        var exact = sim.exact();
        var w = stats.distribution().work();
        StatAssert.withinStandardErrors(exact.meanWork(), w.mean(), Math.sqrt(w.variance() / w.size()), 4);
        var s = stats.entropyProduction();
        StatAssert.withinStandardErrors(exact.meanEntropyProduction(), s.mean(), Math.sqrt(s.variance() / s.size()), 4);
        assertTrue(exact.meanWork() > dF, "second law");
        assertEquals(exact.meanWork(), exact.meanDeltaE() + exact.meanHeat(), 1e-13);
        assertTrue(stats.distribution().maxFirstLawResidual() < 1e-12);
        var ift = stats.integralFluctuation();
        StatAssert.withinStandardErrors(0.0, ift.logMean(), ift.standardError(), 4);
    }

    /** From equilibrium at lambda = 0, <W> - dF (exact) equals kT times the mean total entropy production. */
    @Test
    void exactDissipationBalance() {
        JumpSimulator sim = twoLevelRamp(3.0, 1.0, 50);
        var exact = sim.exact();
        double dF = sim.model().freeEnergy(3.0) - sim.model().freeEnergy(0.0);
        // <W> - dF = kT (<s_tot> + D(p_end || p_eq(end)))
        double[] p = exact.finalDistribution().toArray();
        double z = 1 + Math.exp(-3.0);
        double kl = p[0] * Math.log(p[0] * z) + p[1] * Math.log(p[1] * z / Math.exp(-3.0));
        assertEquals(exact.meanWork() - dF, exact.meanEntropyProduction() + kl, 1e-12);
        assertTrue(exact.meanEntropyProduction() > 0);
    }

    /**
     * Holding the ramp on M intervals (jump to lambda((k+1)h), then relax) converges at second order for a smooth
     * ramp: the left-point work sum and the right-point rates err in opposite directions, so the change in the exact
     * mean work quarters as M doubles.
     */
    @Test
    void piecewiseProtocolConvergesAtSecondOrder() {
        double w100 = twoLevelRamp(3.0, 1.0, 100).exact().meanWork();
        double w200 = twoLevelRamp(3.0, 1.0, 200).exact().meanWork();
        double w400 = twoLevelRamp(3.0, 1.0, 400).exact().meanWork();
        double ratio = (w200 - w100) / (w400 - w200);
        assertEquals(4.0, ratio, 0.05, "w = " + w100 + ", " + w200 + ", " + w400);
    }

    /** At constant rates the exact p(t) path matches the two-state relaxation at every boundary. */
    @Test
    void exactDistributionsFollowTheMasterEquation() {
        double a = 1.7;
        double b = 0.6;
        MarkovModel m = MarkovModel.of(RateMatrix.of(new double[][] {{0, a}, {b, 0}}));
        var sim = MarkovJump.simulator(m, Protocol.constant(0, 2.0), 8, 1, 0);
        double[][] path = sim.exactDistributions();
        double[] t = sim.boundaries();
        assertEquals(9, path.length);
        for (int k = 0; k < path.length; k++) {
            double p1 = a / (a + b) * (1 - Math.exp(-(a + b) * t[k]));
            assertEquals(p1, path[k][1], 1e-14, "t = " + t[k]);
        }
        assertEquals(path[8][1], sim.exact().finalDistribution().get(1), 0.0);
    }

    /** Seed sweep (tag long): the Schnakenberg check at k = 3 over 50 seeds fails at most twice (binomial bound). */
    @org.junit.jupiter.api.Tag("long")
    @Test
    void seedSweepOfEntropyProductionRate() {
        RateMatrix r = RateMatrix.of(RateMatrixTest.RING3);
        var sim = MarkovJump.gillespie(r, 5.0);
        int failures = 0;
        for (long seed = 1; seed <= 50; seed++) {
            var rate = MarkovJump.run(sim, 2000, RandomStreams.of(seed)).entropyProductionRate();
            failures += Math.abs(rate.zScore(r.entropyProductionRate())) > 3 ? 1 : 0;
        }
        assertTrue(failures <= 2, failures + " of 50 seeds beyond 3 SE");
    }

    @Test
    void drivenModelWithEnergiesClosesFirstLawPerTrajectory() {
        double[][] w = {{0, 2.0, 0.5}, {0.7, 0, 3.0}, {1.5, 0.4, 0}};
        MarkovModel m = MarkovModel.of(3, l -> new double[] {0, l, 0.5 * l},
                l -> RateMatrix.of(w), 1.3);
        var sim = MarkovJump.simulator(m, Protocol.linear(0, 2, 3), 30).withInitial(1, 0, 0);
        var stats = MarkovJump.run(sim, 2000, RandomStreams.of(SEED));
        assertTrue(stats.distribution().maxFirstLawResidual() < 1e-12, "" + stats.distribution().maxFirstLawResidual());
        var exact = sim.exact();
        assertEquals(exact.meanWork(), exact.meanDeltaE() + exact.meanHeat(), 1e-12);
        var wk = stats.distribution().work();   // in kT: compare exact / kT
        StatAssert.withinStandardErrors(exact.meanWork() / 1.3, wk.mean(), Math.sqrt(wk.variance() / wk.size()), 4);
    }

    @Test
    void sameSeedGivesBitIdenticalResultsOnOneOrFourThreads() {
        var sim = MarkovJump.gillespie(RateMatrix.of(RateMatrixTest.RING3), 2.0);
        var one = MarkovJump.run(sim, 700, 1, RandomStreams.of(SEED));
        var four = MarkovJump.run(sim, 700, 4, RandomStreams.of(SEED));
        assertEquals(Json.toJson(one.distribution()), Json.toJson(four.distribution()));
        assertEquals(one, four);
    }

    @Test
    void oneWayTransitionsAndBadInitialStatesAreRejected() {
        var cyclic = RateMatrix.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        var e = assertThrows(IllegalArgumentException.class, () -> MarkovJump.gillespie(cyclic, 1.0));
        assertTrue(e.getMessage().contains("one-way"), e.getMessage());
        var sim = MarkovJump.gillespie(RateMatrix.ring(3, 2, 1), 1.0);
        e = assertThrows(IllegalArgumentException.class, () -> sim.withInitial(0.5, 0.6, 0));
        assertTrue(e.getMessage().contains("p0"), e.getMessage());
        var reducible = RateMatrix.of(new double[][] {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}});
        var r = assertThrows(IllegalStateException.class, () -> MarkovJump.gillespie(reducible, 1.0));
        assertTrue(r.getMessage().contains("reducible"), r.getMessage());
        // with an explicit start the two blocks are fine
        var blocks = MarkovJump.simulator(MarkovModel.of(reducible), Protocol.constant(0, 1), 1, 0.5, 0.5, 0, 0);
        var one = blocks.simulateJumps(RandomStreams.of(SEED).stream(0));
        assertEquals(0.0, one.systemEntropy(), 0.0);
        assertEquals(0.0, blocks.exact().meanEntropyProduction(), 1e-15);
    }

    @Test
    void discreteChainStationaryStateAndEntropyPerStep() {
        var chain = MarkovJump.discrete(new double[][] {{0.1, 0.6, 0.3}, {0.3, 0.1, 0.6}, {0.6, 0.3, 0.1}});
        for (double p : chain.stationaryDistribution()) {
            assertEquals(1.0 / 3, p, 1e-15);
        }
        double exact = 0.3 * Math.log(2);
        assertEquals(exact, chain.entropyProductionPerStep(), 1e-15);
        int steps = 200_000;
        int[] path = chain.sample(0, steps, RandomStreams.of(SEED).stream(0));
        // per-step medium entropy is +-ln2 or 0, iid in the uniform stationary state: variance 0.9 ln2^2 - exact^2
        double se = Math.sqrt((0.9 * Math.log(2) * Math.log(2) - exact * exact) / steps);
        StatAssert.withinStandardErrors(exact, chain.mediumEntropy(path) / steps, se, 4);
        var e = assertThrows(IllegalArgumentException.class, () -> DiscreteChain.of(new double[][] {{0.5, 0.6}, {1, 0}}));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
    }
}
