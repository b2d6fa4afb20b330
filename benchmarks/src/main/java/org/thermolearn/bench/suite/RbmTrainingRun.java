package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.thermolearn.core.Json;
import org.thermolearn.learning.BernoulliRbm;
import org.thermolearn.learning.EpochSummary;
import org.thermolearn.learning.RbmCheckpoint;
import org.thermolearn.learning.RbmTrainingState;
import org.thermolearn.learning.TrainingParameters;

/**
 * Trains one RBM for a number of epochs for a suite, checkpointing after every epoch: the per-epoch history is
 * written atomically first, then the checkpoint, so a killed run resumes ({@code --resume}) from the last complete
 * epoch and ends with the same model as an uninterrupted run. Not thread-safe: one per training run.
 *
 * <pre>{@code
 * var result = RbmTrainingRun.of("pcd", params, 42, dir).run(init, train, 100, m -> new double[] {..}, false, 0, p);
 * }</pre>
 *
 * @param label file-name stem, e.g. {@code rbm-digits-pcd}
 * @param params training settings
 * @param seed seed of the run
 * @param checkpointDir where the checkpoint and history live
 * @since 1.0
 */
public record RbmTrainingRun(String label, TrainingParameters params, long seed, Path checkpointDir) {
    /**
     * One epoch's row: metrics are whatever the evaluator returned (e.g. exact train and test log-likelihood), empty
     * for epochs between evaluations.
     */
    public record Epoch(int epoch, long sweeps, double heat, double work, List<Double> metrics) {
        ObjectNode toJson(List<String> names) {
            ObjectNode o = Json.object();
            o.put("epoch", epoch);
            o.put("sweeps", sweeps);
            o.set("meanHeat_kT", Json.number(heat));
            o.set("meanWork_kT", Json.number(work));
            for (int k = 0; k < metrics.size(); k++) {
                o.set(names.get(k), Json.number(metrics.get(k)));
            }
            return o;
        }
    }

    /**
     * The final model, the history, whether the run went to the end (not stopped by {@code stopAfter}), the target
     * epochs and the settings as text.
     */
    public record Result(BernoulliRbm model, List<Epoch> history, boolean complete, int epochs, String settings) {
    }

    /**
     * How a run proceeds.
     *
     * @param resume continue from the checkpoint if there is one
     * @param stopAfter stop after this many epochs in this invocation (0: never), as if killed
     * @param evaluateEvery evaluate the metrics every this many epochs (and after the last)
     */
    public record Options(boolean resume, int stopAfter, int evaluateEvery) {
        /** Validates. */
        public Options {
            if (stopAfter < 0 || evaluateEvery < 1) {
                throw new IllegalArgumentException("stopAfter must be >= 0 and evaluateEvery >= 1, got " + stopAfter
                        + " and " + evaluateEvery);
            }
        }
    }

    /** A run. */
    public static RbmTrainingRun of(String label, TrainingParameters params, long seed, Path checkpointDir) {
        return new RbmTrainingRun(label, params, seed, checkpointDir);
    }

    private Path checkpoint() {
        return checkpointDir.resolve(label + ".ckpt");
    }

    private Path historyFile() {
        return checkpointDir.resolve(label + ".history.json");
    }

    /**
     * Runs to {@code epochs} epochs.
     *
     * @param names names of the metrics the evaluator returns
     * @param evaluator metrics of the model after each epoch
     * @param options resume, early stop and evaluation interval
     */
    public Result run(BernoulliRbm init, double[][] train, int epochs, List<String> names,
            Function<BernoulliRbm, double[]> evaluator, Options options, Progress progress) {
        boolean resume = options.resume();
        int stopAfter = options.stopAfter();
        RbmTrainingState state = resume && Files.exists(checkpoint())
                ? RbmCheckpoint.load(checkpoint(), params, seed, init.visibleCount(), init.hiddenCount())
                : RbmTrainingState.start(init, params, seed);
        List<Epoch> history = resume && Files.exists(checkpoint()) ? readHistory(state.epoch(), names)
                : new ArrayList<>();
        progress.accept(state.epoch());
        int done = 0;
        while (state.epoch() < epochs) {
            if (stopAfter > 0 && done == stopAfter) {
                return new Result(state.model(), history, false, epochs, params.toString());
            }
            EpochSummary s = state.runEpoch(train);
            boolean evaluate = s.epoch() % options.evaluateEvery() == 0 || s.epoch() == epochs;
            double[] m = evaluate ? evaluator.apply(state.model()) : new double[0];
            List<Double> metrics = new ArrayList<>();
            for (double x : m) {
                metrics.add(x);
            }
            history.add(new Epoch(s.epoch(), s.sweeps(), s.meanHeat(), s.meanWork(), metrics));
            Json.write(historyJson(history, names), historyFile());
            RbmCheckpoint.save(state, checkpoint());
            progress.accept(state.epoch());
            done++;
        }
        return new Result(state.model(), history, true, epochs, params.toString());
    }

    /** The history as a JSON array. */
    public static ArrayNode historyJson(List<Epoch> history, List<String> names) {
        ArrayNode a = Json.object().arrayNode();
        history.forEach(e -> a.add(e.toJson(names)));
        return a;
    }

    private List<Epoch> readHistory(int epochs, List<String> names) {
        JsonNode a = Json.read(historyFile());
        List<Epoch> out = new ArrayList<>();
        for (int k = 0; k < epochs; k++) {
            JsonNode o = a.get(k);
            if (o == null) {
                throw new IllegalArgumentException(historyFile() + " has fewer than " + epochs + " epochs");
            }
            List<Double> metrics = new ArrayList<>();
            for (String n : names) {
                if (o.has(n)) {
                    metrics.add(Json.toDouble(o.get(n), n));
                }
            }
            out.add(new Epoch(o.get("epoch").asInt(), o.get("sweeps").asLong(),
                    Json.toDouble(o.get("meanHeat_kT"), "meanHeat_kT"), Json.toDouble(o.get("meanWork_kT"), "meanWork_kT"),
                    metrics));
        }
        return out;
    }
}
