package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.learning.Ais;
import org.thermolearn.learning.BernoulliRbm;
import org.thermolearn.learning.GibbsChainState;
import org.thermolearn.learning.LearningRateSchedule;
import org.thermolearn.learning.TrainingParameters;
import org.thermolearn.learning.data.Digits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Suite {@code rbm-digits}: CD-1, CD-k, PCD-1 and Jarzynski training on the shipped 8x8 digits (pixel >= 8 -> 1;
 * test = index % 5 == 0) at an equal budget of Gibbs sweeps, with the exact train and test log-likelihood (nats per image, exact
 * {@code log Z} by enumerating the hidden layer) and the mean heat and work per chain after every epoch; curves and
 * a grid of model samples as PNG. Checkpoints every epoch; {@code --resume} continues a killed run to the same
 * final model. The independent-pixel floor is -25.28 nats.
 *
 * <pre>{@code
 * thermolearn run rbm-digits --hidden 16 --sweeps 20000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "rbm-digits", mixinStandardHelpOptions = true,
        description = "CD-1, CD-k, PCD and Jarzynski training on the 8x8 digits at equal Gibbs budget; exact "
                + "log-likelihood and work/heat ledger per epoch.")
public final class RbmDigitsSuite extends SuiteCommand {
    private static final double FLOOR = -25.28;
    private static final int BATCH = 100;
    private static final List<String> NAMES = List.of("trainLogLikelihood", "testLogLikelihood", "logZ");

    @Option(names = "--hidden", description = "Hidden units, <= 24 for exact log Z (default: ${DEFAULT-VALUE}).",
            defaultValue = "16")
    int hidden;
    @Option(names = "--sweeps", description = "Gibbs sweeps per method, rounded up to whole epochs "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "20000")
    int sweeps;
    @Option(names = "--k", description = "Sweeps per update of CD-k (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    int k;
    @Option(names = "--methods", split = ",", description = "Methods among cd1, cdk, pcd, jarzynski, jarzynski-budget "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "cd1,cdk,pcd,jarzynski,jarzynski-budget")
    List<String> methods;
    @Mixin
    JarzynskiDigits jarzynski;
    @Option(names = "--learning-rate", description = "Initial learning rate (default: ${DEFAULT-VALUE}).", defaultValue = "0.1")
    double learningRate;
    @Option(names = "--final-learning-rate", description = "Rate at the end of the linear decay (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.001")
    double finalRate;
    @Option(names = "--momentum", description = "Momentum (default: ${DEFAULT-VALUE}).", defaultValue = "0.5")
    double momentum;
    @Option(names = "--weight-decay", description = "L2 weight decay (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    double weightDecay;
    @Option(names = "--eval-every", description = "Exact log-likelihood every N epochs and after the last (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int evalEvery;
    @Option(names = "--resume", description = "Continue from the checkpoints in --out.")
    boolean resume;
    @Option(names = "--stop-after", hidden = true, defaultValue = "0",
            description = "Stop each method after this many epochs in this invocation, as if killed (tests resume).")
    int stopAfter;

    @Override
    protected int defaultTrajectories() {
        return 100;
    }

    /** {@code --momentum} in [0, 1), checked before the run (shared with rbm-fashion). */
    static void momentumInRange(double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("--momentum must be in [0, 1), got " + momentum);
        }
    }

    @Override
    protected void validate() {
        if (hidden < 1 || hidden > 24) {
            throw new IllegalArgumentException("--hidden must be in [1, 24] for exact log Z, got " + hidden);
        }
        Checks.positive(sweeps, "--sweeps");
        Checks.positive(k, "--k");
        Checks.positiveFinite(learningRate, "--learning-rate");
        Checks.nonNegativeFinite(finalRate, "--final-learning-rate");
        Checks.nonNegativeFinite(weightDecay, "--weight-decay");
        momentumInRange(momentum);
        Checks.nonNegative(stopAfter, "--stop-after");
        Checks.positive(evalEvery, "--eval-every");
        jarzynski.validate();
        int batches = (Digits.train().length + BATCH - 1) / BATCH;
        for (String m : methods) {
            if (!List.of("cd1", "cdk", "pcd").contains(m) && !JarzynskiDigits.METHODS.contains(m)) {
                throw new IllegalArgumentException("--methods must be among cd1, cdk, pcd, jarzynski, "
                        + "jarzynski-budget, got " + m);
            }
            int epoch = (m.equals("cdk") ? k : 1) * batches;
            if (sweeps < epoch) {
                throw new IllegalArgumentException("--sweeps " + sweeps + " is less than one epoch of " + m + " ("
                        + epoch + " sweeps: " + batches + " updates of " + epoch / batches + " sweeps)");
            }
        }
    }

    private TrainingParameters params(String method, long updates, int chains) {
        LearningRateSchedule s = LearningRateSchedule.linear(learningRate, finalRate, updates);
        TrainingParameters p = method.equals("pcd") ? TrainingParameters.pcd(chains, s)
                : TrainingParameters.cd(method.equals("cd1") ? 1 : k, s);
        return p.withBatchSize(BATCH).withMomentum(momentum).withWeightDecay(weightDecay);
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        double[][] train = Digits.train();
        double[][] test = Digits.test();
        BernoulliRbm init = BernoulliRbm.forData(train, hidden, 0.01, ctx.streams().child(1_000).stream(0));
        ObjectNode json = header();
        json.set("parameters", parameters(ctx));
        ObjectNode results = json.putObject("methods");
        List<Plots.Curve> curves = new ArrayList<>();
        List<Plots.Curve> ledger = new ArrayList<>();
        List<List<double[]>> grid = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "rbm-digits: %d hidden, %d sweeps per method, seed %d (floor %.2f)",
                hidden, sweeps, ctx.streams().seed(), FLOOR));
        boolean complete = true;
        Map<String, Consumer<Path>> jarzynskiPlots = new LinkedHashMap<>();
        jarzynski.prepare(init, train, test, ctx);
        for (int mi = 0; mi < methods.size(); mi++) {
            if (JarzynskiDigits.METHODS.contains(methods.get(mi))) {
                JarzynskiDigits.Outcome o = runJarzynski(ctx, mi, train.length);
                results.set(methods.get(mi), o.json());
                curves.add(o.curve());
                grid.add(samples(o.model(), ctx.streams().child(2_000 + mi)));
                summary.add(o.line());
                jarzynskiPlots.put(suiteName() + "-" + methods.get(mi) + "-ledger.png", o.ledgerPng());
                continue;
            }
            RbmTrainingRun.Result r = runMethod(ctx, mi, init, train, test);
            complete &= r.complete();
            String method = methods.get(mi);
            results.set(method, methodJson(method, r));
            addCurves(label(method), r.history(), curves, ledger);
            grid.add(samples(r.model(), ctx.streams().child(2_000 + mi)));
            summary.add(line(method, r));
        }
        json.put("complete", complete);
        Map<String, Consumer<Path>> plots = new LinkedHashMap<>(jarzynskiPlots);
        jarzynski.robustness(sweeps, (train.length + BATCH - 1) / BATCH, ctx.streams().child(3_000).seed(),
                new JarzynskiDigits.Report(suiteName(), json, plots, summary));
        if (!curves.isEmpty()) {
            plots.put(suiteName() + ".png", png -> Plots.lines(png, "8x8 digits, " + hidden
                    + " hidden: exact test log-likelihood", "Gibbs sweeps", "nats per image", curves));
        }
        if (!ledger.isEmpty()) {
            plots.put(suiteName() + "-ledger.png", png -> Plots.lines(png, "8x8 digits, " + hidden
                    + " hidden: mean work and heat per chain in each epoch", "Gibbs sweeps", "kT per chain", ledger));
        }
        plots.put(suiteName() + "-samples.png", png -> ImageGrid.write(png, grid, 8, 4));
        return new SuiteReport(json, plots, summary);
    }

