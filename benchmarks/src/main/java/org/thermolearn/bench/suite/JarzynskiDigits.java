package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.learning.BernoulliRbm;
import org.thermolearn.learning.DissipationBudget;
import org.thermolearn.learning.JarzynskiParameters;
import org.thermolearn.learning.JarzynskiTrainer;
import org.thermolearn.learning.LearningRateSchedule;
import org.thermolearn.learning.TrainingParameters;
import picocli.CommandLine.Option;

/**
 * The Jarzynski part of the {@code rbm-digits} suite (a picocli mixin): methods {@code jarzynski} (the suite's
 * schedule) and {@code jarzynski-budget} (learning rate from a {@link DissipationBudget}), each with tracker chains
 * and the per-epoch ledger, and the robustness comparison at a constant learning rate (default 0.03, batch 100,
 * momentum 0.5 -> 0.9 after 5 epochs): Jarzynski against plain PCD run by the same trainer without reweighting, so
 * both have the same momentum protocol and the same tracker. Not thread-safe; one per suite invocation.
 *
 * <pre>{@code
 * thermolearn run rbm-digits --methods pcd,jarzynski,jarzynski-budget --trackers 1000 --dissipation-budget 0.01
 * }</pre>
 *
 * @since 1.0
 */
public final class JarzynskiDigits {
    /** Method names this class handles. */
    public static final List<String> METHODS = List.of("jarzynski", "jarzynski-budget");
    private static final long MOMENTUM_SWITCH = 75;

