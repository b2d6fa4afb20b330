package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.thermolearn.core.Json;
import org.thermolearn.learning.BernoulliRbm;
import org.thermolearn.learning.JarzynskiEpoch;
import org.thermolearn.learning.JarzynskiTrainer;

/**
 * Runs one {@link JarzynskiTrainer} on the digits for a number of epochs and records the per-epoch ledger with the
 * exact train/test log-likelihood and the exact {@code ln Z} beside the tracker's (unbiased) and the training
 * chains' own (biased) running estimates. Not thread-safe: one per run.
 *
 * <pre>{@code
 * var r = JarzynskiRun.run(JarzynskiTrainer.start(init, params, 42), train, test, 100, Progress.silent());
 * r.json();
 * }</pre>
 *
 * @param model the final model
 * @param rows per-epoch JSON rows
 * @param sweeps Gibbs sweeps per training chain after each epoch
 * @param testLogLikelihood exact test log-likelihood after each epoch
 * @param trackerError tracker {@code ln Z} minus exact after each epoch
 * @param millisPerUpdate wall time per update (report only, not part of the JSON)
 * @since 1.0
 */
public record JarzynskiRun(BernoulliRbm model, ArrayNode rows, List<Double> sweeps, List<Double> testLogLikelihood,
        List<Double> trackerError, double millisPerUpdate) {

    /** Trains {@code t} for {@code epochs} epochs, evaluating exactly after each. */
    public static JarzynskiRun run(JarzynskiTrainer t, double[][] train, double[][] test, int epochs,
            Progress progress) {
        ArrayNode rows = Json.object().arrayNode();
        List<Double> sweeps = new ArrayList<>();
        List<Double> testLl = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int e = 0; e < epochs; e++) {
            JarzynskiEpoch s = t.runEpoch(train);
            double logZ = t.model().logPartitionExact();
            double ll = t.model().logLikelihood(test, logZ);
            rows.add(row(s, logZ, t.model().logLikelihood(train, logZ), ll));
            sweeps.add((double) s.sweeps());
            testLl.add(ll);
            err.add(s.trackerLogZ() - logZ);
            progress.accept(e + 1);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, t.updates());
        return new JarzynskiRun(t.model(), rows, sweeps, testLl, err, ms);
    }

    private static ObjectNode row(JarzynskiEpoch s, double logZ, double trainLl, double testLl) {
        ObjectNode o = Json.object();
        o.put("epoch", s.epoch());
        o.put("sweeps", s.sweeps());
        o.set("meanWork_kT", Json.number(s.meanWork()));
        o.set("meanHeat_kT", Json.number(s.meanHeat()));
        o.set("dissipatedWork_kT", Json.number(s.dissipatedWork()));
        o.set("dissipationPerUpdate_kT", Json.number(s.dissipationPerUpdate()));
        o.set("meanEss", Json.number(s.meanEss()));
        o.put("trainingResamplings", s.trainingResamplings());
        o.put("trackerResamplings", s.trackerResamplings());
        o.set("exactLogZ", Json.number(logZ));
        o.set("trackerLogZ", Json.number(s.trackerLogZ()));
        o.set("trackerMinusExact", Json.number(s.trackerLogZ() - logZ));
        o.set("biasedLogZ_trainingChains", Json.number(s.biasedLogZ()));
        o.set("learningRate", Json.number(s.meanLearningRate()));
        o.set("trainLogLikelihood", Json.number(trainLl));
        o.set("testLogLikelihood", Json.number(testLl));
        return o;
    }

    /** The largest {@code |tracker ln Z - exact|} over the epochs. */
    public double maxTrackerError() {
        return trackerError.stream().mapToDouble(Math::abs).max().orElse(0);
    }

    /** Final exact test log-likelihood (NaN-free: 0 epochs is rejected by the caller). */
    public double finalTestLogLikelihood() {
        return testLogLikelihood.get(testLogLikelihood.size() - 1);
    }

    static double[] array(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
