package org.thermolearn.bench.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code thermolearn jshell}: JShell with the toolkit on the class path and its packages imported.
 *
 * <pre>{@code
 * ./thermolearn jshell
 * jshell> FreeEnergy.exp(new double[] {1000, 1001, 1002})
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "jshell", mixinStandardHelpOptions = true,
        description = "Start JShell with thermolearn on the class path and its packages imported.")
final class JshellCommand implements java.util.concurrent.Callable<Integer> {
    /** Packages imported at start-up (those present in this build). */
    static final List<String> PACKAGES = List.of("org.thermolearn.core", "org.thermolearn.core.estimate",
            "org.thermolearn.dynamics",
            "org.thermolearn.learning");

    @Parameters(paramLabel = "ARG", description = "Further arguments passed to jshell (e.g. a script).")
    List<String> extra = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        if (!Files.isExecutable(jshell)) {
            throw new IllegalStateException("jshell not found at " + jshell + ": run thermolearn with a full JDK 17+");
        }
        Path startup = Files.createTempFile("thermolearn-startup", ".jsh");
        startup.toFile().deleteOnExit();
        Files.writeString(startup, imports());
        List<String> cmd = new ArrayList<>(List.of(jshell.toString(), "--class-path", classPath(),
                "--startup", "DEFAULT", "--startup", startup.toString(), "-R-Djava.awt.headless=true"));
        if (org.thermolearn.core.internal.Simd.modulePresent()) {
            cmd.add("-R--add-modules=" + org.thermolearn.core.internal.Simd.MODULE);   // SIMD RBM kernels in the evaluation JVM too
        }
        cmd.addAll(extra);
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jshell + ": " + e.getMessage(), e);
        }
    }

    /** The import lines for the packages present on the class path. */
    static String imports() {
        StringBuilder sb = new StringBuilder();
        for (String p : PACKAGES) {
            if (JshellCommand.class.getClassLoader().getResource(p.replace('.', '/') + "/package-info.class") != null) {
                sb.append("import ").append(p).append(".*;\n");
            }
        }
        return sb.toString();
    }

    private static String classPath() {
        String cp = System.getProperty("java.class.path");
        return cp == null || cp.isBlank() ? "." : cp.replace(File.pathSeparatorChar, File.pathSeparatorChar);
    }
}