    @Option(names = "--trackers", description = "Tracker chains of the Jarzynski trainer (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int trackers;
    @Option(names = "--dissipation-budget", description = "Dissipated work per update allowed to jarzynski-budget, kT "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "0.01")
    double budget;
    @Option(names = "--robustness-sweeps", description = "Sweeps of the constant-rate Jarzynski vs PCD comparison; "
            + "-1: --sweeps, 0: skip (default: ${DEFAULT-VALUE}).", defaultValue = "-1")
    int robustnessSweeps;
    @Option(names = "--robustness-rate", description = "Constant learning rate of the comparison "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "0.03")
    double robustnessRate;
    private BernoulliRbm init;
    private double[][] train;
    private double[][] test;
    private SuiteContext ctx;

    /** Sets the initial model, the data and the context of the runs that follow. */
    public void prepare(BernoulliRbm initial, double[][] trainRows, double[][] testRows, SuiteContext context) {
        this.init = initial;
        this.train = trainRows;
        this.test = testRows;
        this.ctx = context;
    }

    /** Checks the options. */
    public void validate() {
        Checks.positive(trackers, "--trackers");
        Checks.positiveFinite(budget, "--dissipation-budget");
        Checks.positiveFinite(robustnessRate, "--robustness-rate");
        if (robustnessSweeps < -1) {
            throw new IllegalArgumentException("--robustness-sweeps must be >= -1, got " + robustnessSweeps);
        }
    }

    /** One method's result: JSON, its test curve, its final model and a summary line. */
    public record Outcome(ObjectNode json, Plots.Curve curve, BernoulliRbm model, String line,
            Consumer<Path> ledgerPng) {
    }

    /** Label of a method. */
    public static String label(String method) {
        return method.equals("jarzynski") ? "Jarzynski" : "Jarzynski (budget)";
    }

    /**
     * Runs {@code method} on the digits ({@link #prepare} first) with the suite's shared settings.
     *
     * @param base the suite's PCD settings (schedule, batch, momentum, decay, chains)
     */
    public Outcome run(String method, TrainingParameters base, int epochs, long seed) {
        JarzynskiParameters p = JarzynskiParameters.of(base).withTrackers(trackers);
        if (method.equals("jarzynski-budget")) {
            p = p.withBudget(DissipationBudget.of(budget));
        }
        JarzynskiRun r;
        try (Progress progress = ctx.progress("rbm-digits " + method, epochs)) {
            r = JarzynskiRun.run(JarzynskiTrainer.start(init, p, seed), train, test, epochs, progress);
        }
        ObjectNode o = Json.object();
        o.put("label", label(method));
        o.put("epochs", epochs);
        o.put("settings", p.toString());
        o.put("complete", true);
        ObjectNode last = (ObjectNode) r.rows().get(r.rows().size() - 1);
        o.set("finalTrainLogLikelihood", last.get("trainLogLikelihood"));
        o.set("finalTestLogLikelihood", last.get("testLogLikelihood"));
        o.set("finalLogZ", last.get("exactLogZ"));
        o.set("maxAbsTrackerMinusExact", Json.number(r.maxTrackerError()));
        o.set("epochs_history", r.rows());
        String line = String.format(Locale.ROOT, "  %-18s after %6d sweeps: train %.3f, test %.3f nats/image "
                + "(log Z %.4f; tracker within %.2f nats of exact; biased training-chain ln Z %.1f)", label(method),
                last.get("sweeps").asLong(), last.get("trainLogLikelihood").asDouble(), r.finalTestLogLikelihood(),
                last.get("exactLogZ").asDouble(), r.maxTrackerError(),
                last.get("biasedLogZ_trainingChains").asDouble());
        Plots.Curve curve = Plots.Curve.of(label(method) + " test", JarzynskiRun.array(r.sweeps()),
                JarzynskiRun.array(r.testLogLikelihood()));
        Plots.Curve err = Plots.Curve.of(label(method) + ": tracker ln Z - exact", JarzynskiRun.array(r.sweeps()),
                JarzynskiRun.array(r.trackerError()));
        Consumer<Path> png = file -> Plots.lines(file, "Running ln Z from " + trackers + " tracker chains minus exact",
                "Gibbs sweeps", "nats", List.of(err));
        return new Outcome(o, curve, r.model(), line, png);
    }

    /**
     * The constant-rate comparison, Jarzynski vs PCD (same trainer without reweighting), unless disabled; adds
     * {@code robustness} to {@code json}, its plot to {@code plots} and lines to {@code summary}.
     */
    public void robustness(int sweeps, int batches, long seed, Report report) {
        int n = robustnessSweeps == -1 ? sweeps : robustnessSweeps;
        if (n == 0) {
            return;
        }
        int epochs = Math.max(1, (int) Math.ceil(n / (double) batches));
        TrainingParameters base = TrainingParameters.pcd(ctx.trajectories(), LearningRateSchedule.constant(robustnessRate))
                .withBatchSize(100).withMomentum(0.5);
        ObjectNode o = report.json().putObject("robustness");
        o.put("description", String.format(Locale.ROOT, "constant learning rate %s, batch 100, momentum 0.5 -> 0.9 "
                + "after %d updates; PCD = the same trainer without reweighting", robustnessRate, MOMENTUM_SWITCH));
        List<Plots.Curve> curves = new java.util.ArrayList<>();
        for (boolean reweight : new boolean[] {true, false}) {
            JarzynskiParameters p = JarzynskiParameters.of(base).withTrackers(trackers)
                    .withMomentumSwitch(0.9, MOMENTUM_SWITCH).withReweighting(reweight);
            String name = reweight ? "Jarzynski" : "PCD-1";
            JarzynskiRun r = JarzynskiRun.run(JarzynskiTrainer.start(init, p, seed), train, test, epochs,
                    Progress.silent());
            ObjectNode m = o.putObject(reweight ? "jarzynski" : "pcd");
            m.set("finalTestLogLikelihood", Json.number(r.finalTestLogLikelihood()));
            m.set("maxAbsTrackerMinusExact", Json.number(r.maxTrackerError()));
            m.set("epochs_history", r.rows());
            curves.add(Plots.Curve.of(name, JarzynskiRun.array(r.sweeps()), JarzynskiRun.array(r.testLogLikelihood())));
            report.summary().add(String.format(Locale.ROOT, "  robustness (rate %s, momentum 0.5->0.9) %-9s: test %.3f",
                    robustnessRate, name, r.finalTestLogLikelihood()));
        }
        report.plots().put(report.suite() + "-robustness.png", png -> Plots.lines(png, "8x8 digits, constant rate "
                + robustnessRate + ": exact test log-likelihood", "Gibbs sweeps", "nats per image", curves));
    }

    /** Where {@link #robustness} writes. */
    public record Report(String suite, ObjectNode json, Map<String, Consumer<Path>> plots, List<String> summary) {
    }
}
