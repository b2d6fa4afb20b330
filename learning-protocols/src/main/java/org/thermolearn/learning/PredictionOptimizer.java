package org.thermolearn.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.Checks;

/**
 * Learning by minimising dissipation: tunes a system's energies {@code E(s, x)} and relaxation probability
 * {@code r} so that, at a given memory {@code I_mem}, it dissipates least or predicts best.
 *
 * <p>Parameters: {@code E(s, x)} in {@code [-energyBound, energyBound]} kT and {@code r} in {@code [rMin, 1]} of a
 * partial relaxation. The memory constraint is imposed by a quadratic penalty raised {@code 1e2 -> 1e4 -> 1e6};
 * each stage is a Hipparchus BOBYQA run (Powell 2009) from the best point so far, from {@code starts} random
 * initial points. The result reports the constraint violation; the optimum is exact up to the optimiser's
 * tolerance since every objective is computed by enumeration ({@link Prediction}). Reference: Still, Sivak, Bell
 * and Crooks, PRL 109, 120604 (2012), doi:10.1103/PhysRevLett.109.120604. Immutable and thread-safe.
 *
 * <pre>{@code
 * var opt = PredictionOptimizer.of(Signal.flip(0.1), 2);
 * var best = opt.optimize(PredictionObjective.NONPREDICTIVE_INFORMATION, 0.2, RandomStreams.of(7));
 * var curve = opt.tradeOff(PredictionObjective.DISSIPATION, new double[] {0.05, 0.1, 0.2}, RandomStreams.of(7));
 * }</pre>
 *
 * @since 1.0
 */
public final class PredictionOptimizer {
    private static final double[] PENALTIES = {1e2, 1e4, 1e6};
    private static final int MAX_EVALUATIONS = 50_000;
    private final Signal signal;
    private final int systemStates;
    private final double energyBound;
    private final double rMin;
    private final int starts;

    private PredictionOptimizer(Signal signal, int systemStates, double energyBound, double rMin, int starts) {
        this.signal = Checks.notNull(signal, "signal");
        if (systemStates < 2) {
            throw new IllegalArgumentException("systemStates must be >= 2, got " + systemStates);
        }
        this.systemStates = systemStates;
        this.energyBound = Checks.positiveFinite(energyBound, "energyBound");
        this.rMin = Checks.inClosedRange(rMin, 1e-6, 1, "rMin");
        this.starts = Checks.positive(starts, "starts");
    }

    /** An optimiser of {@code systemStates}-state systems for {@code signal}: bound 8 kT, {@code r >= 0.01}, 6 starts. */
    public static PredictionOptimizer of(Signal signal, int systemStates) {
        return new PredictionOptimizer(signal, systemStates, 8, 0.01, 6);
    }

    /** A copy with another energy bound (kT). */
    public PredictionOptimizer withEnergyBound(double bound) {
        return new PredictionOptimizer(signal, systemStates, bound, rMin, starts);
    }

    /** A copy optimising systems of {@code n} states. */
    public PredictionOptimizer withSystemStates(int n) {
        return new PredictionOptimizer(signal, n, energyBound, rMin, starts);
    }

    /** A copy with another number of random starts. */
    public PredictionOptimizer withStarts(int n) {
        return new PredictionOptimizer(signal, systemStates, energyBound, rMin, n);
    }

    /**
     * The system described by parameter vector {@code v}: the energies {@code E(s, x)} of states {@code s >= 1} row
     * by row, then {@code r}. {@code E(0, x) = 0}: adding any {@code g(x)} to the energies leaves the stationary
     * information and the mean work unchanged, so this gauge loses nothing.
     */
    public DrivenSystem system(double[] v) {
        int nx = signal.states();
        double[][] e = new double[systemStates][nx];
        for (int s = 1; s < systemStates; s++) {
            System.arraycopy(v, (s - 1) * nx, e[s], 0, nx);
        }
        return DrivenSystem.of(e, Relaxation.partial(v[v.length - 1]));
    }