    private RbmTrainingRun.Result runMethod(SuiteContext ctx, int mi, BernoulliRbm init, double[][] train,
            double[][] test) {
        String method = methods.get(mi);
        int batches = (train.length + BATCH - 1) / BATCH;
        int perUpdate = method.equals("cdk") ? k : 1;
        int epochs = Math.max(1, (int) Math.ceil(sweeps / (double) (perUpdate * batches)));
        TrainingParameters p = params(method, (long) epochs * batches, ctx.trajectories());
        try (Progress progress = ctx.progress("rbm-digits " + method, epochs)) {
            return RbmTrainingRun.of("rbm-digits-" + method, p, ctx.streams().child(mi).seed(), ctx.out())
                    .run(init, train, epochs, NAMES, m -> evaluate(m, train, test),
                            new RbmTrainingRun.Options(resume, stopAfter, evalEvery), progress);
        }
    }

    /** Jarzynski training at the Gibbs budget and schedule of PCD (one sweep per update). */
    private JarzynskiDigits.Outcome runJarzynski(SuiteContext ctx, int mi, int rows) {
        int batches = (rows + BATCH - 1) / BATCH;
        int epochs = Math.max(1, (int) Math.ceil(sweeps / (double) batches));
        return jarzynski.run(methods.get(mi), params("pcd", (long) epochs * batches, ctx.trajectories()), epochs,
                ctx.streams().child(mi).seed());
    }

