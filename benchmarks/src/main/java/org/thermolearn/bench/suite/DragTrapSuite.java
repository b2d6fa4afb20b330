package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.Ensemble;
import org.thermolearn.dynamics.HarmonicTrap;
import org.thermolearn.dynamics.Langevin;
import org.thermolearn.dynamics.LangevinParameters;
import org.thermolearn.dynamics.OverdampedLangevin;
import org.thermolearn.dynamics.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Suite {@code drag-trap}: an optical trap dragged at constant speed v for time t, forward and back, each from
 * equilibrium; the work distribution against its Gaussian closed form {@code <W> = gamma v^2 [t - tau (1 -
 * e^{-t/tau})]}, {@code Var W = 2 kT <W>}, {@code dF = 0} (Jarzynski estimate and Crooks plot).
 *
 * <p>Defaults: a 1 um bead in water at 298 K in a 1 pN/um trap ({@code tau = 8.4 ms}) dragged 0.2 um at 10 um/s
 * (20 ms), as in the experiment of Wang et al., Phys. Rev. Lett. 89, 050601 (2002),
 * doi:10.1103/PhysRevLett.89.050601. Exact Ornstein-Uhlenbeck propagator; the exact mean of the discrete protocol
 * differs from the continuous one by O(dt) (reported).
 *
 * <pre>{@code
 * thermolearn run drag-trap --speed 20 --trajectories 50000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "drag-trap", mixinStandardHelpOptions = true,
        description = "Dragged optical trap: work distribution vs the Gaussian closed form, Crooks plot.")
