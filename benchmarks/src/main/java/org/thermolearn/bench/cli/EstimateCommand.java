package org.thermolearn.bench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thermolearn.bench.suite.SuiteOutput;
import org.thermolearn.core.EstimateJson;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.core.Provenance;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.Warning;
import org.thermolearn.core.WorkDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code thermolearn estimate}: free-energy differences from work files, for users who never open Java.
 *
 * <p>Input: a thermolearn JSON file (a work distribution, or a suite result with both directions such as
 * {@code trap-stiffness.json}), or {@code --forward} and/or {@code --reverse} files, each read on its own as JSON (a
 * work distribution: name ending in {@code .json} or first non-blank character <code>{</code>) or as text (CSV or
 * whitespace columns, {@code --column}) in kT or in a physical {@code --unit} with {@code --temperature}. Options
 * that would be ignored ({@code --temperature} with {@code --unit kT}, text options with JSON input only,
 * {@code --seed} without {@code --bootstrap}) are usage errors. Checks {@code --out} before computing, then
 * writes {@code DIR/NAME.json} and {@code DIR/NAME-crooks.png} atomically and prints every applicable estimate
 * (EXP forward and reverse, Gaussian, BAR, Crooks crossing; optional bootstrap) with errors and warnings, in kT
 * and in the input unit; on any error nothing is written.
 *
 * <pre>{@code
 * thermolearn estimate --forward pull.csv --reverse relax.csv --unit pN_nm --temperature 298 --out results
 * thermolearn estimate results/trap-stiffness.json --out results
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Free energies (EXP, Gaussian, BAR, Crooks) with errors and warnings from work files.")
public final class EstimateCommand implements Callable<Integer> {
    /** Schema of the written report. */
    public static final String SCHEMA = "thermolearn/estimate-report";

    @Spec
    CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "JSON", description = "A thermolearn work-distribution or suite-result JSON file.")
    Path json;
    @Option(names = "--forward", paramLabel = "FILE", description = "Forward work (0 -> 1): text columns, or JSON.")
    Path forward;
    @Option(names = "--reverse", paramLabel = "FILE", description = "Reverse work (1 -> 0): text columns, or JSON.")
    Path reverse;
    @Option(names = "--column", description = "1-based column of the work in text files (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int column;
    @Option(names = "--unit", description = "Energy unit of text input: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "kT")
    WorkInput.Unit unit;
    @Option(names = "--temperature", paramLabel = "K", description = "Temperature in kelvin, required with a physical --unit.")
    Double temperature;
    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "thermolearn-out")
    Path out;
    @Option(names = "--name", description = "Base name of the output files (default: ${DEFAULT-VALUE}).",
            defaultValue = "estimate")
    String name;
    @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap replicates for EXP and BAR errors (0 = off, default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    int bootstrap;
    @Option(names = "--seed", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Override
    public Integer call() {
        WorkInput in = load();
        try {
            SuiteOutput.checkWritable(out);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Map<String, FreeEnergyEstimate> estimates = estimates(in);
        ObjectNode report = report(in, estimates);
        List<Path> written;
        try (SuiteOutput o = SuiteOutput.open(out)) {
            o.json(name + ".json", report);
            double[] f = in.forward() == null ? new double[0] : in.forward();
            double[] r = in.reverse() == null ? new double[0] : in.reverse();
            o.file(name + "-crooks.png", p -> Plots.crooks(p, "work distributions: " + in.source(), f, r,
                    Double.NaN, "kT"));
            written = o.commit();
        }
        PrintWriter console = spec.commandLine().getOut();
        print(console, in, estimates);
        console.println("wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        console.flush();
        return 0;
    }

    private WorkInput load() {
        checkPlainOptions();
        if (json != null) {
            if (forward != null || reverse != null) {
                throw usage("give either a JSON file or --forward/--reverse, not both");
            }
            rejectTextOptions();
            return WorkInput.fromJson(json);
        }
        if (forward == null && reverse == null) {
            throw usage("missing input: give a JSON file, --forward FILE or --reverse FILE");
        }
        boolean anyText = forward != null && !WorkInput.isJson(forward)
                || reverse != null && !WorkInput.isJson(reverse);
        if (!anyText) {
            rejectTextOptions();
        }
        double kelvin = kelvin();
        WorkDistribution f = forward == null ? null : WorkInput.read(forward, column, unit, kelvin);
        WorkDistribution r = reverse == null ? null : WorkInput.read(reverse, column, unit, kelvin);
        String source = forward == null ? "reverse " + reverse : forward + (reverse == null ? "" : " and " + reverse);
        return WorkInput.of(f, r, source);
    }

    private void checkPlainOptions() {
        if (column < 1) {
            throw usage("--column must be >= 1, got " + column);
        }
        if (bootstrap < 0 || bootstrap == 1) {
            throw usage("--bootstrap must be 0 or >= 2, got " + bootstrap);
        }
        if (bootstrap == 0 && given("--seed")) {
            throw usage("--seed seeds the bootstrap; it needs --bootstrap N (N >= 2)");
        }
        if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
            throw usage("--name must be a plain file name, got '" + name + "'");
        }
    }

    /** The temperature of text input; a usage error when --unit and --temperature do not go together. */
    private double kelvin() {
        if (unit == WorkInput.Unit.kT) {
            if (temperature != null) {
                throw usage("--temperature " + temperature + " needs a physical --unit (zJ, pN_nm, J, kJ_per_mol,"
                        + " kcal_per_mol); with --unit kT (the default) the work is already in kT");
            }
            return 298.15;
        }
        if (temperature == null) {
            throw usage("--unit " + unit + " needs --temperature K");
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw usage("--temperature must be > 0 and finite, got " + temperature);
        }
        return temperature;
    }

    private void rejectTextOptions() {
        for (String o : new String[] {"--unit", "--temperature", "--column"}) {
            if (given(o)) {
                throw usage(o + " applies to text input only; JSON input carries its own energy unit and kT");
            }
        }
    }

    private boolean given(String option) {
        var parsed = spec.commandLine().getParseResult();
        return parsed != null && parsed.hasMatchedOption(option);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private Map<String, FreeEnergyEstimate> estimates(WorkInput in) {
        Map<String, FreeEnergyEstimate> m = new LinkedHashMap<>();
        double[] f = in.forward();
        double[] r = in.reverse();
        if (f != null) {
            m.put("expForward", FreeEnergy.exp(f));
            if (allFinite(f)) {
                m.put("gaussianForward", FreeEnergy.expGauss(f));
            }
        }
        if (r != null) {
            m.put("expReverse", FreeEnergy.expReverse(r));
            if (allFinite(r)) {
                FreeEnergyEstimate g = FreeEnergy.expGauss(r);
                m.put("gaussianReverse", new FreeEnergyEstimate(g.method(), -g.deltaF(), g.standardError(), g.n(),
                        g.diagnostics(), g.warnings()));
            }
        }
        if (f != null && r != null) {
            m.put("bar", FreeEnergy.bar(f, r));
            m.put("crooksGaussian", FreeEnergy.crooksGaussian(f, r));
            m.put("crooksHistogram", FreeEnergy.crooksHistogram(f, r));
        }
        if (bootstrap >= 2) {
            RandomStreams streams = RandomStreams.of(seed);
            if (f != null) {
                m.put("expForwardBootstrap", FreeEnergy.bootstrap(f, FreeEnergy::exp, bootstrap, streams.stream(0)));
            }
            if (f != null && r != null) {
                m.put("barBootstrap", FreeEnergy.bootstrap(f, r, FreeEnergy::bar, bootstrap, streams.stream(1)));
            }
            if (f == null) {
                m.put("expReverseBootstrap", FreeEnergy.bootstrap(r, FreeEnergy::expReverse, bootstrap,
                        streams.stream(2)));
            }
        }
        return m;
    }

    private static boolean allFinite(double[] w) {
        return java.util.Arrays.stream(w).allMatch(Double::isFinite);
    }

    private ObjectNode report(WorkInput in, Map<String, FreeEnergyEstimate> estimates) {
        ObjectNode o = Json.object();
        o.put("schema", SCHEMA);
        o.put("schemaVersion", 1);
        o.put("version", Provenance.LIBRARY_VERSION);
        ObjectNode input = o.putObject("input");
        input.put("source", in.source());
        input.put("unit", in.unit());
        input.set("kT", Json.number(in.kT()));
        input.put("forwardSamples", in.forwardSize());
        input.put("reverseSamples", in.reverseSize());
        if (bootstrap >= 2) {
            input.put("bootstrapReplicates", bootstrap);
            input.put("seed", seed);
        }
        ObjectNode est = o.putObject("estimates");
        estimates.forEach((k, e) -> {
            ObjectNode one = est.putObject(k);
            one.set("kT", EstimateJson.toTree(e, "kT", 1.0));
            if (!in.reduced()) {
                one.set(in.unit(), EstimateJson.toTree(e.scaled(in.kT()), in.unit(), in.kT()));
            }
        });
        return o;
    }

    private static void print(PrintWriter console, WorkInput in, Map<String, FreeEnergyEstimate> estimates) {
        console.printf("%s: %d forward, %d reverse work values (unit %s, kT = %.6g %s)%n", in.source(),
                in.forwardSize(), in.reverseSize(), in.unit(), in.kT(), in.unit());
        estimates.forEach((k, e) -> {
            String phys = in.reduced() ? "" : String.format("  = %.6g +/- %.3g %s", e.deltaF() * in.kT(),
                    e.standardError() * in.kT(), in.unit());
            console.printf("  %-20s dF = %.6g +/- %.3g kT%s%n", k, e.deltaF(), e.standardError(), phys);
            for (Warning w : e.warnings()) {
                console.println("      warning: " + w.message());
            }
        });
    }
}
