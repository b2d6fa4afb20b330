package org.thermolearn.bench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code trap-stiffness.json}), or text files ({@code --forward}, {@code --reverse}; CSV or whitespace columns,
 * {@code --column}) in kT or in a physical unit with {@code --temperature}. Prints every applicable estimate (EXP
 * forward and reverse, Gaussian, BAR, Crooks crossing; optional bootstrap) with errors and warnings, in kT and in
 * the input unit, and writes {@code DIR/NAME.json} and {@code DIR/NAME-crooks.png} atomically; on any error
 * nothing is written.
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
        Map<String, FreeEnergyEstimate> estimates = estimates(in);
        ObjectNode report = report(in, estimates);
        PrintWriter console = spec.commandLine().getOut();
        print(console, in, estimates);
        List<Path> written;
        try (SuiteOutput o = SuiteOutput.open(out)) {
            o.json(name + ".json", report);
            double[] r = in.reverse() == null ? new double[0] : in.reverse();
            o.file(name + "-crooks.png", p -> Plots.crooks(p, "work distributions: " + in.source(), in.forward(), r,
                    Double.NaN, "kT"));
            written = o.commit();
        }
        console.println("wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        console.flush();
        return 0;
    }

    private WorkInput load() {
        if (column < 1) {
            throw new ParameterException(spec.commandLine(), "--column must be >= 1, got " + column);
        }
        if (bootstrap < 0 || bootstrap == 1) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be 0 or >= 2, got " + bootstrap);
        }
        if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
            throw new ParameterException(spec.commandLine(), "--name must be a plain file name, got '" + name + "'");
        }
        if (json != null) {
            if (forward != null || reverse != null) {
                throw new ParameterException(spec.commandLine(), "give either a JSON file or --forward/--reverse, not both");
            }
            requireReducedUnitOption("a JSON file");
            return WorkInput.fromJson(json);
        }
        if (forward == null) {
            throw new ParameterException(spec.commandLine(), "missing input: give a JSON file or --forward FILE");
        }
        if (isJson(forward)) {
            requireReducedUnitOption("JSON files");
            return WorkInput.of(WorkInput.fromJson(forward).toDistribution(), reverse == null ? null
                    : WorkInput.fromJson(reverse).toDistribution(), forward + (reverse == null ? "" : " and " + reverse));
        }
        if (unit != WorkInput.Unit.kT && temperature == null) {
            throw new ParameterException(spec.commandLine(), "--unit " + unit + " needs --temperature K");
        }
        double kelvin = temperature == null ? 298.15 : temperature;
        if (!(kelvin > 0) || !Double.isFinite(kelvin)) {
            throw new ParameterException(spec.commandLine(), "--temperature must be > 0, got " + temperature);
        }
        return WorkInput.fromText(forward, reverse, column, unit, kelvin);
    }

    private void requireReducedUnitOption(String what) {
        if (unit != WorkInput.Unit.kT || temperature != null) {
            throw new ParameterException(spec.commandLine(), "--unit/--temperature apply to text input only; "
                    + what + " carry their own energy unit and kT");
        }
    }

    private static boolean isJson(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") && Files.exists(p);
    }

    private Map<String, FreeEnergyEstimate> estimates(WorkInput in) {
        Map<String, FreeEnergyEstimate> m = new LinkedHashMap<>();
        double[] f = in.forward();
        double[] r = in.reverse();
        m.put("expForward", FreeEnergy.exp(f));
        if (allFinite(f)) {
            m.put("gaussianForward", FreeEnergy.expGauss(f));
        }
        if (r != null) {
            m.put("expReverse", FreeEnergy.expReverse(r));
            if (allFinite(r)) {
                FreeEnergyEstimate g = FreeEnergy.expGauss(r);
                m.put("gaussianReverse", new FreeEnergyEstimate(g.method(), -g.deltaF(), g.standardError(), g.n(),
                        g.diagnostics(), g.warnings()));
            }
            m.put("bar", FreeEnergy.bar(f, r));
            m.put("crooksGaussian", FreeEnergy.crooksGaussian(f, r));
            m.put("crooksHistogram", FreeEnergy.crooksHistogram(f, r));
        }
        if (bootstrap >= 2) {
            RandomStreams streams = RandomStreams.of(seed);
            m.put("expForwardBootstrap", FreeEnergy.bootstrap(f, FreeEnergy::exp, bootstrap, streams.stream(0)));
            if (r != null) {
                m.put("barBootstrap", FreeEnergy.bootstrap(f, r, FreeEnergy::bar, bootstrap, streams.stream(1)));
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
        input.put("forwardSamples", in.forward().length);
        input.put("reverseSamples", in.reverse() == null ? 0 : in.reverse().length);
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
                in.forward().length, in.reverse() == null ? 0 : in.reverse().length, in.unit(), in.kT(), in.unit());
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
