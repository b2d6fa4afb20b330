package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.Checks;

/**
 * Jarzynski-weighted persistent-chain training of a {@link BernoulliRbm}: the work ledger of the chains is the
 * learning signal. Mutable; one thread drives it.
 *
 * <p>Each of the M persistent chains carries a ledger: every update {@code theta -> theta'} does work
 * {@code w_i = F_theta'(v_i) - F_theta(v_i)} on chain i (kT, at fixed state), every Gibbs half-sweep dissipates heat,
 * and the log-weight is {@code a_i = -W_i} (work since the last resampling). The negative phase of the gradient
 * is weighted by {@code softmax(a)}, which corrects the lag of the chains behind the model (Jarzynski's equality
 * {@code <e^{-W}> = Z_theta / Z_0}); when the ESS {@code (sum e^a)^2 / sum e^{2a}} falls below M/2 the chains are
 * resampled systematically and {@code logmeanexp(a)} is banked ({@link org.thermolearn.core.JarzynskiWeightsState}).
 * The chains start as exact samples of the {@code W = 0} model with the initial biases, so the jump to the initial
 * weights is booked as work and {@code ln Z_theta = ln Z_0 + banked + logmeanexp(a)} holds from the first update.
 *
 * <p>Independent <b>tracker</b> chains (default 1000) follow the same parameter protocol with their own ledger and
 * resampling but never enter the gradient: their running {@code ln Z} is unbiased in {@code Z}. The training
 * chains' own estimate is reported too, labelled biased: each update is computed from those chains and pushes
 * their free energy up, so they do extra work on themselves and the estimate drifts far below the truth (the bias
 * shrinks as 1/M). Optionally the learning rate follows a {@link DissipationBudget} measured on the trackers.
 *
 * <p>Epoch {@code e} shuffles the rows and drives every chain from streams derived only from {@code (seed, e)}: the
 * same seed gives the same model on any core count. Reference: D. Carbone, M. Hua, S. Coste, E. Vanden-Eijnden,
 * NeurIPS 2023, arXiv:2305.19414; C. Jarzynski, PRL 78, 2690 (1997), doi:10.1103/PhysRevLett.78.2690.
 *
 * <pre>{@code
 * var train = Digits.train();
 * var p = JarzynskiParameters.of(TrainingParameters.pcd(100, LearningRateSchedule.constant(0.03)).withMomentum(0.5))
 *         .withMomentumSwitch(0.9, 75).withTrackers(1000);
 * var t = JarzynskiTrainer.start(BernoulliRbm.forData(train, 16, 0.01, RandomStreams.of(1).stream(0)), p, 42);
 * for (int e = 0; e < 20; e++) t.runEpoch(train);
 * t.trackerLogPartition();              // running ln Z, compare t.model().logPartitionExact()
 * t.biasedLogPartition();               // the training chains' own estimate: biased low
 * }</pre>
 *
 * @since 1.0
 */
public final class JarzynskiTrainer {
    private final JarzynskiParameters params;
    private final long seed;
    private final double[] velocity;
    private final WeightedChainsState training;
    private final WeightedChainsState trackers;
    private final double[] pi;
    private final EpochTally tally = new EpochTally();
    private BernoulliRbm model;
    private int epoch;
    private long updates;
    private long sweeps;
    private double rate;
    private double smoothedDissipation = Double.NaN;
    private double lastDissipation;

    private JarzynskiTrainer(BernoulliRbm initial, JarzynskiParameters params, long seed) {
        this.params = params;
        this.seed = seed;
        this.model = initial;
        this.velocity = new double[RbmGradient.size(initial)];
        RandomStreams root = RandomStreams.of(seed);
        this.training = WeightedChainsState.start(initial, params.training().chains(), root.child(-2));
        this.trackers = WeightedChainsState.start(initial, params.trackers(), root.child(-3));
        this.pi = new double[params.training().chains()];
        this.rate = params.budget() == null ? params.training().schedule().rate(0) : params.budget().initialRate();
    }

    /**
     * A fresh run from {@code initial}: chains drawn from its {@code W = 0} model, the jump to it booked as work.
     *
     * @throws IllegalArgumentException on null arguments
     */
    public static JarzynskiTrainer start(BernoulliRbm initial, JarzynskiParameters params, long seed) {
        Checks.notNull(initial, "initial");
        Checks.notNull(params, "params");
        return new JarzynskiTrainer(initial, params, seed);
    }

    /** The current model. */
    public BernoulliRbm model() {
        return model;
    }

