package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.learning.Ais;
import org.thermolearn.learning.AisEstimate;
import org.thermolearn.learning.BernoulliRbm;
import org.thermolearn.learning.GibbsChainState;
import org.thermolearn.learning.LearningRateSchedule;
import org.thermolearn.learning.TrainingParameters;
import org.thermolearn.learning.data.Idx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Suite {@code rbm-fashion}: PCD-1 on Fashion-MNIST (28x28, pixel >= threshold -> 1), then {@code log Z} by forward
 * AIS (Salakhutdinov-Murray schedule, base-rate model from the training pixels) and reverse AIS started from test
 * images, which bracket the truth; average train and test log-likelihoods from both. Mean heat and work per chain
 * every epoch; checkpoints every epoch and {@code --resume}. The data come from
 * {@code apt-get install dataset-fashion-mnist} or {@code --data DIR}; a clear message says so when absent.
 *
 * <pre>{@code
 * thermolearn run rbm-fashion --hidden 100 --epochs 5
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "rbm-fashion", mixinStandardHelpOptions = true,
        description = "PCD on Fashion-MNIST; log-likelihood by forward and reverse AIS.")
public final class RbmFashionSuite extends SuiteCommand {
    @Option(names = "--data", paramLabel = "DIR", description = "Directory with the gzipped IDX files (default: ${DEFAULT-VALUE}).",
            defaultValue = "/usr/share/datasets/fashion-mnist")
    Path data;
    @Option(names = "--hidden", description = "Hidden units (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int hidden;
    @Option(names = "--epochs", description = "Training epochs (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int epochs;
    @Option(names = "--limit", description = "Use only the first N training and test images, 0 = all (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    int limit;
    @Option(names = "--threshold", description = "Pixel >= threshold -> 1 (default: ${DEFAULT-VALUE}).", defaultValue = "128")
    int threshold;
    @Option(names = "--learning-rate", description = "Initial learning rate, decaying linearly to 1%% (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.05")
    double learningRate;
    @Option(names = "--momentum", description = "Momentum (default: ${DEFAULT-VALUE}).", defaultValue = "0.5")
    double momentum;
    @Option(names = "--betas", description = "AIS temperatures: 14500 = Salakhutdinov-Murray schedule, else linear (default: ${DEFAULT-VALUE}).",
            defaultValue = "14500")
    int betas;
    @Option(names = "--resume", description = "Continue from the checkpoint in --out.")
    boolean resume;

    @Override
    protected int defaultTrajectories() {
        return 100;
    }

    @Override
    protected void validate() {
        Checks.positive(hidden, "--hidden");
        Checks.positive(epochs, "--epochs");
        Checks.nonNegative(limit, "--limit");
        Checks.positiveFinite(learningRate, "--learning-rate");
        RbmDigitsSuite.momentumInRange(momentum);
        if (threshold < 1 || threshold > 255) {
            throw new IllegalArgumentException("--threshold must be in [1, 255], got " + threshold);
        }
        if (betas < 2) {
            throw new IllegalArgumentException("--betas must be >= 2, got " + betas);
        }
        for (String f : List.of("train-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte.gz")) {
            if (!Files.isRegularFile(data.resolve(f))) {
                throw new IllegalArgumentException(Idx.missing(data.resolve(f)));
            }
        }
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        double[][] train = Idx.binaryImages(data.resolve("train-images-idx3-ubyte.gz"), threshold, limit);
        double[][] test = Idx.binaryImages(data.resolve("t10k-images-idx3-ubyte.gz"), threshold, limit);
        TrainingParameters p = settings(train.length, ctx);
        RbmTrainingRun.Result r = train(train, p, ctx);
        BernoulliRbm model = r.model();
        double[] base = Ais.baseRateBiases(train);
        double[] schedule = betas == 14_500 ? Ais.standardBetas() : Ais.linearBetas(betas);
        AisEstimate fwd = Ais.logPartition(model, base, ctx.trajectories(), schedule, ctx.streams().child(1).seed());
        double[][] start = java.util.Arrays.copyOf(test, Math.min(test.length, ctx.trajectories()));
        AisEstimate rev = Ais.reverse(model, base, start, schedule, ctx.streams().child(2).seed());
        double fTrain = model.meanFreeEnergy(train);
        double fTest = model.meanFreeEnergy(test);
        ObjectNode json = header();
        json.set("parameters", parameters(train.length, test.length, p, schedule.length, ctx));
        json.set("forwardAis", aisJson(fwd, fTrain, fTest));
        json.set("reverseAis", aisJson(rev, fTrain, fTest));
        json.set("epochs_history", RbmTrainingRun.historyJson(r.history(), List.of()));
        List<String> summary = List.of(
                String.format(Locale.ROOT, "rbm-fashion: %d x %d RBM, %d epochs PCD-1 on %d images, seed %d",
                        784, hidden, epochs, train.length, ctx.streams().seed()),
                "  " + fwd,
                "  " + rev,
                String.format(Locale.ROOT, "  test log-likelihood: %.3f (forward AIS) .. %.3f (reverse AIS) nats/image",
                        -fTest - fwd.logZ().value(), -fTest - rev.logZ().value()),
                String.format(Locale.ROOT, "  train log-likelihood: %.3f (forward AIS) nats/image", -fTrain - fwd.logZ().value()));
        return new SuiteReport(json, plots(model, r, ctx), summary);
    }

    private TrainingParameters settings(int rows, SuiteContext ctx) {
        int batches = (rows + 99) / 100;
        return TrainingParameters.pcd(ctx.trajectories(),
                LearningRateSchedule.linear(learningRate, learningRate * 0.01, (long) epochs * batches))
                .withMomentum(momentum);
    }

    private RbmTrainingRun.Result train(double[][] train, TrainingParameters p, SuiteContext ctx) {
        BernoulliRbm init = BernoulliRbm.forData(train, hidden, 0.01, ctx.streams().child(1_000).stream(0));
        try (Progress progress = ctx.progress("rbm-fashion PCD", epochs)) {
            return RbmTrainingRun.of("rbm-fashion-pcd", p, ctx.streams().child(0).seed(), ctx.out())
                    .run(init, train, epochs, List.of(), m -> new double[0], new RbmTrainingRun.Options(resume, 0, 1),
                            progress);
        }
    }

    private ObjectNode parameters(int trainRows, int testRows, TrainingParameters p, int temperatures,
            SuiteContext ctx) {
        ObjectNode par = Json.object();
        par.put("data", data.toString());
        par.put("trainRows", trainRows);
        par.put("testRows", testRows);
        par.put("threshold", threshold);
        par.put("hidden", hidden);
        par.put("epochs", epochs);
        par.put("settings", p.toString());
        par.put("aisTemperatures", temperatures);
        par.put("aisChains", ctx.trajectories());
        return par;
    }

    private Map<String, Consumer<Path>> plots(BernoulliRbm model, RbmTrainingRun.Result r, SuiteContext ctx) {
        Map<String, Consumer<Path>> plots = new LinkedHashMap<>();
        plots.put(suiteName() + "-samples.png", png -> ImageGrid.write(png, List.of(samples(model, ctx)), 28, 2));
        if (!r.history().isEmpty()) {
            double[] x = r.history().stream().mapToDouble(RbmTrainingRun.Epoch::epoch).toArray();
            plots.put(suiteName() + ".png", png -> Plots.lines(png, "Fashion-MNIST PCD: heat and work per chain",
                    "epoch", "kT per chain", List.of(
                            Plots.Curve.of("heat", x, r.history().stream().mapToDouble(RbmTrainingRun.Epoch::heat).toArray()),
                            Plots.Curve.of("work", x, r.history().stream().mapToDouble(RbmTrainingRun.Epoch::work).toArray()))));
        }
        return plots;
    }

    private static ObjectNode aisJson(AisEstimate e, double fTrain, double fTest) {
        ObjectNode o = Json.object();
        o.set("logZ", Json.number(e.logZ().value()));
        o.set("standardError", Json.number(e.logZ().standardError()));
        o.set("logZBase", Json.number(e.logZBase()));
        o.set("effectiveSampleSize", Json.number(e.effectiveSampleSize()));
        o.put("reliable", e.isReliable());
        o.set("trainLogLikelihood", Json.number(-fTrain - e.logZ().value()));
        o.set("testLogLikelihood", Json.number(-fTest - e.logZ().value()));
        o.set("logWeights", Json.array(e.logWeights()));
        return o;
    }

    private static List<double[]> samples(BernoulliRbm m, SuiteContext ctx) {
        GibbsChainState chains = GibbsChainState.of(m, 10, ctx.streams().child(3));
        chains.sweep(1000);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(m.visibleProbabilities(chains.hidden(i)));
        }
        return out;
    }
}
