package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.Ensemble;
import org.thermolearn.dynamics.InitialCondition;
import org.thermolearn.dynamics.Langevin;
import org.thermolearn.dynamics.LangevinParameters;
import org.thermolearn.dynamics.OverdampedLangevin;
import org.thermolearn.dynamics.OverdampedScheme;
import org.thermolearn.dynamics.Potential;
import org.thermolearn.dynamics.Protocol;
import org.thermolearn.dynamics.StoredPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Suite {@code landauer-erasure}: erasing one bit stored in a double well. Potential {@code U(x, s) = E_b (x^4 - 2
 * h(s) x^2) - A g(s) x} (barrier {@code E_b h^2}, minima near +-1) driven by the cycle phase {@code s = t/tau}
 * through four equal stages: lower the barrier (h 1 -> 0), tilt right (g 0 -> 1), raise the barrier (h 0 -> 1),
 * remove the tilt (g 1 -> 0). Starting in equilibrium (the bit is 0 or 1 with probability 1/2), the particle ends in
 * the right well. Mean work against Landauer's bound {@code kT ln 2}, and the bound for imperfect erasure with
 * failure probability p, {@code kT [ln 2 + p ln p + (1-p) ln(1-p)]}, for several cycle times.
 *
 * <p>Reduced units: kT = gamma = 1, lengths in units of the well position. Defaults follow the experiment of A.
 * Bérut et al., Nature 483, 187 (2012), doi:10.1038/nature10872 (barrier about 8 kT, mean work approaching kT ln 2
 * as 1/tau). Leimkuhler-Matthews integrator; the potential is a user-defined {@code Potential.of1d}.
 *
 * <pre>{@code
 * thermolearn run landauer-erasure --cycle-times 5,50 --trajectories 2000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "landauer-erasure", mixinStandardHelpOptions = true,
        description = "Erasing a bit in a tilted double well: mean work vs cycle time, approaching kT ln 2.")
public final class LandauerErasureSuite extends SuiteCommand {
    @Option(names = "--barrier", description = "Barrier height E_b in kT (default: ${DEFAULT-VALUE}).", defaultValue = "8")
    double barrier;
    @Option(names = "--tilt", description = "Maximal tilting force A in kT per well distance (default: ${DEFAULT-VALUE}).",
            defaultValue = "4")
    double tilt;
    @Option(names = "--cycle-times", split = ",", description = "Cycle times tau (default: ${DEFAULT-VALUE}).",
            defaultValue = "1,2,5,10,20,50")
    double[] cycleTimes;
    @Option(names = "--dt", description = "Time step (default: ${DEFAULT-VALUE}).", defaultValue = "0.001")
    double dt;

    @Override
    protected int defaultTrajectories() {
        return 1_000;
    }

    @Override
    protected void validate() {
        Checks.positiveFinite(barrier, "--barrier");
        Checks.positiveFinite(tilt, "--tilt");
        Checks.positiveFinite(dt, "--dt");
        Checks.nonEmpty(cycleTimes, "--cycle-times");
        for (double t : cycleTimes) {
            Checks.positiveFinite(t, "--cycle-times");
            LangevinParameters.of(dt).stepsFor(t);
        }
    }

    /** Barrier factor h(s): 1 -> 0 in the first quarter, 0, 0 -> 1 in the third, 1. */
    static double h(double s) {
        return s < 0.25 ? 1 - 4 * s : s < 0.5 ? 0 : s < 0.75 ? 4 * (s - 0.5) : 1;
    }

    static double dh(double s) {
        return s < 0.25 ? -4 : s < 0.5 ? 0 : s < 0.75 ? 4 : 0;
    }

    /** Tilt factor g(s): 0, 0 -> 1 in the second quarter, 1, 1 -> 0 in the fourth. */
    static double g(double s) {
        return s < 0.25 ? 0 : s < 0.5 ? 4 * (s - 0.25) : s < 0.75 ? 1 : 1 - 4 * (s - 0.75);
    }

    static double dg(double s) {
        return s < 0.25 ? 0 : s < 0.5 ? 4 : s < 0.75 ? 0 : -4;
    }

    /** The erasure potential U(x, s). */
    Potential potential() {
        double e = barrier;
        double a = tilt;
        return Potential.of1d((x, s) -> e * (x * x * x * x - 2 * h(s) * x * x) - a * g(s) * x,
                (x, s) -> e * (4 * x * x * x - 4 * h(s) * x) - a * g(s),
                (x, s) -> -2 * e * dh(s) * x * x - a * dg(s) * x).named("erasure double well");
    }

