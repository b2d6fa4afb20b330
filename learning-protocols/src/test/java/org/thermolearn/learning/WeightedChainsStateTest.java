package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.LogSpace;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class WeightedChainsStateTest extends QuietTest {
    private static final long SEED = 20261203L;

    private static double independentLogZ(double[] b, double[] c) {
        double s = 0;
        for (double x : b) {
            s += LogSpace.softplus(x);
        }
        for (double x : c) {
            s += LogSpace.softplus(x);
        }
        return s;
    }

    @Test
    void zeroWeightsProtocolDoesEqualWorkOnEveryChainAndKeepsLogZExact() {
        double[] b = {0.3, -1.2, 0.7, 2.0};
        double[] c0 = {0.1, -0.4, 0.0};
        BernoulliRbm base = BernoulliRbm.ofFlat(4, 3, new double[12], b, c0);
        WeightedChainsState s = WeightedChainsState.start(base, 50, RandomStreams.of(SEED));
        assertEquals(independentLogZ(b, c0), s.logPartition(), 1e-12);
        assertEquals(50, s.effectiveSampleSize(), 1e-9);
        for (int k = 1; k <= 20; k++) {
            double[] c = {0.1 + 0.2 * k, -0.4 - 0.1 * k, 0.05 * k};
            s.sweep(1);
            s.switchTo(BernoulliRbm.ofFlat(4, 3, new double[12], b, c));
            assertEquals(independentLogZ(b, c), s.logPartition(), 1e-12, "step " + k);
            assertEquals(50, s.effectiveSampleSize(), 1e-9);
        }
        assertFalse(s.resampleIfBelow(0.5, RandomStreams.of(SEED).stream(9)));
    }

    @Test
    void resamplingBanksLogMeanExpAndCopiesTheLedger() {
        BernoulliRbm base = BernoulliRbm.random(6, 3, 0.0, 0.0, RandomStreams.of(SEED).stream(0));
        WeightedChainsState s = WeightedChainsState.start(base, 40, RandomStreams.of(SEED).child(1));
        s.switchTo(BernoulliRbm.random(6, 3, 2.0, -0.5, RandomStreams.of(SEED).stream(1)));
        assertTrue(s.effectiveSampleSize() < 20, "ESS " + s.effectiveSampleSize());
        double before = s.logPartition();
        double[] workBefore = s.work();
        double[] jointBefore = s.chains().ledger().work().toArray();
        assertTrue(s.resampleIfBelow(0.5, RandomStreams.of(SEED).stream(2)));
        assertEquals(before, s.logPartition(), 1e-12);
        assertEquals(40, s.effectiveSampleSize(), 1e-9);
        assertEquals(1, s.resamplings());
        double[] workAfter = s.work();
        double[] jointAfter = s.chains().ledger().work().toArray();
        int distinct = 0;
        for (int i = 0; i < workAfter.length; i++) {
            boolean found = false;
            for (int a = 0; a < workBefore.length; a++) {
                found |= workBefore[a] == workAfter[i] && jointBefore[a] == jointAfter[i];
            }
            assertTrue(found, "chain " + i + ": visible and joint work are not one ancestor's");
            distinct += i == 0 || workAfter[i] != workAfter[i - 1] ? 1 : 0;
        }
        assertTrue(distinct < 40, "resampling must duplicate heavy chains, distinct " + distinct);
        assertTrue(s.chains().ledger().maxFirstLawResidual() < 1e-9);
    }

    /** Sequential Monte Carlo along a fixed protocol: the population estimate of ln Z is checked against exact. */
    @Test
    void trackerPopulationRecoversExactLogZAlongAProtocol() {
        BernoulliRbm target = BernoulliRbm.random(10, 5, 1.2, -0.3, RandomStreams.of(SEED).stream(3));
        int replicas = 20;
        double[] est = new double[replicas];
        for (int r = 0; r < replicas; r++) {
            est[r] = runProtocol(target, 100, RandomStreams.of(SEED).child(100 + r));
        }
        double mean = 0;
        for (double x : est) {
            mean += x / replicas;
        }
        double var = 0;
        for (double x : est) {
            var += (x - mean) * (x - mean) / (replicas - 1);
        }
        double se = Math.sqrt(var / replicas);
        double exact = target.logPartitionExact();
        StatAssert.withinStandardErrors(exact, mean, se, 4.0);
        StatAssert.precisionAtLeast(se, 0.05);
        double naive = runProtocolWithoutWeights(target, RandomStreams.of(SEED).child(7));
        assertTrue(Math.abs(naive - exact) > 10 * se, "negative control: naive <W> must be rejected, " + naive);
    }

    private static double runProtocol(BernoulliRbm target, int chains, RandomStreams streams) {
        double[] w = target.weightsFlat();
        BernoulliRbm base = WeightedChainsState.independentOf(target);
        WeightedChainsState s = WeightedChainsState.start(base, chains, streams);
        s.useStreams(streams.child(1));
        int steps = 50;
        for (int k = 1; k <= steps; k++) {
            double[] wk = w.clone();
            for (int i = 0; i < wk.length; i++) {
                wk[i] *= (double) k / steps;
            }
            s.sweep(1);
            s.switchTo(target.withParameters(wk, target.visibleBias(), target.hiddenBias()));
            s.resampleIfBelow(0.5, streams.stream(-5 - k));
        }
        return s.logPartition();
    }

    /** ln Z_0 - <W>: the mean-work estimate that Jarzynski's equality replaces. */
    private static double runProtocolWithoutWeights(BernoulliRbm target, RandomStreams streams) {
        WeightedChainsState s = WeightedChainsState.start(WeightedChainsState.independentOf(target), 200, streams);
        double logZ0 = s.logPartition();
        s.switchTo(target);
        double mean = 0;
        for (double x : s.work()) {
            mean += x / 200;
        }
        return logZ0 - mean;
    }

    @Test
    void sameStreamsGiveIdenticalPopulations() {
        BernoulliRbm target = BernoulliRbm.random(8, 4, 1.0, 0.0, RandomStreams.of(SEED).stream(4));
        double a = runProtocol(target, 30, RandomStreams.of(5));
        double b = runProtocol(target, 30, RandomStreams.of(5));
        assertEquals(a, b, 0.0);
        assertArrayEquals(new double[] {a}, new double[] {b});
    }
}
