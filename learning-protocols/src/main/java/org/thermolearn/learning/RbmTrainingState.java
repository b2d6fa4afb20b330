package org.thermolearn.learning;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.Checks;

/**
 * Contrastive-divergence training of a {@link BernoulliRbm} (CD-k or PCD, see {@link TrainingParameters}): mutable,
 * one thread drives it. Epoch {@code e} shuffles the rows and drives the chains with streams derived only from
 * {@code (seed, e)}, so the same seed gives the same model on any core count and a run resumed from a
 * {@link RbmCheckpoint} continues bit-identically. Every update books its work on the chains and every sweep its
 * heat (see {@link GibbsChainState}).
 *
 * <pre>{@code
 * var data = Digits.train();
 * var p = TrainingParameters.pcd(100, LearningRateSchedule.constant(0.05)).withMomentum(0.5);
 * var t = RbmTrainingState.start(BernoulliRbm.independent(Ais.baseRateBiases(data), 16), p, 42);
 * for (int e = 0; e < 50; e++) t.runEpoch(data);
 * t.model().logLikelihood(Digits.test(), t.model().logPartitionExact());
 * }</pre>
 *
 * @since 1.0
 */
public final class RbmTrainingState {
    private final TrainingParameters params;
    private final long seed;
    private final double[] velocity;
    private final GibbsChainState persistent;
    private BernoulliRbm model;
    private int epoch;
    private long updates;
    private long sweeps;

    RbmTrainingState(BernoulliRbm model, TrainingParameters params, long seed, double[] velocity, int epoch,
            long updates, long sweeps) {
        this.model = model;
        this.params = params;
        this.seed = seed;
        this.velocity = velocity;
        this.epoch = epoch;
        this.updates = updates;
        this.sweeps = sweeps;
        this.persistent = params.method() == TrainingParameters.Method.PCD
                ? GibbsChainState.of(model, params.chains(), RandomStreams.of(seed).child(Long.MIN_VALUE))
                : null;
    }

    /** A fresh run from {@code initial}. */
    public static RbmTrainingState start(BernoulliRbm initial, TrainingParameters params, long seed) {
        Checks.notNull(initial, "initial");
        Checks.notNull(params, "params");
        return new RbmTrainingState(initial, params, seed, new double[RbmGradient.size(initial)], 0, 0, 0);
    }

    /** The current model. */
    public BernoulliRbm model() {
        return model;
    }

    /** Epochs completed. */
    public int epoch() {
        return epoch;
    }

    /** Parameter updates so far. */
    public long updates() {
        return updates;
    }

    /** Gibbs sweeps per chain so far. */
    public long sweeps() {
        return sweeps;
    }

    /** The settings. */
    public TrainingParameters parameters() {
        return params;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The persistent chains (PCD), or null for CD. */
    public GibbsChainState persistentChains() {
        return persistent;
    }

    double[] velocity() {
        return velocity;
    }

    /**
     * One pass over {@code data} (rows in [0, 1]) in shuffled mini-batches.
     *
     * @throws IllegalArgumentException if the rows do not fit the model
     */
    public EpochSummary runEpoch(double[][] data) {
        int nv = model.visibleCount();
        double[] flat = Batches.flatten(data, nv, "data");
        RandomStreams streams = RandomStreams.of(seed).child(epoch);
        int[] order = ParameterStep.permutation(data.length, streams.stream(-1));
        double heat = 0;
        double work = 0;
        int batches = (data.length + params.batchSize() - 1) / params.batchSize();
        if (persistent != null) {
            persistent.useStreams(streams.child(0));
        }
        for (int k = 0; k < batches; k++) {
            int r0 = k * params.batchSize();
            int r1 = Math.min(data.length, r0 + params.batchSize());
            double[] batch = new double[(r1 - r0) * nv];
            for (int r = r0; r < r1; r++) {
                System.arraycopy(flat, order[r] * nv, batch, (r - r0) * nv, nv);
            }
            double[] flow = update(batch, r1 - r0, streams.child(k + 1L));
            heat += flow[0];
            work += flow[1];
        }
        epoch++;
        return new EpochSummary(epoch, updates, sweeps, heat, work);
    }

    /** One update; returns {mean heat, mean work} per chain. */
    private double[] update(double[] batch, int rows, RandomStreams batchStreams) {
        GibbsChainState chains = persistent;
        if (chains == null) {
            double[][] start = new double[rows][];
            for (int r = 0; r < rows; r++) {
                start[r] = Arrays.copyOfRange(batch, r * model.visibleCount(), (r + 1) * model.visibleCount());
            }
            chains = GibbsChainState.fromVisible(model, start, batchStreams);
        }
        double[][] before = chains.ledgerArrays();
        double q0 = sum(before[1]);
        double w0 = sum(before[0]);
        chains.sweep(params.gibbsSteps());
        sweeps += params.gibbsSteps();
        double[] g = new double[velocity.length];
        RbmGradient.accumulate(model, batch, rows, 1.0 / rows, null, g);
        RbmGradient.accumulate(model, chains.visibleFlat(), chains.chains(), -1.0 / chains.chains(), null, g);
        model = step(g);
        updates++;
        chains.setModel(model);
        double[][] ledger = chains.ledgerArrays();
        return new double[] {(sum(ledger[1]) - q0) / chains.chains(), (sum(ledger[0]) - w0) / chains.chains()};
    }

    private BernoulliRbm step(double[] g) {
        int nw = model.visibleCount() * model.hiddenCount();
        double eta = params.schedule().rate(updates);
        double[] w = model.w();
        double[] theta = new double[velocity.length];
        System.arraycopy(w, 0, theta, 0, nw);
        System.arraycopy(model.b(), 0, theta, nw, model.visibleCount());
        System.arraycopy(model.c(), 0, theta, nw + model.visibleCount(), model.hiddenCount());
        for (int k = 0; k < velocity.length; k++) {
            double decay = k < nw ? params.weightDecay() * theta[k] : 0;
            velocity[k] = params.momentum() * velocity[k] + eta * (g[k] - decay);
            theta[k] += velocity[k];
        }
        return model.withParameters(Arrays.copyOf(theta, nw),
                Arrays.copyOfRange(theta, nw, nw + model.visibleCount()),
                Arrays.copyOfRange(theta, nw + model.visibleCount(), theta.length));
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }

    void restore(BernoulliRbm m, int e, long u, long s) {
        this.model = m;
        this.epoch = e;
        this.updates = u;
        this.sweeps = s;
    }
}
