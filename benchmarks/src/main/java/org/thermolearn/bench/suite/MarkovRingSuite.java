package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.core.Estimate;
import org.thermolearn.core.Fluctuations;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.Ensemble;
import org.thermolearn.dynamics.JumpSimulator;
import org.thermolearn.dynamics.JumpStatistics;
import org.thermolearn.dynamics.MarkovJump;
import org.thermolearn.dynamics.RateMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Suite {@code markov-ring}: a molecular motor as a driven ring of {@code n} states, swept over the driving
 * affinity per cycle {@code A = Delta mu / kT}; simulated entropy production against Schnakenberg's exact
 * {@code sigma = J A}, and the thermodynamic uncertainty ratio of the cycle current against the exact
 * {@code a coth(a/2)} ({@code a = A/n}, the affinity per step) and the bound 2.
 *
 * <p>Defaults are a kinesin-like motor: 3 chemical sub-steps per 8 nm step, forward rate 300 /s per sub-step (about
 * 100 steps/s), backward rate {@code 300 exp(-A/3)} /s, driving up to the ~25 kT of ATP hydrolysis in a cell,
 * trajectories of 1 s. Each point uses its own child stream, so points are reproducible on their own.
 *
 * <pre>{@code
 * thermolearn run markov-ring --points 6 --max-affinity 20 --trajectories 5000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "markov-ring", mixinStandardHelpOptions = true,
        description = "Driven ring (molecular motor): entropy production and TUR ratio vs driving, simulated vs exact.")
