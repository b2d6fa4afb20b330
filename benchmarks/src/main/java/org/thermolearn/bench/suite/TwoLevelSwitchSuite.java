package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.Fluctuations;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.dynamics.Ensemble;
import org.thermolearn.dynamics.JumpSimulator;
import org.thermolearn.dynamics.JumpStatistics;
import org.thermolearn.dynamics.MarkovJump;
import org.thermolearn.dynamics.MarkovModel;
import org.thermolearn.dynamics.MasterEquationSolution;
import org.thermolearn.dynamics.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Suite {@code two-level-switch}: a two-state system (energies {@code 0} and the gap {@code lambda}, Glauber rates)
 * whose gap is ramped linearly in finite time, forward and back, each from equilibrium; work distributions,
 * Jarzynski against the exact {@code dF = -kT ln[(1 + e^-gap1)/(1 + e^-gap0)]}, the sampled mean work and entropy
 * production against the exact master equation, and the integral fluctuation theorem.
 *
 * <p>Defaults are a DNA hairpin under a force ramp seen as a two-state switch: folding plus unfolding rate 20 /s,
 * the free-energy gap moved from 0 to 4 kT in 0.1 s (twice the relaxation time 0.05 s), protocol held on 200
 * intervals (the sampler and the master equation treat exactly the same process).
 *
 * <pre>{@code
 * thermolearn run two-level-switch --gap-to 6 --duration 0.05 --trajectories 50000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "two-level-switch", mixinStandardHelpOptions = true,
        description = "Two-level system with a ramped gap: work distributions, Jarzynski vs exact dF, master equation.")