    /**
     * Optimises {@code objective} at memory {@code memory} (nats).
     *
     * @param streams start {@code k} is drawn from {@code streams.stream(k)}
     */
    public OptimizedPrediction optimize(PredictionObjective objective, double memory, RandomStreams streams) {
        Checks.notNull(objective, "objective");
        Checks.nonNegativeFinite(memory, "memory");
        Checks.notNull(streams, "streams");
        int dim = (systemStates - 1) * signal.states() + 1;
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        java.util.Arrays.fill(lo, -energyBound);
        java.util.Arrays.fill(hi, energyBound);
        lo[dim - 1] = rMin;
        hi[dim - 1] = 1;
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        int evaluations = 0;
        for (int k = 0; k < starts; k++) {
            double[] x = randomStart(streams.stream(k), lo, hi);
            for (double mu : PENALTIES) {
                BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * dim + 1, 0.5, 1e-8);
                PointValuePair pv = bobyqa.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MINIMIZE, new InitialGuess(x),
                        new SimpleBounds(lo, hi), new ObjectiveFunction(v -> penalised(objective, memory, mu, v)));
                evaluations += bobyqa.getEvaluations();
                x = pv.getPoint();
                if (mu == PENALTIES[PENALTIES.length - 1] && pv.getValue() < bestValue) {
                    bestValue = pv.getValue();
                    best = x;
                }
            }
        }
        Prediction p = Prediction.of(signal, system(best));
        return new OptimizedPrediction(objective, memory, p, objective.violation(p.step(), memory), evaluations);
    }

    /**
     * Optimises over the number of system states as well: the best feasible optimum over {@code 2..maxStates}
     * states (the infeasible optimum of least violation when none is feasible).
     *
     * @param maxStates largest number of system states, >= 2
     * @param streams {@code m} states use {@code streams.child(m)}
     */
    public OptimizedPrediction optimizeStates(PredictionObjective objective, double memory, int maxStates,
            RandomStreams streams) {
        if (maxStates < 2) {
            throw new IllegalArgumentException("maxStates must be >= 2, got " + maxStates);
        }
        OptimizedPrediction best = null;
        for (int m = 2; m <= maxStates; m++) {
            OptimizedPrediction o = withSystemStates(m).optimize(objective, memory, streams.child(m));
            if (best == null || better(o, best, objective)) {
                best = o;
            }
        }
        return best;
    }

    private static boolean better(OptimizedPrediction a, OptimizedPrediction b, PredictionObjective objective) {
        if (a.feasible() != b.feasible()) {
            return a.feasible();
        }
        if (!a.feasible()) {
            return Math.abs(a.constraintViolation()) < Math.abs(b.constraintViolation());
        }
        return objective.cost(a.prediction().step()) < objective.cost(b.prediction().step());
    }

    /**
     * The trade-off curve: the optimum at each memory in {@code memories} (nats), in order.
     *
     * @param memories target memories (Not modified)
     * @param streams memory {@code i} uses {@code streams.child(i)}
     */
    public List<OptimizedPrediction> tradeOff(PredictionObjective objective, double[] memories, RandomStreams streams) {
        Checks.nonEmptyFinite(memories, "memories");
        List<OptimizedPrediction> out = new ArrayList<>(memories.length);
        for (int i = 0; i < memories.length; i++) {
            out.add(optimize(objective, memories[i], streams.child(i)));
        }
        return out;
    }

    private double penalised(PredictionObjective objective, double memory, double mu, double[] v) {
        PredictionStep st;
        try {
            st = Prediction.of(signal, system(v)).step();
        } catch (IllegalArgumentException e) {
            return 1e12;                      // a degenerate candidate (no unique stationary state)
        }
        double c = objective.violation(st, memory);
        return objective.cost(st) + mu * c * c;
    }

    private static double[] randomStart(RandomGenerator rng, double[] lo, double[] hi) {
        double[] x = new double[lo.length];
        for (int i = 0; i < x.length; i++) {
            double span = Math.min(hi[i] - lo[i], 6);
            double mid = 0.5 * (lo[i] + hi[i]);
            x[i] = mid + span * (rng.nextDouble() - 0.5);
        }
        return x;
    }
}
