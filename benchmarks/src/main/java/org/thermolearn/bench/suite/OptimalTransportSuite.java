package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.Samples;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.Ensemble;
import org.thermolearn.dynamics.HarmonicTrap;
import org.thermolearn.dynamics.Langevin;
import org.thermolearn.dynamics.LangevinParameters;
import org.thermolearn.dynamics.OptimalProtocol;
import org.thermolearn.dynamics.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Suite {@code optimal-transport}: an optical trap moved by a distance D in time T by the linear ramp and by the
 * Schmiedl-Seifert optimal protocol (jumps of {@code D tau/(T + 2 tau)} at both ends), for several T; simulated mean
 * work against the closed forms {@code W_lin = gamma v^2 [T - tau (1 - e^{-T/tau})]}, {@code v = D/T}, and
 * {@code W* = gamma D^2 / (T + 2 tau)}.
 *
 * <p>Defaults: a 1 um bead in water at 298 K in a 1 pN/um trap ({@code tau = 8.4 ms}) moved 0.2 um (about 3 thermal
 * widths) in 2 to 100 ms. Exact Ornstein-Uhlenbeck propagator. Reference: T. Schmiedl and U. Seifert, Phys. Rev.
 * Lett. 98, 108301 (2007), doi:10.1103/PhysRevLett.98.108301.
 *
 * <pre>{@code
 * thermolearn run optimal-transport --distance 0.3 --durations 5,10,20
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "optimal-transport", mixinStandardHelpOptions = true,
        description = "Moving a trap: linear vs Schmiedl-Seifert optimal protocol, mean work vs closed forms.")
public final class OptimalTransportSuite extends SuiteCommand {
    @Option(names = "--stiffness", description = "Trap stiffness in pN/um (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double stiffness;
    @Option(names = "--distance", description = "Distance in um (default: ${DEFAULT-VALUE}).", defaultValue = "0.2")
    double distance;
    @Option(names = "--durations", split = ",", description = "Durations T in ms (default: ${DEFAULT-VALUE}).",
            defaultValue = "2,5,10,20,50,100")
    double[] durations;
    @Option(names = "--dt", description = "Time step in ms (default: ${DEFAULT-VALUE}).", defaultValue = "0.01")
    double dt;
    @Mixin
    BeadOptions beadOptions;

    @Override
    protected int defaultTrajectories() {
        return 5_000;
    }

    @Override
    protected void validate() {
        Checks.positiveFinite(stiffness, "--stiffness");
        Checks.finite(distance, "--distance");
        Checks.positiveFinite(dt, "--dt");
        Checks.nonEmpty(durations, "--durations");
        for (double t : durations) {
            Checks.positiveFinite(t, "--durations");
            LangevinParameters.of(dt).stepsFor(t);
        }
        beadOptions.trap();
    }

    /** One duration's results, in kT. */
    private record Row(double duration, double linearExact, double linearMean, double linearSe, double optimalExact,
            double optimalMean, double optimalSe) {
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        OpticalTrap bead = beadOptions.trap();
        double k = bead.stiffness(stiffness);
        double gamma = bead.gamma();
        LangevinParameters p = new LangevinParameters(dt, gamma, 1.0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < durations.length; i++) {
            double t = durations[i];
            OptimalProtocol opt = Protocol.optimalTrapMove(0, distance, t, k, gamma);
            WorkDistribution lin = run(ctx, Protocol.linear(0, distance, t), k, p, 2L * i);
            WorkDistribution best = run(ctx, opt, k, p, 2L * i + 1);
            rows.add(new Row(t, DragTrapSuite.meanWork(gamma, k, distance / t, t), lin.work().mean(), se(lin),
                    opt.meanWork(), best.work().mean(), se(best)));
        }
        ObjectNode json = header();
        ObjectNode par = json.putObject("parameters");
        par.put("stiffness_pN_per_um", stiffness).put("distance_um", distance).put("dt_ms", dt);
        beadOptions.describe(par);
        par.put("relaxationTime_ms", gamma / k).put("trajectoriesPerProtocol", ctx.trajectories())
                .put("integrator", "exact Ornstein-Uhlenbeck propagator");
        ArrayNode arr = json.putArray("durations");
        for (Row r : rows) {
            ObjectNode o = arr.addObject();
            o.set("duration_ms", Json.number(r.duration()));
            putProtocol(o.putObject("linear"), r.linearExact(), r.linearMean(), r.linearSe());
            putProtocol(o.putObject("optimal"), r.optimalExact(), r.optimalMean(), r.optimalSe());
        }
        return new SuiteReport(json, Map.of(suiteName() + ".png", png -> plot(png, rows)), summary(ctx, rows, gamma / k));
    }

    private WorkDistribution run(SuiteContext ctx, Protocol protocol, double k, LangevinParameters p, long key) {
        var sim = Langevin.overdamped(HarmonicTrap.centre(k), protocol, p);
        try (Progress progress = ctx.progress(suiteName() + " " + protocol.description(), ctx.trajectories())) {
            return new Ensemble(sim, ctx.trajectories(), ctx.threads(), progress).run(ctx.streams().child(key));
        }
    }

    private static double se(WorkDistribution d) {
        return d.work().standardErrorOfMean();
    }

    private static void putProtocol(ObjectNode o, double exact, double mean, double se) {
        o.set("meanWorkClosedForm_kT", Json.number(exact));
        o.set("meanWork_kT", Json.number(mean));
        o.set("standardError_kT", Json.number(se));
        o.set("z", Json.number(se > 0 ? (mean - exact) / se : 0));
    }

    private void plot(java.nio.file.Path png, List<Row> rows) {
        int n = rows.size();
        double[] t = new double[n];
        double[][] y = new double[4][n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            t[i] = r.duration();
            y[0][i] = r.linearExact();
            y[1][i] = r.linearMean();
            y[2][i] = r.optimalExact();
            y[3][i] = r.optimalMean();
        }
        Plots.lines(png, String.format(Locale.ROOT, "trap moved %s um: mean work vs duration", distance),
                "duration T (ms)", "<W> (kT)", List.of(
                        new Plots.Curve("linear, closed form", Samples.of(t), Samples.of(y[0]), false),
                        Plots.Curve.of("linear, simulated", t, y[1]),
                        new Plots.Curve("optimal W* = gamma D^2/(T + 2 tau)", Samples.of(t), Samples.of(y[2]), false),
                        Plots.Curve.of("optimal, simulated", t, y[3])));
    }

    private List<String> summary(SuiteContext ctx, List<Row> rows, double tau) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "optimal-transport: %s pN/um trap moved %s um, tau = %.2f ms, %d trajectories"
                + " per protocol, seed %d", stiffness, distance, tau, ctx.trajectories(), ctx.streams().seed()));
        out.add("     T (ms)   linear <W> (kT)  closed form   optimal <W> (kT)  W* closed form");
        for (Row r : rows) {
            out.add(String.format(Locale.ROOT, "  %9.3g   %7.4f +/- %.4f   %7.4f   %7.4f +/- %.4f   %7.4f", r.duration(),
                    r.linearMean(), r.linearSe(), r.linearExact(), r.optimalMean(), r.optimalSe(), r.optimalExact()));
        }
        return out;
    }
}