    /** The settings. */
    public JarzynskiParameters parameters() {
        return params;
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

    /** The learning rate of the next update. */
    public double learningRate() {
        return params.budget() == null ? params.training().schedule().rate(updates) : rate;
    }

    /** Dissipated work of the last update on the trackers, kT. */
    public double lastDissipation() {
        return lastDissipation;
    }

    /** Unbiased running {@code ln Z} of the current model from the tracker chains. */
    public double trackerLogPartition() {
        return trackers.logPartition();
    }

    /** The training chains' own running {@code ln Z}: biased low (the updates are computed from these chains). */
    public double biasedLogPartition() {
        return training.logPartition();
    }

    /** Effective sample size of the training chains' weights. */
    public double trainingEss() {
        return training.effectiveSampleSize();
    }

    /** Resamplings of the training and tracker chains so far. */
    public int[] resamplings() {
        return new int[] {training.resamplings(), trackers.resamplings()};
    }

    /** Total visible-level work per training chain since the start (a copy), kT. */
    public double[] trainingWork() {
        return training.work();
    }

    /** The training chains (states and heat/work ledger of the joint Gibbs chains). */
    public GibbsChainState trainingChains() {
        return training.chains();
    }

    /**
     * One pass over {@code data} (rows in [0, 1]) in shuffled mini-batches.
     *
     * @throws IllegalArgumentException if the rows do not fit the model
     */
    public JarzynskiEpoch runEpoch(double[][] data) {
        int nv = model.visibleCount();
        double[] flat = Batches.flatten(data, nv, "data");
        RandomStreams streams = RandomStreams.of(seed).child(epoch);
        int[] order = ParameterStep.permutation(data.length, streams.stream(-1));
        training.useStreams(streams.child(0));
        trackers.useStreams(streams.child(1));
        RandomGenerator resampleTraining = streams.stream(-2);
        RandomGenerator resampleTrackers = streams.stream(-3);
        int batchSize = params.training().batchSize();
        tally.reset(training.resamplings(), trackers.resamplings());
        for (int r0 = 0; r0 < data.length; r0 += batchSize) {
            int r1 = Math.min(data.length, r0 + batchSize);
            double[] batch = new double[(r1 - r0) * nv];
            for (int r = r0; r < r1; r++) {
                System.arraycopy(flat, order[r] * nv, batch, (r - r0) * nv, nv);
            }
            update(batch, r1 - r0, resampleTraining, resampleTrackers);
        }
        epoch++;
        return tally.epoch(this);
    }

    private void update(double[] batch, int rows, RandomGenerator rngTraining, RandomGenerator rngTrackers) {
        int k = params.training().gibbsSteps();
        double heat = training.sweep(k);
        trackers.sweep(k);
        sweeps += k;
        int m = training.size();
        double[] g = new double[velocity.length];
        RbmGradient.accumulate(model, batch, rows, 1.0 / rows, null, g);
        if (params.reweight()) {
            training.normalizedWeights(pi);
            RbmGradient.accumulate(model, training.chains().visibleFlat(), m, -1.0, pi, g);
        } else {
            RbmGradient.accumulate(model, training.chains().visibleFlat(), m, -1.0 / m, null, g);
        }
        double eta = learningRate();
        model = ParameterStep.apply(model, velocity, g,
                new ParameterStep.Rates(eta, params.momentum(updates), params.training().weightDecay()));
        double[] onTraining = training.switchTo(model);
        double[] onTrackers = trackers.switchTo(model);
        lastDissipation = Math.max(0, onTrackers[1] + onTrackers[2]);
        if (params.budget() != null) {
            smoothedDissipation = params.budget().smooth(smoothedDissipation, lastDissipation);
            rate = params.budget().nextRate(eta, smoothedDissipation);
        }
        tally.add(onTraining[0], heat, lastDissipation, training.effectiveSampleSize(), eta);
        if (params.reweight()) {
            training.resampleIfBelow(params.resampleBelow(), rngTraining);
        }
        trackers.resampleIfBelow(params.resampleBelow(), rngTrackers);
        updates++;
    }

    /** Sums over one epoch's updates. */
    private static final class EpochTally {
        private int n;
        private double work;
        private double heat;
        private double dissipation;
        private double ess;
        private double rates;
        private int trainingStart;
        private int trackerStart;

        void reset(int trainingResamplings, int trackerResamplings) {
            n = 0;
            work = 0;
            heat = 0;
            dissipation = 0;
            ess = 0;
            rates = 0;
            trainingStart = trainingResamplings;
            trackerStart = trackerResamplings;
        }

        void add(double w, double q, double d, double e, double eta) {
            n++;
            work += w;
            heat += q;
            dissipation += d;
            ess += e;
            rates += eta;
        }

        JarzynskiEpoch epoch(JarzynskiTrainer t) {
            int[] rs = t.resamplings();
            return new JarzynskiEpoch(t.epoch, t.updates, t.sweeps, n, work, heat, dissipation,
                    n == 0 ? t.trainingEss() : ess / n, rs[0] - trainingStart, rs[1] - trackerStart,
                    t.trackerLogPartition(), t.biasedLogPartition(), n == 0 ? t.learningRate() : rates / n);
        }
    }
}