    private static void addCurves(String label, List<RbmTrainingRun.Epoch> history, List<Plots.Curve> curves,
            List<Plots.Curve> ledger) {
        if (history.isEmpty()) {
            return;
        }
        double[] x = history.stream().mapToDouble(RbmTrainingRun.Epoch::sweeps).toArray();
        boolean markers = x.length <= 60;
        List<RbmTrainingRun.Epoch> rated = history.stream().filter(e -> !e.metrics().isEmpty()).toList();
        double[] xr = rated.stream().mapToDouble(RbmTrainingRun.Epoch::sweeps).toArray();
        if (!rated.isEmpty()) {
            curves.add(curve(label + " test", xr, rated.stream().mapToDouble(e -> e.metrics().get(1)).toArray(),
                    markers));
            curves.add(curve(label + " train", xr, rated.stream().mapToDouble(e -> e.metrics().get(0)).toArray(),
                    markers));
        }
        ledger.add(curve(label + " work", x, history.stream().mapToDouble(RbmTrainingRun.Epoch::work).toArray(), markers));
        ledger.add(curve(label + " heat", x, history.stream().mapToDouble(RbmTrainingRun.Epoch::heat).toArray(), markers));
    }

    private static Plots.Curve curve(String name, double[] x, double[] y, boolean markers) {
        return new Plots.Curve(name, Samples.of(x), Samples.of(y), markers);
    }

    private static double[] evaluate(BernoulliRbm m, double[][] train, double[][] test) {
        double logZ = m.logPartitionExact();
        return new double[] {m.logLikelihood(train, logZ), m.logLikelihood(test, logZ), logZ};
    }

    /** 12 model samples (visible probabilities after 1000 sweeps from the independent-pixel start). */
    private static List<double[]> samples(BernoulliRbm m, RandomStreams streams) {
        GibbsChainState chains = GibbsChainState.of(m, 12, streams);
        chains.sweep(1000);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(m.visibleProbabilities(chains.hidden(i)));
        }
        return out;
    }

    private String label(String method) {
        return method.equals("cdk") ? "CD-" + k : method.equals("cd1") ? "CD-1" : "PCD-1";
    }

    private ObjectNode methodJson(String method, RbmTrainingRun.Result r) {
        ObjectNode o = Json.object();
        o.put("label", label(method));
        o.put("epochs", r.epochs());
        o.put("settings", r.settings());
        o.put("complete", r.complete());
        RbmTrainingRun.Epoch last = lastRated(r.history());
        if (last != null) {
            o.set("finalTrainLogLikelihood", Json.number(last.metrics().get(0)));
            o.set("finalTestLogLikelihood", Json.number(last.metrics().get(1)));
            o.set("finalLogZ", Json.number(last.metrics().get(2)));
        }
        ArrayNode hist = RbmTrainingRun.historyJson(r.history(), NAMES);
        o.set("epochs_history", hist);
        return o;
    }

    private static RbmTrainingRun.Epoch lastRated(List<RbmTrainingRun.Epoch> history) {
        for (int k = history.size() - 1; k >= 0; k--) {
            if (!history.get(k).metrics().isEmpty()) {
                return history.get(k);
            }
        }
        return null;
    }

    private String line(String method, RbmTrainingRun.Result r) {
        RbmTrainingRun.Epoch last = lastRated(r.history());
        if (last == null) {
            return "  " + label(method) + ": no evaluated epochs";
        }
        return String.format(Locale.ROOT, "  %-6s after %6d sweeps: train %.3f, test %.3f nats/image (log Z %.4f)%s",
                label(method), last.sweeps(), last.metrics().get(0), last.metrics().get(1), last.metrics().get(2),
                r.complete() ? "" : "  [stopped early; rerun with --resume]");
    }

    private ObjectNode parameters(SuiteContext ctx) {
        ObjectNode p = Json.object();
        p.put("data", "8x8 digits (UCI, via scikit-learn), pixel >= 8 -> 1, test = index % 5 == 0");
        p.put("trainRows", 1437);
        p.put("testRows", 360);
        p.put("hidden", hidden);
        p.put("sweepsPerMethod", sweeps);
        p.put("cdK", k);
        p.put("evaluateEveryEpochs", evalEvery);
        p.put("batchSize", BATCH);
        p.put("pcdChains", ctx.trajectories());
        p.set("learningRate", Json.number(learningRate));
        p.set("finalLearningRate", Json.number(finalRate));
        p.set("momentum", Json.number(momentum));
        p.set("weightDecay", Json.number(weightDecay));
        p.set("independentPixelFloor", Json.number(FLOOR));
        p.set("baseRateLogZ16", Json.number(BernoulliRbm.independent(Ais.baseRateBiases(Digits.train()), 16)
                .logPartitionExact()));
        return p;
    }
}
