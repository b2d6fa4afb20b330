package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.QuietTest;
import org.thermolearn.testing.StatAssert;

class GibbsChainStateTest extends QuietTest {
    private static final long SEED = 77_001L;

    @Test
    void gibbsChainsReachTheExactMarginals() {
        BernoulliRbm rbm = BernoulliRbm.random(6, 4, 1.2, -0.3, RandomStreams.of(SEED).stream(0));
        double[] exact = SmallRbms.visibleMarginals(rbm);
        int n = 4000;
        GibbsChainState chains = GibbsChainState.of(rbm, n, RandomStreams.of(SEED));
        chains.sweep(50);
        // independent chains: chi-square over the 6 marginals, each z from the binomial SE
        double chi2 = 0;
        for (int i = 0; i < 6; i++) {
            double mean = 0;
            for (int r = 0; r < n; r++) {
                mean += chains.visible(r)[i];
            }
            mean /= n;
            double se = Math.sqrt(exact[i] * (1 - exact[i]) / n);
            chi2 += Math.pow((mean - exact[i]) / se, 2);
        }
        assertTrue(chi2 < 27.86, "chi2 = " + chi2 + " with 6 dof (alpha = 1e-4)");   // chi2_6 quantile 0.9999
    }

    @Test
    void firstLawClosesPerChainThroughSweepsAndParameterChanges() {
        BernoulliRbm a = BernoulliRbm.random(9, 5, 0.7, 0.1, RandomStreams.of(SEED).stream(1));
        BernoulliRbm b = BernoulliRbm.random(9, 5, 0.9, -0.2, RandomStreams.of(SEED).stream(2));
        GibbsChainState chains = GibbsChainState.of(a, 30, RandomStreams.of(SEED));
        chains.sweep(3);
        chains.setModel(b);
        chains.sweep(2);
        chains.setModel(a);
        ChainLedger ledger = chains.ledger();
        assertTrue(ledger.maxFirstLawResidual() < 1e-12, "residual " + ledger.maxFirstLawResidual());
        assertTrue(ledger.work().variance() > 0);
        double[] lw = chains.logWeights();
        for (int r = 0; r < 30; r++) {
            assertEquals(-ledger.work().get(r), lw[r], 1e-12);
        }
    }

    @Test
    void workOfOneSwitchIsTheEnergyDifferenceAndJarzynskiHoldsFromEquilibrium() {
        // exact samples of model a (joint, h from p(h|v)), switch to b: <exp(-W)> = Z_b / Z_a
        BernoulliRbm a = BernoulliRbm.random(8, 4, 0.6, 0, RandomStreams.of(SEED).stream(3));
        BernoulliRbm b = BernoulliRbm.random(8, 4, 0.6, 0, RandomStreams.of(SEED).stream(4));
        double[][] start = SmallRbms.exactSamples(a, 20_000, RandomStreams.of(SEED).stream(5));
        GibbsChainState chains = GibbsChainState.fromVisible(a, start, RandomStreams.of(SEED));
        chains.setModel(b);
        double[] work = chains.ledger().work().toArray();
        for (int r = 0; r < 100; r++) {   // per chain: W = E_b(v, h) - E_a(v, h) at the fixed state
            double[] v = chains.visible(r);
            double[] h = chains.hidden(r);
            assertEquals(b.energy(v, h) - a.energy(v, h), work[r], 1e-12, "chain " + r);
        }
        var avg = org.thermolearn.core.ExponentialAverage.of(work, 1, "work");
        double exact = b.logPartitionExact() - a.logPartitionExact();
        StatAssert.withinStandardErrors(exact, avg.logMean(), avg.relativeStandardError(), 4);
    }

    @Test
    void reproducibleAndResamplingCopiesAncestors() {
        BernoulliRbm rbm = BernoulliRbm.random(7, 3, 0.5, 0, RandomStreams.of(SEED).stream(6));
        GibbsChainState x = GibbsChainState.of(rbm, 20, RandomStreams.of(5));
        GibbsChainState y = GibbsChainState.of(rbm, 20, RandomStreams.of(5));
        x.sweep(4);
        y.sweep(4);
        for (int r = 0; r < 20; r++) {
            assertArrayEquals(x.visible(r), y.visible(r));
        }
        int[] anc = new int[20];
        java.util.Arrays.fill(anc, 3);
        x.resample(anc);
        assertArrayEquals(y.visible(3), x.visible(17));
        assertEquals(20, x.effectiveSampleSize(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> x.resample(new int[] {1}));
    }

    @Test
    void systematicResamplingFollowsTheWeights() {
        double[] logW = {Math.log(0.1), Math.log(0.6), Math.log(0.3), Double.NEGATIVE_INFINITY};
        int[] counts = new int[4];
        var g = RandomStreams.of(SEED).stream(9);
        for (int rep = 0; rep < 1000; rep++) {
            for (int a : org.thermolearn.core.JarzynskiWeightsState.systematicAncestors(logW, g)) {
                counts[a]++;
            }
        }
        // systematic resampling puts floor(n w) or ceil(n w) copies of each chain: n w = 0.4, 2.4, 1.2, 0
        assertEquals(0, counts[3]);
        assertEquals(400, counts[0], 64);   // 4 binomial SE (n = 1000, p = 0.4)
        assertEquals(2400, counts[1], 64);
        assertEquals(1200, counts[2], 64);
    }

    @Test
    void marginalLedgerClosesTheFirstLawAndGivesJarzynski() {
        BernoulliRbm a = BernoulliRbm.random(8, 4, 0.6, 0, RandomStreams.of(SEED).stream(3));
        BernoulliRbm b = BernoulliRbm.random(8, 4, 0.6, 0, RandomStreams.of(SEED).stream(4));
        double[][] start = SmallRbms.exactSamples(a, 20_000, RandomStreams.of(SEED).stream(7));
        GibbsChainState chains = GibbsChainState.fromVisible(a, start, RandomStreams.of(SEED));
        chains.setLedger(GibbsChainState.Ledger.MARGINAL);
        chains.setModel(b);
        double[] work = chains.ledger().work().toArray();
        var avg = org.thermolearn.core.ExponentialAverage.of(work, 1, "work");
        StatAssert.withinStandardErrors(b.logPartitionExact() - a.logPartitionExact(), avg.logMean(),
                avg.relativeStandardError(), 4);
        assertEquals(-1.0, -work[0] / (b.freeEnergy(chains.visible(0)) - a.freeEnergy(chains.visible(0))), 1e-12);
        chains.sweep(3);
        chains.setModel(a);
        chains.sweep(1);
        assertTrue(chains.ledger().maxFirstLawResidual() < 1e-10, "residual " + chains.ledger().maxFirstLawResidual());
        assertEquals(GibbsChainState.Ledger.MARGINAL, chains.ledgerLevel());
    }
}
