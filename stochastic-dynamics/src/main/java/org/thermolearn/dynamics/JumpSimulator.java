package org.thermolearn.dynamics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.thermolearn.core.TrajectoryRecord;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.markov.Gillespie;

/**
 * Samples Markov jump trajectories along a protocol with the full stochastic-thermodynamics ledger, exactly.
 *
 * <p><b>Method.</b> The protocol is held constant on {@code intervals} equal intervals (interval k at
 * {@code lambda((k+1) h)}, the {@link Protocol} convention); at each boundary lambda jumps at fixed state (that is the
 * work {@code E_x(new) - E_x(old)}), and inside an interval Gillespie's direct method runs with exact exponential
 * holding times; a holding time that crosses a boundary is redrawn there, exact by memorylessness. So the sampled
 * process is exactly the one whose master equation {@link #exact()} solves; a continuous {@code lambda(t)} is
 * approached as {@code intervals} grows. With constant rates one interval is exact Gillespie.
 *
 * <p><b>Ledger</b> (Seifert): jumps {@code i -> j} put heat {@code kT ln(w_ij/w_ji)} into the bath; system entropy
 * {@code ln p_0(x_0) - ln p_t(x_t)} uses the exact {@code p(t)}; see {@link JumpRecord}. The initial state is drawn
 * from the stationary distribution at {@code lambda(0)} unless {@link #withInitial} says otherwise. Immutable and
 * thread-safe; trajectory randomness comes only from the given stream.
 *
 * <pre>{@code
 * var sim = MarkovJump.gillespie(RateMatrix.ring(3, 2, 1), 5.0).withCurrent(MarkovJump.ringCycleCurrent(3));
 * var runs = MarkovJump.run(sim, 10_000, RandomStreams.of(42));
 * runs.entropyProductionRate();   // ~ ln 2 = 0.693 per unit time
 * }</pre>
 *
 * @since 1.0
 */
public final class JumpSimulator implements TrajectorySimulator {
    private final MarkovModel model;
    private final Protocol protocol;
    private final int intervals;
    private final double[][] currentIncrements;
    private final JumpSchedule schedule;
    private final double[] initial;
    private final double[] cumulativeInitial;
    private final double[] logInitial;
    private final double[] logFinal;
    private final MasterEquationSolution exact;

    JumpSimulator(MarkovModel model, Protocol protocol, int intervals, double[] initial, double[][] currentIncrements) {
        this.model = Checks.notNull(model, "model");
        this.protocol = Checks.notNull(protocol, "protocol");
        this.intervals = Checks.positive(intervals, "intervals");
        this.currentIncrements = currentIncrements;
        this.schedule = new JumpSchedule(model, protocol, intervals, currentIncrements);
        this.initial = initial != null ? MasterEquation.checkDistribution(initial, model.states()).clone()
                : model.rates(protocol.lambda(0)).stationaryDistribution();
        this.cumulativeInitial = new double[this.initial.length];
        double c = 0;
        for (int i = 0; i < this.initial.length; i++) {
            c += this.initial[i];
            cumulativeInitial[i] = c;
        }
        this.exact = MasterEquation.solve(schedule, this.initial, null);
        this.logInitial = logs(this.initial);
        this.logFinal = logs(exact.finalDistribution().toArray());
    }

    private static double[] logs(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.log(p[i]);
        }
        return out;
    }

    /** Copy starting from the distribution {@code p0} (Not modified; non-negative, sums to 1). */
    public JumpSimulator withInitial(double... p0) {
        return new JumpSimulator(model, protocol, intervals, p0, currentIncrements);
    }

    /**
     * Copy that accumulates the current {@code X = sum d_ij} over the jumps {@code i -> j}.
     *
     * @param increments {@code d[i][j]}, square of the model's size, finite (Not modified); usually antisymmetric
     */
    public JumpSimulator withCurrent(double[][] increments) {
        int n = model.states();
        Checks.notNull(increments, "increments");
        double[][] copy = new double[n][];
        if (increments.length != n) {
            throw new IllegalArgumentException("increments must be " + n + " x " + n + ", got " + increments.length + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (increments[i] == null || increments[i].length != n) {
                throw new IllegalArgumentException("increments must be " + n + " x " + n + ", row " + i + " is not");
            }
            copy[i] = Checks.allFinite(increments[i], "increments[" + i + "]").clone();
        }
        return new JumpSimulator(model, protocol, intervals, initial, copy);
    }

    /**
     * Samples one trajectory with its full ledger.
     *
     * @param rng the trajectory's own stream
     */
    public JumpRecord simulateJumps(RandomGenerator rng) {
        double[] ledger = new double[Gillespie.LEDGER];
        int x0 = drawInitial(rng);
        int x = Gillespie.run(schedule.tables, schedule.boundaries, schedule.initialEnergies, x0, rng, ledger);
        double heat = ledger[Gillespie.HEAT];
        double work = ledger[Gillespie.LAMBDA_WORK] + ledger[Gillespie.DRIVE_WORK];
        double deltaE = schedule.tables[intervals - 1].energy(x) - schedule.initialEnergies[x0];
        double medium = heat / schedule.kT;
        double system = logInitial[x0] - logFinal[x];
        return new JumpRecord(work, heat, deltaE, medium, system, system + medium, ledger[Gillespie.CURRENT],
                (long) ledger[Gillespie.JUMPS]);
    }

    private int drawInitial(RandomGenerator rng) {
        double u = rng.nextDouble();
        int last = cumulativeInitial.length - 1;
        for (int i = 0; i < last; i++) {
            if (u < cumulativeInitial[i]) {
                return i;
            }
        }
        return last;
    }

    @Override
    public TrajectoryRecord simulate(RandomGenerator rng) {
        return simulateJumps(rng).toTrajectoryRecord();
    }

    /** Exact averages along the same discretised protocol (computed once at construction). */
    public MasterEquationSolution exact() {
        return exact;
    }

    /**
     * The exact distribution {@code p(t_k)} at every interval boundary {@code t_k = k * duration / intervals},
     * {@code k = 0..intervals} (computed on each call).
     */
    public double[][] exactDistributions() {
        double[][] path = new double[intervals + 1][];
        MasterEquation.solve(schedule, initial, path);
        return path;
    }

    /** Interval boundaries {@code t_k}, {@code k = 0..intervals} (a copy). */
    public double[] boundaries() {
        return schedule.boundaries.clone();
    }

    /** The initial distribution (a copy). */
    public double[] initialDistribution() {
        return initial.clone();
    }

    /** Length of the protocol. */
    public double duration() {
        return schedule.duration();
    }

    /** The model. */
    public MarkovModel model() {
        return model;
    }

    @Override
    public double kT() {
        return model.kT();
    }

    @Override
    public String description() {
        return model.description() + "; protocol " + protocol.description() + " in " + intervals + " intervals";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("model", model.description());
        p.put("protocol", protocol.description());
        p.put("intervals", intervals);
        p.put("kT", model.kT());
        p.put("method", "Gillespie direct method, piecewise-constant protocol, exact holding times");
        return p;
    }

    @Override
    public String toString() {
        return "JumpSimulator[" + description() + "]";
    }
}