    /** One cycle time's results. */
    private record Row(double cycleTime, double meanWork, double se, double failure, double bound) {
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        Potential u = potential();
        InitialCondition start = InitialCondition.boltzmann(u, 0, 1, -2.5, 2.5);
        List<Row> rows = new ArrayList<>();
        List<StoredPath> examples = List.of();
        for (int i = 0; i < cycleTimes.length; i++) {
            OverdampedLangevin sim = Langevin.overdamped(u, Protocol.linear(0, 1, cycleTimes[i]),
                    LangevinParameters.of(dt), OverdampedScheme.leimkuhlerMatthews(), start);
            List<StoredPath> ends;
            try (Progress progress = ctx.progress(suiteName() + " tau = " + cycleTimes[i], ctx.trajectories())) {
                ends = new Ensemble(sim, ctx.trajectories(), ctx.threads(), progress).paths(ctx.streams().child(i),
                        ctx.trajectories(), sim.steps());
            }
            rows.add(row(cycleTimes[i], ends));
            if (i == cycleTimes.length - 1) {
                int every = Math.max(1, sim.steps() / 500);
                examples = new Ensemble(sim, 4, 1, n -> { }).paths(ctx.streams().child(i), 4, every);
            }
        }
        ObjectNode json = header();
        ObjectNode par = json.putObject("parameters");
        par.put("units", "reduced: kT = gamma = 1, lengths in well positions").put("barrier_kT", barrier)
                .put("tilt_kT", tilt).put("dt", dt).put("trajectoriesPerCycleTime", ctx.trajectories())
                .put("integrator", "Leimkuhler-Matthews")
                .put("protocol", "lower barrier, tilt, raise barrier, untilt; four equal stages");
        json.set("landauerBound_kT", Json.number(Math.log(2)));
        ArrayNode arr = json.putArray("cycles");
        for (Row r : rows) {
            ObjectNode o = arr.addObject();
            o.set("cycleTime", Json.number(r.cycleTime()));
            o.set("meanWork_kT", Json.number(r.meanWork()));
            o.set("standardError_kT", Json.number(r.se()));
            o.set("failureProbability", Json.number(r.failure()));
            o.set("imperfectErasureBound_kT", Json.number(r.bound()));
        }
        List<StoredPath> paths = examples;
        return new SuiteReport(json, Map.of(suiteName() + ".png", png -> plotWork(png, rows),
                suiteName() + "-paths.png", png -> plotPaths(png, paths)), summary(ctx, rows));
    }

    private static Row row(double tau, List<StoredPath> ends) {
        int n = ends.size();
        double sum = 0;
        double sumSq = 0;
        int failed = 0;
        for (StoredPath p : ends) {
            double w = p.work().get(p.size() - 1);
            sum += w;
            sumSq += w * w;
            failed += p.coordinates().get(0).get(p.size() - 1) < 0 ? 1 : 0;
        }
        double mean = sum / n;
        double se = n > 1 ? Math.sqrt(Math.max(0, sumSq / n - mean * mean) / (n - 1)) : Double.POSITIVE_INFINITY;
        double pf = (double) failed / n;
        double bound = Math.log(2) + xlogx(pf) + xlogx(1 - pf);
        return new Row(tau, mean, se, pf, bound);
    }

    private static double xlogx(double p) {
        return p > 0 ? p * Math.log(p) : 0;
    }

    private static void plotWork(Path png, List<Row> rows) {
        int n = rows.size();
        double[] t = new double[n];
        double[] w = new double[n];
        double[] ln2 = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rows.get(i).cycleTime();
            w[i] = rows.get(i).meanWork();
            ln2[i] = Math.log(2);
        }
        Plots.lines(png, "erasing one bit: mean work vs cycle time", "cycle time tau (reduced)", "<W> (kT)",
                List.of(Plots.Curve.of("simulated <W>", t, w),
                        new Plots.Curve("kT ln 2", Samples.of(t), Samples.of(ln2), false)));
    }

    private static void plotPaths(Path png, List<StoredPath> paths) {
        List<Plots.Curve> curves = new ArrayList<>();
        for (StoredPath p : paths) {
            curves.add(new Plots.Curve("trajectory " + p.trajectory(), p.time(), p.coordinates().get(0), false));
        }
        Plots.lines(png, "erasure: example trajectories at the longest cycle time", "t (reduced)", "x (well units)",
                curves);
    }

    private List<String> summary(SuiteContext ctx, List<Row> rows) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "landauer-erasure: barrier %s kT, tilt %s kT, %d trajectories per cycle time,"
                + " seed %d; kT ln 2 = %.4f kT", barrier, tilt, ctx.trajectories(), ctx.streams().seed(), Math.log(2)));
        out.add("    tau        <W> (kT)         failure p   bound ln2 + p ln p + (1-p) ln(1-p)");
        for (Row r : rows) {
            out.add(String.format(Locale.ROOT, "  %7.3g   %7.4f +/- %.4f   %9.4f   %.4f", r.cycleTime(), r.meanWork(),
                    r.se(), r.failure(), r.bound()));
        }
        return out;
    }
}
