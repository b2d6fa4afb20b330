package org.thermolearn.bench.cli;

import java.util.function.Supplier;
import org.thermolearn.bench.suite.SuiteCommand;
import picocli.CommandLine.Command;

/**
 * {@code thermolearn list}: the suites, one per line with a description.
 *
 * <pre>{@code
 * ./thermolearn list
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the suites.")
final class ListCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        for (Supplier<SuiteCommand> s : Suites.all()) {
            SuiteCommand suite = s.get();
            String[] description = suite.getClass().getAnnotation(Command.class).description();
            spec.commandLine().getOut().printf("%-22s %s%n", suite.suiteName(), description.length > 0 ? description[0] : "");
        }
        spec.commandLine().getOut().flush();
    }
}
