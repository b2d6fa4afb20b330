package org.thermolearn.learning;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.Checks;

/**
 * Persistent block-Gibbs chains on the joint state {@code (v, h)} of a {@link BernoulliRbm}, each with its own
 * thermodynamic ledger: mutable, one owner thread at a time.
 *
 * <p>Ledger (Seifert signs, kT): a half-sweep at fixed parameters resamples one layer from its exact conditional,
 * so no work is done and the heat dissipated into the bath is {@code Q += E(before) - E(after)}; a parameter change
 * {@code theta -> theta'} at fixed {@code (v, h)} does work {@code W += E_theta'(v,h) - E_theta(v,h)} and lowers the
 * chain's log-weight {@code a -= (E_theta' - E_theta)}. Per chain the first law {@code W = dE + Q} closes to
 * round-off ({@link ChainLedger#maxFirstLawResidual()}). The log-weights are the Jarzynski weights of the chains
 * (Neal 2001, doi:10.1023/A:1008923215028); {@link #resample} is the hook for sequential-Monte-Carlo trainers.
 *
 * <p>Chain {@code i} draws from {@code streams.stream(i)} of the streams last set by {@link #useStreams}, so
 * results are bit-identical for any thread count; a trainer sets {@code streams.child(epoch)} every epoch, so a
 * checkpoint needs only the states, the ledger and the epoch.
 *
 * <pre>{@code
 * var rbm = BernoulliRbm.random(16, 10, 0.5, 0.0, RandomStreams.of(1).stream(0));
 * var chains = GibbsChainState.of(rbm, 100, RandomStreams.of(2));
 * chains.sweep(10);
 * chains.ledger().heat().mean();
 * }</pre>
 *
 * @since 1.0
 */
public final class GibbsChainState {
    private static final int BLOCK = 16;
    private final int m;
    private final int nv;
    private final int nh;
    private final double[] v;
    private final double[] h;
    private final double[] x;
    private final double[] y;
    private final double[] work;
    private final double[] heat;
    private final double[] startEnergy;
    private final double[] logWeight;
    private final RandomGenerator[] rng;
    private BernoulliRbm model;
    private Ledger level = Ledger.JOINT;

    /**
     * What the ledger books. {@code JOINT}: energies {@code E(v,h)} of the joint state, heat per half-sweep.
     * {@code MARGINAL}: free energies {@code F(v)} with the hidden layer summed out (the sweep
     * {@code v -> h -> v'} is a Markov chain on {@code v} alone that leaves {@code exp(-F)/Z} invariant), work
     * {@code F_theta'(v) - F_theta(v)} per update and heat {@code F(v) - F(v')} per call of {@link #sweep}: the
     * Rao-Blackwellized, lower-variance ledger a Jarzynski-weighted trainer uses.
     */
    public enum Ledger { JOINT, MARGINAL }

    private GibbsChainState(BernoulliRbm model, double[] v, int m, RandomStreams streams) {
        this.model = model;
        this.m = m;
        this.nv = model.visibleCount();
        this.nh = model.hiddenCount();
        this.v = v;
        this.h = new double[m * nh];
        this.x = new double[m * nh];
        this.y = new double[m * nv];
        this.work = new double[m];
        this.heat = new double[m];
        this.startEnergy = new double[m];
        this.logWeight = new double[m];
        this.rng = new RandomGenerator[m];
        useStreams(streams);
        forBlocks((r0, r1) -> {
            RbmOps.affine(v, nv, model.w(), nh, model.c(), x, r0, r1);
            for (int r = r0; r < r1; r++) {
                RbmOps.sampleSigmoid(x, 1, h, r * nh, (r + 1) * nh, rng[r]);
                startEnergy[r] = model.energyAt(v, r * nv, h, r * nh);
            }
        });
    }

    /**
     * {@code chains} chains started from the independent model with the RBM's visible biases (an exact sample of
     * the {@code W = 0} model), hidden units from {@code p(h | v)}.
     */
    public static GibbsChainState of(BernoulliRbm model, int chains, RandomStreams streams) {
        Checks.notNull(model, "model");
        Checks.positive(chains, "chains");
        Checks.notNull(streams, "streams");
        RandomStreams start = streams.child(-1);
        double[] v = new double[chains * model.visibleCount()];
        for (int r = 0; r < chains; r++) {
            RandomGenerator g = start.stream(r);
            for (int i = 0; i < model.visibleCount(); i++) {
                v[r * model.visibleCount() + i] = g.nextDouble() < org.thermolearn.core.internal.LogSpace.sigmoid(
                        model.b()[i]) ? 1 : 0;
            }
        }
        return new GibbsChainState(model, v, chains, streams);
    }

