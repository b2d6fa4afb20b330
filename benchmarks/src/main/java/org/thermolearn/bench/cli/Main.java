package org.thermolearn.bench.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.thermolearn.bench.perf.BenchCommand;
import org.thermolearn.bench.suite.SuiteCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code thermolearn} command: {@code list}, {@code run SUITE}, {@code estimate}, {@code jshell}, and
 * {@code --help}.
 *
 * <p>Errors are one line on stderr ({@code thermolearn: ...}) naming the bad value, with exit code 2 for bad
 * usage or a bad option value (followed by a "Try ... --help" line) and 1 for a run that failed (bad input data, I/O,
 * a state that went non-finite).
 *
 * <pre>{@code
 * ./thermolearn run trap-stiffness --out results --seed 7
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "thermolearn", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Non-equilibrium thermodynamics of learning: run suites, estimate free energies, benchmark.",
        subcommands = {ListCommand.class, Main.Run.class, EstimateCommand.class, BenchCommand.class, JshellCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (no {@code System.exit}). */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** The configured command line with every suite registered under {@code run}. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        CommandLine run = cli.getSubcommands().get("run");
        for (Supplier<SuiteCommand> s : Suites.all()) {
            run.addSubcommand(new CommandLine(s.get()));
        }
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("thermolearn: " + oneLine(ex));
            return 1;
        });
        return cli;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (ex instanceof UnmatchedArgumentException u && "run".equals(cmd.getCommandName())
                && !u.getUnmatched().isEmpty()) {
            err.println("thermolearn: unknown suite '" + u.getUnmatched().get(0) + "' (known: "
                    + String.join(", ", cmd.getSubcommands().keySet()) + ")");
        } else {
            err.println("thermolearn: " + ex.getMessage());
        }
        err.println(tryHelp(cmd));
        return 2;
    }

    private static String tryHelp(CommandLine cmd) {
        return "Try 'thermolearn " + (cmd.getParent() == null ? "" : qualifiedName(cmd) + " ") + "--help'.";
    }

    private static String qualifiedName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^thermolearn ", "");
    }

    private static String oneLine(Throwable t) {
        String msg = t.getMessage() == null ? t.toString() : t.getMessage();
        return msg.lines().collect(Collectors.joining(" "));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code thermolearn run SUITE}: the suites are registered as subcommands. */
    @Command(name = "run", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "SUITE",
            description = "Run a named suite; writes DIR/SUITE.json and PNG plots and prints a summary.")
    static final class Run implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "missing SUITE (known: "
                    + String.join(", ", spec.subcommands().keySet()) + ")");
        }
    }

    /** Version from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"thermolearn " + org.thermolearn.core.Provenance.LIBRARY_VERSION};
        }
    }
}
