package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.thermolearn.core.Json;
import org.thermolearn.core.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * Base of every suite command: parses the common options, checks the output directory before any work, runs
 * the suite, then writes {@code DIR/SUITE.json} and the plots atomically and prints the summary with the
 * elapsed time. Designed for extension: a suite implements {@link #execute}.
 *
 * <pre>{@code
 * thermolearn run trap-stiffness --out results
 * }</pre>
 *
 * @since 1.0
 */
public abstract class SuiteCommand implements Callable<Integer> {
    /** Schema of a suite result file. */
    public static final String SCHEMA = "thermolearn/suite-result";
    /** Schema version of a suite result file. */
    public static final int SCHEMA_VERSION = 1;

    @Mixin
    private CommonOptions common = new CommonOptions();

    @Spec
    private CommandSpec spec;

    /** The suite's name, as given in its {@code @Command}. */
    public final String suiteName() {
        return getClass().getAnnotation(Command.class).name();
    }

    /** Default number of trajectories (or chains). */
    protected abstract int defaultTrajectories();

    /** Fewest trajectories the suite can use (1 unless it estimates variances across trajectories). */
    protected int minimumTrajectories() {
        return 1;
    }

    /** Checks the suite's own options; throws {@link IllegalArgumentException} naming a bad one. */
    protected abstract void validate();

    /** Runs the suite. */
    protected abstract SuiteReport execute(SuiteContext ctx);

    /** A result tree with the schema header filled in. */
    protected final ObjectNode header() {
        ObjectNode o = Json.object();
        o.put("schema", SCHEMA);
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("suite", suiteName());
        o.put("seed", common.seed());
        return o;
    }

    /**
     * Refuses options that would be ignored: a usage error (exit code 2) naming the first of {@code options} given
     * on the command line, followed by {@code why}.
     *
     * @param why the rest of the message, e.g. {@code "is a reduced-units option, but --units is physical"}
     * @param options option names such as {@code "--gamma"}
     */
    protected final void rejectGiven(String why, String... options) {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (String o : options) {
            if (parsed != null && parsed.hasMatchedOption(o)) {
                throw new ParameterException(spec.commandLine(), o + " " + why);
            }
        }
    }

    @Override
    public final Integer call() {
        int threads;
        int trajectories;
        try {
            threads = common.threads();
            trajectories = common.trajectories(defaultTrajectories());
            if (trajectories < minimumTrajectories()) {
                throw new IllegalArgumentException("--trajectories must be >= " + minimumTrajectories() + " for "
                        + suiteName() + " (variances across trajectories), got " + trajectories);
            }
            validate();
            SuiteOutput.checkWritable(Path.of(common.out()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);   // a bad option value: exit 2
        }
        Path outDir = Path.of(common.out());
        long start = System.nanoTime();
        PrintWriter console = spec.commandLine().getOut();
        SuiteContext ctx = new SuiteContext(RandomStreams.of(common.seed()), threads, trajectories, console,
                !common.quiet(), outDir);
        SuiteReport report = execute(ctx);
        List<Path> written;
        try (SuiteOutput out = SuiteOutput.open(outDir)) {
            out.json(suiteName() + ".json", report.json());
            report.plots().forEach(out::file);
            written = out.commit();
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        report.summary().forEach(console::println);
        Path cwd = Path.of("").toAbsolutePath();
        console.printf("wrote %s (%.1f s, %d %s)%n", String.join(", ", written.stream()
                .map(p -> p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString()).toList()), seconds,
                threads, threads == 1 ? "thread" : "threads");
        console.flush();
        return 0;
    }

    /** A console line saying why an estimate is unreliable, or nothing when it is reliable. */
    protected static List<String> unreliable(String label, org.thermolearn.core.FreeEnergyEstimate estimate) {
        return estimate.isReliable() ? List.of()
                : List.of("  " + label + " UNRELIABLE: " + estimate.warnings().get(0).message());
    }
}