public final class MarkovRingSuite extends SuiteCommand {
    @Option(names = "--states", description = "States on the ring (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int states;
    @Option(names = "--forward-rate", description = "Forward rate per sub-step, 1/s (default: ${DEFAULT-VALUE}).",
            defaultValue = "300")
    double forwardRate;
    @Option(names = "--min-affinity", description = "Smallest affinity per cycle, kT (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.5")
    double minAffinity;
    @Option(names = "--max-affinity", description = "Largest affinity per cycle, kT (default: ${DEFAULT-VALUE}).",
            defaultValue = "25")
    double maxAffinity;
    @Option(names = "--points", description = "Number of driving values (default: ${DEFAULT-VALUE}).", defaultValue = "11")
    int points;
    @Option(names = "--duration", description = "Trajectory length, s (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double duration;

    @Override
    protected int defaultTrajectories() {
        return 4000;
    }

    @Override
    protected int minimumTrajectories() {
        return 2;   // the TUR ratio needs the variance of the current
    }

    @Override
    protected void validate() {
        if (states < 3) {
            throw new IllegalArgumentException("--states must be >= 3, got " + states);
        }
        Checks.positiveFinite(forwardRate, "--forward-rate");
        Checks.positiveFinite(minAffinity, "--min-affinity");
        Checks.positiveFinite(maxAffinity, "--max-affinity");
        if (maxAffinity < minAffinity) {
            throw new IllegalArgumentException("--max-affinity must be >= --min-affinity, got " + maxAffinity);
        }
        Checks.positive(points, "--points");
        Checks.positiveFinite(duration, "--duration");
    }

    /** One driving value's results. */
    private record Point(double affinity, double exactSigma, Estimate sigma, double exactTur,
            Fluctuations.TurRatio tur, double meanJumps, Estimate cyclesPerSecond, double exactCyclesPerSecond) {
    }

    private double affinity(int k) {
        return points == 1 ? maxAffinity : minAffinity + (maxAffinity - minAffinity) * k / (points - 1);
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        List<Point> out = new ArrayList<>();
        try (Progress progress = ctx.progress(suiteName(), (long) points * ctx.trajectories())) {
            for (int k = 0; k < points; k++) {
                long offset = (long) k * ctx.trajectories();
                out.add(point(ctx, k, n -> progress.accept(offset + n)));
            }
        }
        ObjectNode json = header();
        json.set("parameters", parameters(ctx));
        ArrayNode arr = json.putArray("points");
        for (Point p : out) {
            arr.add(toTree(p));
        }
        json.set("turBound", Json.number(2.0));
        return new SuiteReport(json, plots(out), summary(ctx, out));
    }

    private Point point(SuiteContext ctx, int k, java.util.function.LongConsumer progress) {
        double a = affinity(k);
        double backward = forwardRate * Math.exp(-a / states);
        RateMatrix rates = RateMatrix.ring(states, forwardRate, backward);
        JumpSimulator sim = MarkovJump.gillespie(rates, duration).withCurrent(MarkovJump.ringCycleCurrent(states));
        JumpStatistics stats = MarkovJump.run(new Ensemble(sim, ctx.trajectories(), ctx.threads(), progress),
                ctx.streams().child(k));
        double step = a / states;
        double exactTur = step / Math.tanh(step / 2);
        double exactCycles = (forwardRate - backward) / states;
        return new Point(a, rates.entropyProductionRate(), stats.entropyProductionRate(), exactTur, stats.tur(),
                stats.meanJumps(), stats.currentRate(), exactCycles);
    }

    private ObjectNode parameters(SuiteContext ctx) {
        ObjectNode p = Json.object();
        p.put("model", "uniform driven ring (molecular motor), forward rate k+ per sub-step, backward k+ exp(-A/n)");
        p.put("states", states);
        p.set("forwardRate_per_s", Json.number(forwardRate));
        p.set("minAffinity_kT", Json.number(minAffinity));
        p.set("maxAffinity_kT", Json.number(maxAffinity));
        p.put("points", points);
        p.set("duration_s", Json.number(duration));
        p.put("trajectoriesPerPoint", ctx.trajectories());
        p.put("method", "Gillespie direct method from the stationary state; exact sigma from the stationary solve");
        return p;
    }

    private static ObjectNode toTree(Point p) {
        ObjectNode o = Json.object();
        o.set("affinity_kT", Json.number(p.affinity()));
        o.set("exactEntropyProductionRate_per_s", Json.number(p.exactSigma()));
        o.set("entropyProductionRate_per_s", Json.number(p.sigma().value()));
        o.set("entropyProductionRateStandardError", Json.number(p.sigma().standardError()));
        o.set("entropyProductionZScore", Json.number(p.sigma().zScore(p.exactSigma())));
        o.set("exactCycleRate_per_s", Json.number(p.exactCyclesPerSecond()));
        o.set("cycleRate_per_s", Json.number(p.cyclesPerSecond().value()));
        o.set("cycleRateStandardError", Json.number(p.cyclesPerSecond().standardError()));
        o.set("exactTurRatio", Json.number(p.exactTur()));
        o.set("tur", p.tur().toTree());
        o.set("turZScore", Json.number(p.tur().estimate().zScore(p.exactTur())));
        o.set("meanJumps", Json.number(p.meanJumps()));
        return o;
    }

    private Map<String, java.util.function.Consumer<java.nio.file.Path>> plots(List<Point> pts) {
        double[] a = pts.stream().mapToDouble(Point::affinity).toArray();
        double[] exact = pts.stream().mapToDouble(Point::exactSigma).toArray();
        double[] sim = pts.stream().mapToDouble(p -> p.sigma().value()).toArray();
        double[] turExact = pts.stream().mapToDouble(Point::exactTur).toArray();
        double[] tur = pts.stream().mapToDouble(p -> p.tur().ratio()).toArray();
        double[] bound = pts.stream().mapToDouble(p -> 2.0).toArray();
        return Map.of(
                suiteName() + "-entropy.png", path -> Plots.lines(path, "driven ring: entropy production vs driving",
                        "affinity per cycle A (kT)", "sigma (k_B / s)", List.of(
                                new Plots.Curve("exact (Schnakenberg)", org.thermolearn.core.Samples.of(a),
                                        org.thermolearn.core.Samples.of(exact), false),
                                Plots.Curve.of("Gillespie", a, sim))),
                suiteName() + "-tur.png", path -> Plots.lines(path, "driven ring: uncertainty ratio of the cycle current",
                        "affinity per cycle A (kT)", "Var X / <X>^2 * <S_tot>", List.of(
                                new Plots.Curve("exact a coth(a/2)", org.thermolearn.core.Samples.of(a),
                                        org.thermolearn.core.Samples.of(turExact), false),
                                Plots.Curve.of("Gillespie", a, tur),
                                new Plots.Curve("TUR bound 2", org.thermolearn.core.Samples.of(a),
                                        org.thermolearn.core.Samples.of(bound), false))));
    }

    private List<String> summary(SuiteContext ctx, List<Point> pts) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "markov-ring: %d-state motor, k+ = %s /s, %d trajectories of %s s per point, seed %d",
                states, forwardRate, ctx.trajectories(), duration, ctx.streams().seed()));
        lines.add("     A/kT   sigma exact   sigma simulated          z    TUR exact   TUR simulated          z");
        for (Point p : pts) {
            lines.add(String.format(Locale.ROOT, "  %7.3f  %12.5g  %10.5g +/- %-8.2g %+5.2f  %9.4f  %8.4f +/- %-7.2g %+5.2f",
                    p.affinity(), p.exactSigma(), p.sigma().value(), p.sigma().standardError(),
                    p.sigma().zScore(p.exactSigma()), p.exactTur(), p.tur().ratio(), p.tur().standardError(),
                    p.tur().estimate().zScore(p.exactTur())));
        }
        return lines;
    }
}
