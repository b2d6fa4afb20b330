package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.thermolearn.bench.suite.PredictionReport.GridPoint;
import org.thermolearn.core.Json;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.learning.HebbianNeuron;
import org.thermolearn.learning.LearningEfficiency;
import org.thermolearn.learning.NeuronParameters;
import org.thermolearn.learning.OptimizedPrediction;
import org.thermolearn.learning.Prediction;
import org.thermolearn.learning.PredictionObjective;
import org.thermolearn.learning.PredictionOptimizer;
import org.thermolearn.learning.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Suite {@code predictive-inference}: the thermodynamics of prediction (Still, Sivak, Bell and Crooks, PRL 109,
 * 120604 (2012)) on a grid of two-state models, exact and sampled; the system that minimises dissipation at fixed
 * memory (trade-off curve); and the learning efficiency of a Hebbian neuron (Goldt and Seifert, PRL 118, 010601
 * (2017)).
 *
 * <p>Grid point {@code i} samples from {@code streams.child(i)}, optimisation {@code j} from
 * {@code streams.child(1000 + j)} and the neuron from {@code streams.child(2000)}, so the JSON does not depend on
 * the thread count. Writes {@code predictive-inference.json}, {@code predictive-inference.png} (identity plot)
 * and {@code predictive-inference-tradeoff.png}.
 *
 * <pre>{@code
 * thermolearn run predictive-inference --beta-epsilon 1,2,4 --q 0.1,0.3 --r 0.5,1 --trajectories 20000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "predictive-inference", mixinStandardHelpOptions = true,
        description = "Thermodynamics of prediction: dissipation = I_mem - I_pred (exact and sampled), "
                + "dissipation-minimising systems, Hebbian learning efficiency.")