public final class DragTrapSuite extends SuiteCommand {
    @Option(names = "--stiffness", description = "Trap stiffness in pN/um (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double stiffness;
    @Option(names = "--speed", description = "Drag speed in um/s (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double speed;
    @Option(names = "--duration", description = "Drag time in ms (default: ${DEFAULT-VALUE}).", defaultValue = "20")
    double duration;
    @Option(names = "--dt", description = "Time step in ms (default: ${DEFAULT-VALUE}).", defaultValue = "0.01")
    double dt;
    @Mixin
    BeadOptions beadOptions;

    @Override
    protected int defaultTrajectories() {
        return 50_000;   // W_diss = 2.5 kT: the Jarzynski error bar needs about exp(4 W_diss) = 2.6e4
    }

    @Override
    protected void validate() {
        Checks.positiveFinite(stiffness, "--stiffness");
        Checks.finite(speed, "--speed");
        Checks.positiveFinite(duration, "--duration");
        Checks.positiveFinite(dt, "--dt");
        beadOptions.trap();
        LangevinParameters.of(dt).stepsFor(duration);
    }

    /** Closed form of the mean work in kT. */
    static double meanWork(double gamma, double k, double v, double t) {
        double tau = gamma / k;
        return gamma * v * v * (t - tau * (1 - Math.exp(-t / tau)));
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        OpticalTrap bead = beadOptions.trap();
        double k = bead.stiffness(stiffness);
        double v = speed * 1e-3;                       // um/ms
        LangevinParameters p = new LangevinParameters(dt, bead.gamma(), 1.0);
        HarmonicTrap trap = HarmonicTrap.centre(k);
        double distance = v * duration;
        OverdampedLangevin fwd = Langevin.overdamped(trap, Protocol.linear(0, distance, duration), p);
        OverdampedLangevin rev = Langevin.overdamped(trap, Protocol.linear(distance, 0, duration), p);
        WorkDistribution f = run(ctx, "forward", fwd, 0);
        WorkDistribution r = run(ctx, "reverse", rev, 1);
        double exact = meanWork(bead.gamma(), k, v, duration);
        ObjectNode json = header();
        ObjectNode par = json.putObject("parameters");
        par.put("stiffness_pN_per_um", stiffness).put("speed_um_per_s", speed).put("duration_ms", duration)
                .put("dt_ms", dt);
        beadOptions.describe(par);
        par.put("kT_zJ", bead.kTzJ()).put("gamma_pN_ms_per_um", bead.gammaPN())
                .put("relaxationTime_ms", bead.gamma() / k).put("distance_um", distance).put("steps", fwd.steps())
                .put("trajectoriesPerDirection", ctx.trajectories())
                .put("integrator", "exact Ornstein-Uhlenbeck propagator");
        ObjectNode ex = json.putObject("exact");
        ex.set("meanWork_kT", Json.number(exact));
        ex.set("varianceWork_kT2", Json.number(2 * exact));
        ex.set("deltaF_kT", Json.number(0));
        FreeEnergyEstimate jf = FreeEnergy.exp(f.work().toArray());
        FreeEnergyEstimate jr = FreeEnergy.exp(r.work().toArray());
        json.set("forward", direction(f, jf, exact));
        json.set("reverse", direction(r, jr, exact));
        json.set("firstLawMaxResidual_kT", Json.number(Math.max(f.maxFirstLawResidual(), r.maxFirstLawResidual())));
        String title = String.format(Locale.ROOT, "trap dragged %.3g um at %s um/s: forward and mirrored reverse work",
                distance, speed);
        double[] wf = f.work().toArray();
        double[] wr = r.work().toArray();
        return new SuiteReport(json, Map.of(suiteName() + ".png", png -> Plots.crooks(png, title, wf, wr, 0, "kT")),
                summary(ctx, exact, f, jf, jr, bead.gamma() / k));
    }

    private WorkDistribution run(SuiteContext ctx, String label, OverdampedLangevin sim, long key) {
        try (Progress progress = ctx.progress(suiteName() + " " + label, ctx.trajectories())) {
            return new Ensemble(sim, ctx.trajectories(), ctx.threads(), progress).run(ctx.streams().child(key));
        }
    }

    private static ObjectNode direction(WorkDistribution d, FreeEnergyEstimate est, double exact) {
        int n = d.size();
        double mean = d.work().mean();
        double var = d.work().variance();
        ObjectNode o = Json.object();
        o.set("meanWork_kT", Json.number(mean));
        double se = d.work().standardErrorOfMean();   // +Infinity for one trajectory
        o.set("meanWorkStandardError_kT", Json.number(se));
        o.set("meanWorkZ", Json.number(se > 0 ? (mean - exact) / se : 0));
        o.set("varianceWork_kT2", Json.number(var));
        double seVar = n > 1 ? 2 * exact * Math.sqrt(2.0 / (n - 1)) : 0;   // 0 at zero speed: W = 0 exactly
        o.set("varianceWorkZ", Json.number(seVar > 0 ? (var - 2 * exact) / seVar : 0));
        o.set("jarzynski", Json.toTree(est, "kT"));
        o.set("jarzynskiZ", Json.number(est.estimate().zScore(0)));
        o.set("distribution", Json.toTree(d));
        return o;
    }

    private List<String> summary(SuiteContext ctx, double exact, WorkDistribution f, FreeEnergyEstimate jf,
            FreeEnergyEstimate jr, double tau) {
        int n = f.size();
        double se = f.work().standardErrorOfMean();
        List<String> lines = new java.util.ArrayList<>(List.of(
                String.format(Locale.ROOT, "drag-trap: %s pN/um trap, %s um/s for %s ms, tau = %.2f ms, %d trajectories"
                        + " per direction, seed %d", fmt(stiffness), fmt(speed), fmt(duration), tau, n,
                        ctx.streams().seed()),
                String.format(Locale.ROOT, "  <W> = %.4f +/- %.4f kT   closed form %.4f kT  (z = %+.2f)",
                        f.work().mean(), se, exact, se > 0 ? (f.work().mean() - exact) / se : 0),
                String.format(Locale.ROOT, "  Var W = %.4f kT^2   closed form 2<W> = %.4f kT^2", f.work().variance(),
                        2 * exact),
                String.format(Locale.ROOT, "  Jarzynski dF forward %.4f +/- %.4f kT, reverse %.4f +/- %.4f kT (exact 0)",
                        jf.deltaF(), jf.standardError(), jr.deltaF(), jr.standardError())));
        lines.addAll(unreliable("forward Jarzynski", jf));
        lines.addAll(unreliable("reverse Jarzynski", jr));
        return lines;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