    /** One chain per row of {@code visible} (values in [0, 1]), hidden units from {@code p(h | v)}. */
    public static GibbsChainState fromVisible(BernoulliRbm model, double[][] visible, RandomStreams streams) {
        Checks.notNull(model, "model");
        Checks.notNull(streams, "streams");
        double[] v = Batches.flatten(visible, model.visibleCount(), "visible");
        return new GibbsChainState(model, v, visible.length, streams);
    }

    /** Chain {@code i} draws from {@code streams.stream(i)} from now on. */
    public void useStreams(RandomStreams streams) {
        Checks.notNull(streams, "streams");
        for (int r = 0; r < m; r++) {
            rng[r] = streams.stream(r);
        }
    }

    /** Number of chains. */
    public int chains() {
        return m;
    }

    /** The model the chains currently sample. */
    public BernoulliRbm model() {
        return model;
    }

    /** Switches what the ledger books and restarts it: work, heat and log-weights to 0, energies from now. */
    public void setLedger(Ledger ledger) {
        level = Checks.notNull(ledger, "ledger");
        Arrays.fill(work, 0);
        Arrays.fill(heat, 0);
        Arrays.fill(logWeight, 0);
        for (int r = 0; r < m; r++) {
            startEnergy[r] = energy(model, r);
        }
    }

    /** The ledger's level. */
    public Ledger ledgerLevel() {
        return level;
    }

    private double energy(BernoulliRbm rbm, int r) {
        return level == Ledger.JOINT ? rbm.energyAt(v, r * nv, h, r * nh) : rbm.freeEnergyAt(v, r * nv);
    }

    /** {@code k} block-Gibbs sweeps ({@code h ~ p(h|v)}, then {@code v ~ p(v|h)}) of every chain, heat booked. */
    public void sweep(int k) {
        Checks.nonNegative(k, "k");
        BernoulliRbm rbm = model;
        boolean marginal = level == Ledger.MARGINAL;
        forBlocks((r0, r1) -> {
            double[] before = new double[r1 - r0];
            for (int r = r0; r < r1 && marginal; r++) {
                before[r - r0] = rbm.freeEnergyAt(v, r * nv);
            }
            for (int s = 0; s < k; s++) {
                RbmOps.affine(v, nv, rbm.w(), nh, rbm.c(), x, r0, r1);
                halfSweep(x, h, nh, r0, r1, !marginal);
                RbmOps.affine(h, nh, rbm.wt(), nv, rbm.b(), y, r0, r1);
                halfSweep(y, v, nv, r0, r1, !marginal);
            }
            for (int r = r0; r < r1 && marginal; r++) {
                heat[r] += before[r - r0] - rbm.freeEnergyAt(v, r * nv);
            }
        });
    }

    /** Resamples layer {@code s} (width n) from {@code sigmoid(field)}; heat {@code (s' - s).field} per chain. */
    private void halfSweep(double[] field, double[] s, int n, int r0, int r1, boolean book) {
        for (int r = r0; r < r1; r++) {
            int off = r * n;
            double before = book ? dotRange(s, field, off, n) : 0;
            RbmOps.sampleSigmoid(field, 1, s, off, off + n, rng[r]);
            if (book) {
                heat[r] += dotRange(s, field, off, n) - before;
            }
        }
    }

    private static double dotRange(double[] s, double[] field, int off, int n) {
        double d = 0;
        for (int k = off; k < off + n; k++) {
            d += s[k] * field[k];
        }
        return d;
    }

    /**
     * Switches the parameters to {@code next} at fixed states: each chain's work grows by
     * {@code E_next(v,h) - E_now(v,h) = -dB.v - dC.h - v^T dW h} (evaluated from the parameter differences) and its
     * log-weight falls by the same amount.
     */
    public void setModel(BernoulliRbm next) {
        Checks.notNull(next, "next");
        if (next.visibleCount() != nv || next.hiddenCount() != nh) {
            throw new IllegalArgumentException("next must have shape " + nv + "x" + nh + ", got "
                    + next.visibleCount() + "x" + next.hiddenCount());
        }
        if (level == Ledger.MARGINAL) {
            BernoulliRbm now = model;
            IntStream.range(0, m).parallel()
                    .forEach(r -> book(r, next.freeEnergyAt(v, r * nv) - now.freeEnergyAt(v, r * nv)));
            model = next;
            return;
        }
        double[] dW = difference(next.w(), model.w());
        double[] db = difference(next.b(), model.b());
        double[] dc = difference(next.c(), model.c());
        double[] vdW = new double[m * nh];
        double[] zero = new double[nh];
        forBlocks((r0, r1) -> {   // -(v^T dW h + db.v + dc.h) with v^T dW as one gather-sum product per block
            RbmOps.affine(v, nv, dW, nh, zero, vdW, r0, r1);
            for (int r = r0; r < r1; r++) {
                book(r, -RbmOps.dot(v, r * nv, db, nv) - RbmOps.dot(h, r * nh, dc, nh)
                        - RbmOps.dot(h, r * nh, vdW, r * nh, nh));
            }
        });
        model = next;
    }

