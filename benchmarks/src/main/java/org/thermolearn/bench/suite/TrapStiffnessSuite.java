package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.Json;
import org.thermolearn.core.PhysicalUnits;
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
import picocli.CommandLine.Option;

/**
 * Suite {@code trap-stiffness}: an optical trap's stiffness goes {@code k0 -> k1} linearly in finite time
 * (forward) and back (reverse), both from equilibrium; Jarzynski estimates of each direction against the exact
 * {@code dF = (kT/2) ln(k1/k0)}.
 *
 * <p>Defaults are a typical optical-trap experiment: a 1 um bead (radius 0.5 um) in water (0.89 mPa s) at 298 K,
 * stiffness 1 -> 4 pN/um in 20 ms (relaxation time gamma/k0 = 8.4 ms). The simulation runs in kT, um and ms with
 * the exact Ornstein-Uhlenbeck propagator, so Jarzynski holds exactly at the chosen time step. With
 * {@code --units reduced} the numbers are taken as reduced units (kT, gamma as given). Options of the other system
 * of units ({@code --gamma}, {@code --kT} in physical units; {@code --temperature}, {@code --radius},
 * {@code --viscosity} in reduced units) are usage errors rather than silently ignored.
 *
 * <pre>{@code
 * thermolearn run trap-stiffness --k1 8 --duration 5 --trajectories 50000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "trap-stiffness", mixinStandardHelpOptions = true,
        description = "Trap stiffness k0 -> k1 and back: Jarzynski estimates vs the exact (kT/2) ln(k1/k0).")
public final class TrapStiffnessSuite extends SuiteCommand {
    /** Units of the numeric options. */
    public enum Units { physical, reduced }

    @Option(names = "--units", description = "physical (pN/um, ms, K) or reduced (kT = 1 unless --kT) (default: ${DEFAULT-VALUE}).",
            defaultValue = "physical")
    Units units;
    @Option(names = "--k0", description = "Initial stiffness, pN/um or reduced (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double k0;
    @Option(names = "--k1", description = "Final stiffness, pN/um or reduced (default: ${DEFAULT-VALUE}).", defaultValue = "4")
    double k1;
    @Option(names = "--duration", description = "Protocol duration, ms or reduced (default: ${DEFAULT-VALUE}).", defaultValue = "20")
    double duration;
    @Option(names = "--dt", description = "Time step, ms or reduced (default: ${DEFAULT-VALUE}).", defaultValue = "0.01")
    double dt;
    @Option(names = "--temperature", description = "Temperature in K, physical units (default: ${DEFAULT-VALUE}).", defaultValue = "298")
    double temperature;
    @Option(names = "--radius", description = "Bead radius in um, physical units (default: ${DEFAULT-VALUE}).", defaultValue = "0.5")
    double radius;
    @Option(names = "--viscosity", description = "Medium viscosity in mPa s, physical units (default: ${DEFAULT-VALUE}).", defaultValue = "0.89")
    double viscosity;
    @Option(names = "--gamma", description = "Friction, reduced units (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double gamma;
    @Option(names = "--kT", description = "Thermal energy, reduced units (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double kT;

    @Override
    protected int defaultTrajectories() {
        return 20_000;
    }

    @Override
    protected void validate() {
        Checks.positiveFinite(k0, "--k0");
        Checks.positiveFinite(k1, "--k1");
        Checks.positiveFinite(duration, "--duration");
        Checks.positiveFinite(dt, "--dt");
        if (units == Units.physical) {
            rejectGiven("is a reduced-units option, but --units is physical (the default); add --units reduced",
                    "--gamma", "--kT");
            Checks.positiveFinite(temperature, "--temperature");
            Checks.positiveFinite(radius, "--radius");
            Checks.positiveFinite(viscosity, "--viscosity");
        } else {
            rejectGiven("is a physical-units option, but --units is reduced (use --kT and --gamma there)",
                    "--temperature", "--radius", "--viscosity");
            Checks.positiveFinite(gamma, "--gamma");
            Checks.positiveFinite(kT, "--kT");
        }
        LangevinParameters.of(dt).stepsFor(duration);
        Setup s = setup();
        double tau = s.tau();
        double stiffestTau = s.params().gamma() / Math.max(s.k0(), s.k1());
        if (!(Double.isFinite(s.k0()) && Double.isFinite(s.k1()) && tau > 0 && Double.isFinite(tau)
                && stiffestTau > 0 && Double.isFinite(s.k0() / s.k1()) && Double.isFinite(s.k1() / s.k0()))) {
            throw new IllegalArgumentException("--k0 " + k0 + " and --k1 " + k1 + " give stiffnesses of " + s.k0()
                    + " and " + s.k1() + " kT/" + (units == Units.physical ? "um^2" : "length^2")
                    + " and relaxation times " + tau + " and " + stiffestTau + ", outside what doubles can hold");
        }
    }

    /** The simulation in consistent units: energies in kT, and (physical) lengths in um, times in ms. */
    private record Setup(double k0, double k1, LangevinParameters params, double kTZeptojoules, String timeUnit,
            String stiffnessUnit) {
        double tau() {
            return params.gamma() / k0;
        }
    }

    private Setup setup() {
        if (units == Units.reduced) {
            return new Setup(k0, k1, new LangevinParameters(dt, gamma, kT), Double.NaN, "", "");
        }
        double kTpNum = PhysicalUnits.kTJoules(temperature) * 1e18;          // pN um
        double gammaSI = PhysicalUnits.stokesFriction(radius * 1e-6, viscosity * 1e-3);   // N s/m
        double gammaPN = gammaSI * 1e9;                                         // pN ms/um
        return new Setup(k0 / kTpNum, k1 / kTpNum, new LangevinParameters(dt, gammaPN / kTpNum, 1.0),
                PhysicalUnits.kTZeptojoules(temperature), "ms", "pN/um");
    }

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        Setup s = setup();
        double kTUnit = s.params().kT();
        HarmonicTrap trap = HarmonicTrap.stiffness(0);
        OverdampedLangevin forwardSim = Langevin.overdamped(trap, Protocol.linear(s.k0(), s.k1(), duration), s.params());
        OverdampedLangevin reverseSim = Langevin.overdamped(trap, Protocol.linear(s.k1(), s.k0(), duration), s.params());
        WorkDistribution forward = run(ctx, "forward", forwardSim, 0);
        WorkDistribution reverse = run(ctx, "reverse", reverseSim, 1);
        double exact = trap.freeEnergyDifference(s.k0(), s.k1(), kTUnit) / kTUnit;
        FreeEnergyEstimate fwd = FreeEnergy.exp(forward.work().toArray());
        FreeEnergyEstimate rev = FreeEnergy.exp(reverse.work().toArray());

        ObjectNode json = header();
        json.set("parameters", parameters(s, ctx, forwardSim.steps()));
        ObjectNode ex = json.putObject("exact");
        ex.set("deltaF_kT", Json.number(exact));
        putZj(ex, "deltaF_zJ", exact, s);
        json.set("forward", direction(forward, fwd, exact, s));
        json.set("reverse", direction(reverse, rev, -exact, s));
        json.set("firstLawMaxResidual_kT",
                Json.number(Math.max(forward.maxFirstLawResidual(), reverse.maxFirstLawResidual())));

        String png = suiteName() + ".png";
        String title = String.format(Locale.ROOT, "trap stiffness %s -> %s%s: forward and mirrored reverse work", fmt(k0),
                fmt(k1), s.stiffnessUnit().isEmpty() ? "" : " " + s.stiffnessUnit());
        double[] wF = forward.work().toArray();
        double[] wR = reverse.work().toArray();
        return new SuiteReport(json, Map.of(png, p -> Plots.crooks(p, title, wF, wR, exact, "kT")),
                summary(s, ctx, exact, fwd, rev, forward, forwardSim.steps()));
    }

    private WorkDistribution run(SuiteContext ctx, String label, OverdampedLangevin sim, long key) {
        try (Progress progress = ctx.progress(suiteName() + " " + label, ctx.trajectories())) {
            return new Ensemble(sim, ctx.trajectories(), ctx.threads(), progress).run(ctx.streams().child(key));
        }
    }

    private ObjectNode parameters(Setup s, SuiteContext ctx, int steps) {
        ObjectNode p = Json.object();
        p.put("units", units.name());
        Map<String, Double> given = new LinkedHashMap<>();
        if (units == Units.physical) {
            given.put("k0_pN_per_um", k0);
            given.put("k1_pN_per_um", k1);
            given.put("duration_ms", duration);
            given.put("dt_ms", dt);
            given.put("temperature_K", temperature);
            given.put("beadRadius_um", radius);
            given.put("viscosity_mPa_s", viscosity);
            given.put("kT_zJ", s.kTZeptojoules());
            given.put("gamma_pN_ms_per_um", s.params().gamma() * PhysicalUnits.kTJoules(temperature) * 1e18);
            given.put("relaxationTime_ms", s.tau());
        } else {
            given.put("k0", k0);
            given.put("k1", k1);
            given.put("duration", duration);
            given.put("dt", dt);
            given.put("gamma", gamma);
            given.put("kT", kT);
            given.put("relaxationTime", s.tau());
        }
        given.forEach((k, v) -> p.set(k, Json.number(v)));
        p.put("steps", steps);
        p.put("trajectoriesPerDirection", ctx.trajectories());
        p.put("integrator", "exact Ornstein-Uhlenbeck propagator");
        p.put("protocol", "linear stiffness ramp, forward k0 -> k1 and reverse k1 -> k0, each from equilibrium");
        return p;
    }

    private ObjectNode direction(WorkDistribution d, FreeEnergyEstimate est, double exact, Setup s) {
        ObjectNode o = Json.object();
        o.set("jarzynski", Json.toTree(est, "kT"));
        if (units == Units.physical) {
            o.set("jarzynski_zJ", Json.toTree(est.scaled(s.kTZeptojoules()), "zJ"));
        }
        o.set("zScore", Json.number(est.estimate().zScore(exact)));
        double meanW = d.work().mean();
        o.set("meanWork_kT", Json.number(meanW));
        o.set("dissipatedWork_kT", Json.number(meanW - exact));
        o.set("distribution", Json.toTree(d));
        return o;
    }

    private static void putZj(ObjectNode o, String field, double valueKT, Setup s) {
        if (!Double.isNaN(s.kTZeptojoules())) {
            o.set(field, Json.number(valueKT * s.kTZeptojoules()));
        }
    }

    private List<String> summary(Setup s, SuiteContext ctx, double exact, FreeEnergyEstimate fwd,
            FreeEnergyEstimate rev, WorkDistribution forward, int steps) {
        boolean phys = units == Units.physical;
        String setting = phys
                ? String.format(Locale.ROOT, "k %s -> %s pN/um in %s ms, %s um bead (radius %s um) at %s K, tau0 = %.2f ms",
                        fmt(k0), fmt(k1), fmt(duration), fmt(2 * radius), fmt(radius), fmt(temperature), s.tau())
                : String.format(Locale.ROOT, "k %s -> %s in %s (reduced units), tau0 = %.3g", fmt(k0), fmt(k1),
                        fmt(duration), s.tau());
        return List.of(
                "trap-stiffness: " + setting,
                String.format(Locale.ROOT, "  %d trajectories per direction, %d steps, seed %d", ctx.trajectories(),
                        steps, ctx.streams().seed()),
                line("exact dF           ", exact, Double.NaN, Double.NaN, s),
                line("forward Jarzynski  ", fwd.deltaF(), fwd.standardError(), fwd.estimate().zScore(exact), s),
                line("reverse Jarzynski  ", 0.0 - rev.deltaF(), rev.standardError(),
                        0.0 - rev.estimate().zScore(-exact), s)
                        + "  (reported as the forward dF)",
                String.format(Locale.ROOT, "  forward <W> = %.4f kT, dissipated <W> - dF = %.4f kT%s",
                        forward.work().mean(), forward.work().mean() - exact,
                        fwd.isReliable() ? "" : "; forward estimate UNRELIABLE: " + fwd));
    }

    private String line(String label, double valueKT, double se, double z, Setup s) {
        valueKT += 0.0;   // -0.0 prints as 0
        z += 0.0;
        boolean exact = Double.isNaN(se);
        String zj = Double.isNaN(s.kTZeptojoules()) ? ""
                : exact ? String.format(Locale.ROOT, "  [%.4f zJ]", valueKT * s.kTZeptojoules())
                : String.format(Locale.ROOT, "  [%.4f +/- %.4f zJ]", valueKT * s.kTZeptojoules(), se * s.kTZeptojoules());
        String zs = Double.isNaN(z) ? "" : String.format(Locale.ROOT, "  (z = %+.2f)", z);
        String value = exact ? String.format(Locale.ROOT, "%.5f kT", valueKT)
                : String.format(Locale.ROOT, "%.5f +/- %.5f kT", valueKT, se);
        return String.format(Locale.ROOT, "  %s = %s%s%s", label, value, zj, zs);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
