package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.thermolearn.core.JarzynskiWeightsState;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.LogSpace;

/**
 * A population of persistent Gibbs chains carried along a parameter protocol with Jarzynski weights: the chains of
 * {@link GibbsChainState} plus a visible-level work ledger and a {@link JarzynskiWeightsState}.
 *
 * <p>The chains start as exact samples of the {@code W = 0} model with the initial visible and hidden biases, whose
 * {@code log Z_0 = sum softplus(b) + sum softplus(c)} is known; every parameter change {@code theta -> theta'} does
 * work {@code w_i = F_theta'(v_i) - F_theta(v_i)} on chain i (hidden units summed out, so this is the
 * Rao-Blackwellised form of the joint-energy work), and {@code ln Z_theta = ln Z_0 + banked + logmeanexp(a)}.
 * The heat is that of the Gibbs half-sweeps as booked by {@link GibbsChainState}. Mutable; one owner thread (the
 * per-chain loops run on the common pool in a fixed order, so results do not depend on the core count).
 */
final class WeightedChainsState {
    private static final int BLOCK = 16;
    private final GibbsChainState chains;
    private final JarzynskiWeightsState weights;
    private final double logZ0;
    private final double[] work;
    private final double[] fOld;
    private final double[] fNew;
    private final double[] norm;

    private WeightedChainsState(GibbsChainState chains, double logZ0) {
        this.chains = chains;
        this.weights = JarzynskiWeightsState.create(chains.chains());
        this.logZ0 = logZ0;
        int m = chains.chains();
        this.work = new double[m];
        this.fOld = new double[m];
        this.fNew = new double[m];
        this.norm = new double[m];
    }

    /**
     * {@code m} chains drawn exactly from the {@code W = 0} model with {@code initial}'s biases, then switched to
     * {@code initial} (the jump is booked as work).
     */
    static WeightedChainsState start(BernoulliRbm initial, int m, RandomStreams streams) {
        BernoulliRbm base = independentOf(initial);
        double logZ0 = RbmOps.sumSoftplus(base.b(), 1, 0, base.visibleCount())
                + RbmOps.sumSoftplus(base.c(), 1, 0, base.hiddenCount());
        WeightedChainsState s = new WeightedChainsState(GibbsChainState.of(base, m, streams), logZ0);
        s.switchTo(initial);
        return s;
    }

    /** The {@code W = 0} model with the biases of {@code rbm}. */
    static BernoulliRbm independentOf(BernoulliRbm rbm) {
        return rbm.withParameters(new double[rbm.visibleCount() * rbm.hiddenCount()], rbm.b(), rbm.c());
    }

    int size() {
        return work.length;
    }

    GibbsChainState chains() {
        return chains;
    }

    BernoulliRbm model() {
        return chains.model();
    }

    /** Chain i draws from {@code streams.stream(i)} from now on. */
    void useStreams(RandomStreams streams) {
        chains.useStreams(streams);
    }

    /** {@code k} sweeps under the current model; returns the mean heat per chain dissipated by them. */
    double sweep(int k) {
        double before = sum(chains.ledgerArrays()[1]);
        chains.sweep(k);
        return (sum(chains.ledgerArrays()[1]) - before) / size();
    }

    /**
     * Switches to {@code next}, booking {@code w_i = F_next(v_i) - F_now(v_i)}.
     *
     * @return {unweighted mean work, weighted mean work {@code sum pi_i w_i}, {@code d ln Z = ln sum pi_i e^{-w_i}}},
     *     with {@code pi = softmax(a)} before the switch; the dissipated work is {@code [1] + [2]} (>= 0)
     */
    double[] switchTo(BernoulliRbm next) {
        freeEnergies(chains.model(), fOld);
        freeEnergies(next, fNew);
        weights.normalizedWeights(norm);
        double[] w = new double[size()];
        double mean = 0;
        double weighted = 0;
        double[] shifted = new double[size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = fNew[i] - fOld[i];
            mean += w[i];
            weighted += norm[i] * w[i];
            shifted[i] = weights.logWeight(i) - w[i];
            work[i] += w[i];
        }
        double dLogZ = LogSpace.logSumExp(shifted) - logSumExpWeights();
        weights.addWork(w);
        chains.setModel(next);
        return new double[] {mean / w.length, weighted, dLogZ};
    }

    private double logSumExpWeights() {
        double[] a = new double[size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = weights.logWeight(i);
        }
        return LogSpace.logSumExp(a);
    }

    /** Resamples (copying states and ledgers) when ESS < {@code fraction * M}; returns whether it did. */
    boolean resampleIfBelow(double fraction, RandomGenerator rng) {
        int[] ancestors = weights.resampleIfBelow(fraction, rng);
        if (ancestors == null) {
            return false;
        }
        chains.resample(ancestors);
        double[] w0 = work.clone();
        for (int i = 0; i < ancestors.length; i++) {
            work[i] = w0[ancestors[i]];
        }
        return true;
    }

    /** {@code softmax(a)} into {@code out} (modified). */
    void normalizedWeights(double[] out) {
        weights.normalizedWeights(out);
    }

    double effectiveSampleSize() {
        return weights.effectiveSampleSize();
    }

    int resamplings() {
        return weights.resamplings();
    }

    /** {@code ln Z_0 + banked + logmeanexp(a)}. */
    double logPartition() {
        return logZ0 + weights.logPartitionRatio();
    }

    /** Total visible-level work per chain since the start (a copy). */
    double[] work() {
        return work.clone();
    }

    /** Visible-level free energies {@code F(v_i)} of the chains under {@code rbm} into {@code out} (modified). */
    private void freeEnergies(BernoulliRbm rbm, double[] out) {
        int nv = rbm.visibleCount();
        int nh = rbm.hiddenCount();
        double[] v = chains.visibleFlat();
        int m = size();
        IntStream.range(0, (m + BLOCK - 1) / BLOCK).parallel().forEach(k -> {
            int r0 = k * BLOCK;
            int r1 = Math.min(m, r0 + BLOCK);
            double[] x = new double[(r1 - r0) * nh];
            double[] vb = new double[(r1 - r0) * nv];
            System.arraycopy(v, r0 * nv, vb, 0, vb.length);
            RbmOps.affine(vb, nv, rbm.w(), nh, rbm.c(), x, 0, r1 - r0);
            for (int r = r0; r < r1; r++) {
                out[r] = -RbmOps.dot(v, r * nv, rbm.b(), nv)
                        - RbmOps.sumSoftplus(x, 1, (r - r0) * nh, (r - r0 + 1) * nh);
            }
        });
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }
}