    private void book(int r, double dw) {
        work[r] += dw;
        logWeight[r] -= dw;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            d[k] = a[k] - b[k];
        }
        return d;
    }

    /**
     * Replaces chain {@code i} by a copy of chain {@code ancestors[i]} (state and ledger) and resets every
     * log-weight to 0: the resampling step of a sequential-Monte-Carlo trainer.
     */
    public void resample(int[] ancestors) {
        Checks.notNull(ancestors, "ancestors");
        if (ancestors.length != m) {
            throw new IllegalArgumentException("ancestors must have length " + m + ", got " + ancestors.length);
        }
        for (int a : ancestors) {
            if (a < 0 || a >= m) {
                throw new IllegalArgumentException("ancestors must lie in [0, " + m + "), got " + a);
            }
        }
        double[] v0 = v.clone();
        double[] h0 = h.clone();
        double[] w0 = work.clone();
        double[] q0 = heat.clone();
        double[] e0 = startEnergy.clone();
        for (int r = 0; r < m; r++) {
            int a = ancestors[r];
            System.arraycopy(v0, a * nv, v, r * nv, nv);
            System.arraycopy(h0, a * nh, h, r * nh, nh);
            work[r] = w0[a];
            heat[r] = q0[a];
            startEnergy[r] = e0[a];
        }
        Arrays.fill(logWeight, 0);
    }

    /** Log-weights {@code a_i = -(work since the last resampling)}, a copy. */
    public double[] logWeights() {
        return logWeight.clone();
    }

    /** Effective sample size {@code (sum e^a)^2 / sum e^{2a}} of the log-weights. */
    public double effectiveSampleSize() {
        return Weights.effectiveSampleSize(logWeight);
    }

    /** Snapshot of the per-chain ledger since the chains started. */
    public ChainLedger ledger() {
        double[] dE = new double[m];
        for (int r = 0; r < m; r++) {
            dE[r] = energy(model, r) - startEnergy[r];
        }
        return ChainLedger.of(work.clone(), heat.clone(), dE);
    }

    /** Visible state of chain {@code i}, a copy. */
    public double[] visible(int i) {
        return Arrays.copyOfRange(v, i * nv, (i + 1) * nv);
    }

    /** Hidden state of chain {@code i}, a copy. */
    public double[] hidden(int i) {
        return Arrays.copyOfRange(h, i * nh, (i + 1) * nh);
    }

    double[] visibleFlat() {
        return v;
    }

    double[] hiddenFlat() {
        return h;
    }

    /** Restores states and ledger (checkpoint resume); arrays must have this state's sizes. */
    void restore(double[] vs, double[] hs, double[] w, double[] q, double[] e0, double[] a) {
        System.arraycopy(vs, 0, v, 0, v.length);
        System.arraycopy(hs, 0, h, 0, h.length);
        System.arraycopy(w, 0, work, 0, m);
        System.arraycopy(q, 0, heat, 0, m);
        System.arraycopy(e0, 0, startEnergy, 0, m);
        System.arraycopy(a, 0, logWeight, 0, m);
    }

    double[][] ledgerArrays() {
        return new double[][] {work.clone(), heat.clone(), startEnergy.clone(), logWeight.clone()};
    }

    private interface BlockTask {
        void run(int r0, int r1);
    }

    /** Blocks of at most {@value #BLOCK} chains, about four per core (results do not depend on the blocking). */
    private void forBlocks(BlockTask task) {
        int cores = Runtime.getRuntime().availableProcessors();
        int block = Math.max(1, Math.min(BLOCK, (m + 4 * cores - 1) / (4 * cores)));
        int blocks = (m + block - 1) / block;
        IntStream.range(0, blocks).parallel().forEach(k -> task.run(k * block, Math.min(m, (k + 1) * block)));
    }
}