public final class PredictiveInferenceSuite extends SuiteCommand {
    @Option(names = "--beta-epsilon", split = ",", description = "Coupling epsilon/kT values (default: ${DEFAULT-VALUE}).",
            defaultValue = "1,2,4")
    double[] betaEpsilon;
    @Option(names = "--q", split = ",", description = "Signal flip probabilities (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.05,0.1,0.2,0.3")
    double[] q;
    @Option(names = "--r", split = ",", description = "Relaxation probabilities (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.25,0.5,1")
    double[] r;
    @Option(names = "--burn-in", description = "Steps before each sample (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int burnIn;
    @Option(names = "--optimize-q", description = "Signal flip probability of the optimised system (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.1")
    double optimizeQ;
    @Option(names = "--system-states", description = "States of the optimised system (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int systemStates;
    @Option(names = "--memories", split = ",", description = "Memories (nats) of the trade-off curve (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.02,0.05,0.1,0.2,0.3,0.4,0.5")
    double[] memories;
    @Option(names = "--starts", description = "Random starts per optimisation (default: ${DEFAULT-VALUE}).", defaultValue = "4")
    int starts;
    @Option(names = "--inputs", description = "Hebbian neuron: weights N (default: ${DEFAULT-VALUE}).", defaultValue = "20")
    int inputs;
    @Option(names = "--patterns", description = "Hebbian neuron: patterns P <= 16 (default: ${DEFAULT-VALUE}).",
            defaultValue = "8")
    int patterns;
    @Option(names = "--learning-rate", description = "Hebbian neuron: rate nu (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double learningRate;
    @Option(names = "--learning-time", description = "Hebbian neuron: time in 1/k (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    double learningTime;

    @Override
    protected int defaultTrajectories() {
        return 20_000;
    }

    @Override
    protected void validate() {
        check(betaEpsilon, "--beta-epsilon");
        check(q, "--q");
        check(r, "--r");
        check(memories, "--memories");
        for (double v : q) {
            if (!(v > 0 && v <= 1)) {
                throw new IllegalArgumentException("--q values must be in (0, 1], got " + v);
            }
        }
        for (double v : r) {
            if (!(v > 0 && v <= 1)) {
                throw new IllegalArgumentException("--r values must be in (0, 1], got " + v);
            }
        }
        Checks.nonNegative(burnIn, "--burn-in");
        Checks.inClosedRange(optimizeQ, 1e-9, 1, "--optimize-q");
        Checks.positive(starts, "--starts");
        if (systemStates < 2) {
            throw new IllegalArgumentException("--system-states must be >= 2, got " + systemStates);
        }
        for (double v : memories) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException("--memories values must be >= 0 nats, got " + v);
            }
        }
        try {
            neuronParameters();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(asOption(e.getMessage()), e);
        }
    }

    /** A neuron parameter's error in the words of its option ({@code duration ...} -> {@code --learning-time ...}). */
    private static String asOption(String message) {
        String[][] names = {{"duration", "--learning-time"}, {"learningRate", "--learning-rate"},
            {"patterns", "--patterns"}, {"inputs", "--inputs"}};
        for (String[] n : names) {
            if (message.startsWith(n[0] + " ")) {
                return n[1] + message.substring(n[0].length());
            }
        }
        return message;
    }

    private static void check(double[] values, String name) {
        Checks.nonEmptyFinite(values, name);
    }

    private NeuronParameters neuronParameters() {
        return new NeuronParameters(inputs, patterns, learningRate, 1, 1, learningTime, 60);
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        int trajectories = Math.max(2, ctx.trajectories());
        List<double[]> points = new ArrayList<>();
        for (double be : betaEpsilon) {
            for (double qq : q) {
                for (double rr : r) {
                    points.add(new double[] {be, qq, rr});
                }
            }
        }
        List<GridPoint> grid = parallel(ctx, points.size(), i -> {
            double[] p = points.get(i);
            Prediction pred = Prediction.twoState(p[0], p[1], p[2]);
            return new GridPoint(p[0], p[1], p[2], pred.step(), pred.sample(trajectories, burnIn, ctx.streams().child(i)));
        });
        PredictionOptimizer opt = PredictionOptimizer.of(Signal.flip(optimizeQ), systemStates).withStarts(starts);
        List<OptimizedPrediction> optimized = parallel(ctx, 2 * memories.length, j -> opt.optimize(
                j < memories.length ? PredictionObjective.NONPREDICTIVE_INFORMATION : PredictionObjective.DISSIPATION,
                memories[j % memories.length], ctx.streams().child(1000 + j)));
        List<OptimizedPrediction> minNonpredictive = optimized.subList(0, memories.length);
        List<OptimizedPrediction> minDissipation = optimized.subList(memories.length, optimized.size());
        RandomStreams neuronStreams = ctx.streams().child(2000);
        HebbianNeuron neuron = HebbianNeuron.random(neuronParameters(), neuronStreams.child(1).stream(0));
        LearningEfficiency eff = neuron.simulate(trajectories, neuronStreams);
        ObjectNode json = json(grid, minNonpredictive, minDissipation, eff, trajectories);
        Map<String, Consumer<Path>> plots = new LinkedHashMap<>();
        plots.put(suiteName() + ".png", png -> PredictionReport.identityPlot(png, grid));
        plots.put(suiteName() + "-tradeoff.png",
                png -> PredictionReport.tradeOffPlot(png, minNonpredictive, minDissipation,
                        grid.stream().filter(x -> x.q() == optimizeQ).toList()));
        return new SuiteReport(json, plots, summary(grid, minNonpredictive, minDissipation, eff, trajectories));
    }

    private ObjectNode json(List<GridPoint> grid, List<OptimizedPrediction> np, List<OptimizedPrediction> diss,
            LearningEfficiency eff, int trajectories) {
        ObjectNode json = header();
        ObjectNode p = json.putObject("parameters");
        p.set("betaEpsilon", Json.array(betaEpsilon));
        p.set("q", Json.array(q));
        p.set("r", Json.array(r));
        p.put("trajectoriesPerPoint", trajectories);
        p.put("burnIn", burnIn);
        p.set("optimizeQ", Json.number(optimizeQ));
        p.put("systemStates", systemStates);
        p.set("memories_nats", Json.array(memories));
        p.put("starts", starts);
        p.put("model", "two-state signal flipping with probability q; two-state system E = epsilon [s != x], "
                + "partial relaxation with probability r; per step: work step, then relaxation");
        ObjectNode np2 = p.putObject("neuron");
        NeuronParameters n = neuronParameters();
        np2.put("inputs", n.inputs());
        np2.put("patterns", n.patterns());
        np2.set("learningRate", Json.number(n.learningRate()));
        np2.set("learningTime", Json.number(n.duration()));
        np2.put("steps", n.steps());
        ArrayNode g = json.putArray("grid");
        grid.forEach(x -> g.add(PredictionReport.grid(x)));
        json.set("maxIdentityResidual", Json.number(grid.stream()
                .mapToDouble(x -> Math.abs(x.exact().identityResidual())).max().orElse(0)));
        json.set("maxAbsZ", Json.number(grid.stream().mapToDouble(GridPoint::maxAbsZ).max().orElse(0)));
        ObjectNode o = json.putObject("optimized");
        ArrayNode a = o.putArray("minNonpredictiveInformation");
        np.forEach(x -> a.add(PredictionReport.optimized(x)));
        ArrayNode b = o.putArray("minDissipation");
        diss.forEach(x -> b.add(PredictionReport.optimized(x)));
        json.set("hebbianLearning", PredictionReport.efficiency(eff));
        return json;
    }

    private List<String> summary(List<GridPoint> grid, List<OptimizedPrediction> np, List<OptimizedPrediction> diss,
            LearningEfficiency eff, int trajectories) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "predictive-inference: %d two-state models (betaEpsilon x q x r), "
                + "%d trajectories each, burn-in %d", grid.size(), trajectories, burnIn));
        out.add(String.format(Locale.ROOT, "  identity beta(<W> - <dF_neq>) = I_mem - I_pred: max |residual| = %.2e",
                grid.stream().mapToDouble(x -> Math.abs(x.exact().identityResidual())).max().orElse(0)));
        out.add(String.format(Locale.ROOT, "  sampled vs exact: max |z| = %.2f over I_mem, I_pred, I_mem - I_pred, <W>",
                grid.stream().mapToDouble(GridPoint::maxAbsZ).max().orElse(0)));
        GridPoint first = grid.get(0);
        out.add(String.format(Locale.ROOT, "  e.g. betaEpsilon=%s q=%s r=%s: I_mem=%.5f I_pred=%.5f I_mem-I_pred=%.5f "
                + "(sampled %.5f +/- %.5f) beta<W>=%.5f", fmt(first.betaEpsilon()), fmt(first.q()), fmt(first.r()),
                first.exact().memory(), first.exact().predictivePower(), first.exact().nonpredictiveInformation(),
                first.sampled().nonpredictiveInformation().value(),
                first.sampled().nonpredictiveInformation().standardError(), first.exact().work()));
        out.add(String.format(Locale.ROOT, "  optimised %d-state system for q=%s (min I_mem - I_pred | min beta<W>):",
                systemStates, fmt(optimizeQ)));
        for (int i = 0; i < np.size(); i++) {
            out.add(String.format(Locale.ROOT, "    I_mem=%.3f: %.5f nats | %.5f kT (I_pred/I_mem %.3f)%s",
                    memories[i], np.get(i).prediction().nonpredictiveInformation(), diss.get(i).prediction().work(),
                    np.get(i).prediction().predictiveEfficiency(),
                    np.get(i).feasible() && diss.get(i).feasible() ? "" : "  INFEASIBLE"));
        }
        out.add(String.format(Locale.ROOT, "  Hebbian neuron N=%d P=%d: sum I(label; output) = %.4f +/- %.4f nats "
                + "(exact %.4f) <= dS(w) + Q/T = %.4f + %.4f; efficiency eta = %.4f +/- %.4f", inputs, patterns,
                eff.information().value(), eff.information().standardError(), eff.informationExact(),
                eff.weightEntropyChange().value(), eff.heat().value(), eff.efficiency().value(),
                eff.efficiency().standardError()));
        return out;
    }

    private static <T> List<T> parallel(SuiteContext ctx, int n, Function<Integer, T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(ctx.threads(), Math.max(1, n)));
        try {
            List<Future<T>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> out = new ArrayList<>(n);
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