public final class TwoLevelSwitchSuite extends SuiteCommand {
    @Option(names = "--gap-from", description = "Initial gap, kT (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    double gapFrom;
    @Option(names = "--gap-to", description = "Final gap, kT (default: ${DEFAULT-VALUE}).", defaultValue = "4")
    double gapTo;
    @Option(names = "--attempt-rate", description = "Sum of the two rates, 1/s (default: ${DEFAULT-VALUE}).",
            defaultValue = "20")
    double attemptRate;
    @Option(names = "--duration", description = "Ramp duration, s (default: ${DEFAULT-VALUE}).", defaultValue = "0.1")
    double duration;
    @Option(names = "--intervals", description = "Constant-gap intervals of the ramp (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    int intervals;

    @Override
    protected int defaultTrajectories() {
        return 20_000;
    }

    @Override
    protected void validate() {
        Checks.finite(gapFrom, "--gap-from");
        Checks.finite(gapTo, "--gap-to");
        Checks.positiveFinite(attemptRate, "--attempt-rate");
        Checks.positiveFinite(duration, "--duration");
        Checks.positive(intervals, "--intervals");
        if (intervals > MAX_INTERVALS) {
            throw new IllegalArgumentException("--intervals must be <= " + MAX_INTERVALS + " (the exact master"
                    + " equation solves every interval), got " + intervals);
        }
    }

    /** Most constant-gap intervals: each is one uniformization solve of the master equation. */
    static final int MAX_INTERVALS = 1_000_000;

    @Override
    protected SuiteReport execute(SuiteContext ctx) {
        MarkovModel model = MarkovModel.twoLevel(attemptRate, 1.0);
        JumpSimulator fwdSim = MarkovJump.simulator(model, Protocol.linear(gapFrom, gapTo, duration), intervals);
        JumpSimulator revSim = MarkovJump.simulator(model, Protocol.linear(gapTo, gapFrom, duration), intervals);
        JumpStatistics fwd = run(ctx, "forward", fwdSim, 0);
        JumpStatistics rev = run(ctx, "reverse", revSim, 1);
        double exact = model.freeEnergy(gapTo) - model.freeEnergy(gapFrom);
        FreeEnergyEstimate jf = FreeEnergy.exp(fwd.distribution().work().toArray());
        FreeEnergyEstimate jr = FreeEnergy.exp(rev.distribution().work().toArray());

        ObjectNode json = header();
        json.set("parameters", parameters(ctx));
        ObjectNode ex = json.putObject("exact");
        ex.set("deltaF_kT", Json.number(exact));
        json.set("forward", direction(fwd, fwdSim.exact(), jf, exact));
        json.set("reverse", direction(rev, revSim.exact(), jr, -exact));
        json.set("firstLawMaxResidual_kT", Json.number(Math.max(fwd.distribution().maxFirstLawResidual(),
                rev.distribution().maxFirstLawResidual())));
        String title = String.format(Locale.ROOT, "two-level switch, gap %s -> %s kT in %s s: forward and mirrored reverse work",
                gapFrom, gapTo, duration);
        double[] wF = fwd.distribution().work().toArray();
        double[] wR = rev.distribution().work().toArray();
        return new SuiteReport(json, Map.of(suiteName() + ".png", p -> Plots.crooks(p, title, wF, wR, exact, "kT")),
                summary(ctx, exact, jf, jr, fwd, fwdSim.exact()));
    }

    private JumpStatistics run(SuiteContext ctx, String label, JumpSimulator sim, long key) {
        try (Progress progress = ctx.progress(suiteName() + " " + label, ctx.trajectories())) {
            return MarkovJump.run(new Ensemble(sim, ctx.trajectories(), ctx.threads(), progress), ctx.streams().child(key));
        }
    }

    private ObjectNode parameters(SuiteContext ctx) {
        ObjectNode p = Json.object();
        p.put("model", "two-level switch, energies (0, gap), Glauber rates");
        p.set("gapFrom_kT", Json.number(gapFrom));
        p.set("gapTo_kT", Json.number(gapTo));
        p.set("attemptRate_per_s", Json.number(attemptRate));
        p.set("relaxationTime_s", Json.number(1 / attemptRate));
        p.set("duration_s", Json.number(duration));
        p.put("intervals", intervals);
        p.put("trajectoriesPerDirection", ctx.trajectories());
        p.put("method", "Gillespie with the gap held constant per interval, exact holding times; master equation by"
                + " uniformization on the same intervals");
        return p;
    }

    private static ObjectNode direction(JumpStatistics s, MasterEquationSolution exact, FreeEnergyEstimate est,
            double dF) {
        ObjectNode o = Json.object();
        o.set("jarzynski", Json.toTree(est, "kT"));
        o.set("zScore", Json.number(est.estimate().zScore(dF)));
        var w = s.distribution().work();
        o.set("meanWork_kT", Json.number(w.mean()));
        o.set("meanWorkStandardError_kT", Json.number(w.standardErrorOfMean()));
        var sp = s.entropyProduction();
        o.set("meanEntropyProduction", Json.number(sp.mean()));
        o.set("meanEntropyProductionStandardError", Json.number(sp.standardErrorOfMean()));
        o.set("masterEquation", exact.toTree());
        o.set("integralFluctuation", Fluctuations.integral(sp.toArray()).toTree());
        o.set("distribution", Json.toTree(s.distribution()));
        return o;
    }

    private List<String> summary(SuiteContext ctx, double exact, FreeEnergyEstimate jf, FreeEnergyEstimate jr,
            JumpStatistics fwd, MasterEquationSolution me) {
        var w = fwd.distribution().work();
        var ift = Fluctuations.integral(fwd.entropyProduction().toArray());
        List<String> lines = new java.util.ArrayList<>(List.of(
                String.format(Locale.ROOT, "two-level-switch: gap %s -> %s kT in %s s, rate %s /s, %d intervals, seed %d",
                        gapFrom, gapTo, duration, attemptRate, intervals, ctx.streams().seed()),
                String.format(Locale.ROOT, "  %d trajectories per direction", ctx.trajectories()),
                String.format(Locale.ROOT, "  exact dF           = %.5f kT", exact),
                String.format(Locale.ROOT, "  forward Jarzynski  = %.5f +/- %.5f kT  (z = %+.2f)", jf.deltaF() + 0.0,
                        jf.standardError(), jf.estimate().zScore(exact) + 0.0),
                String.format(Locale.ROOT, "  reverse Jarzynski  = %.5f +/- %.5f kT  (z = %+.2f)  (reported as the forward dF)",
                        0.0 - jr.deltaF(), jr.standardError(), 0.0 - jr.estimate().zScore(-exact)),
                String.format(Locale.ROOT, "  forward <W> = %.5f +/- %.5f kT, exact (master equation) %.5f kT",
                        w.mean(), w.standardErrorOfMean(), me.meanWork()),
                String.format(Locale.ROOT, "  forward ln<exp(-S_tot)> = %.4f +/- %.4f (integral FT: 0)", ift.logMean(),
                        ift.standardError())));
        lines.addAll(unreliable("forward Jarzynski", jf));
        lines.addAll(unreliable("reverse Jarzynski", jr));
        return lines;
    }
}
