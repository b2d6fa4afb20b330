package org.thermolearn.bench.perf;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.thermolearn.bench.suite.SuiteOutput;
import org.thermolearn.core.internal.Checks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code thermolearn bench [KERNEL...]}: measures kernels side by side with the peers a user would pick instead, on
 * the same input in the same run; writes {@code DIR/bench.json} and {@code DIR/bench.png} and prints a table.
 *
 * <pre>{@code
 * ./thermolearn bench bar mbar --repeat 5
 * ./thermolearn bench --quick            # small sizes, a few seconds
 * ./thermolearn bench langevin-overdamped --size trajectories=10000
 * }</pre>
 *
 * @since 1.0
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure kernels against their peers (numpy, pymbar, scikit-learn); writes bench.json and bench.png.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KERNEL", description = "Kernels to run (default: all). Known: ${COMPLETION-CANDIDATES}",
            completionCandidates = KernelNames.class)
    List<String> names = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "thermolearn-out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Timed repeats (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Warm-up trials (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--quick", description = "Small sizes (seconds in all), for a smoke test.")
    boolean quick;

    @Option(names = "--size", paramLabel = "KEY=N", description = "Override a size, e.g. --size trajectories=10000.")
    Map<String, Long> sizeOverrides = new LinkedHashMap<>();

    @Option(names = "--no-peers", description = "Do not run the peers.")
    boolean noPeers;

    @Option(names = "--list", description = "List the kernels and their default sizes.")
    boolean list;

    /** Completion candidates: the kernel names. */
    static final class KernelNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Kernels.all().stream().map(Kernel::name).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        List<Kernel> kernels;
        try {
            kernels = select();
            if (!list) {
                validate(kernels);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);   // a bad option value: exit 2
        }
        if (list) {
            kernels.forEach(k -> console.printf("%-20s %s %s%n", k.name(), k.description(), k.defaultSizes()));
            console.flush();
            return 0;
        }
        MachineLimits machine = MachineLimits.measure(quick ? 0.2 : 1.0);
        List<KernelMeasurement> results = new ArrayList<>();
        Path work = scratch();
        try {
            BenchRunner runner = new BenchRunner(repeat, warmup, !noPeers, machine, work);
            for (Kernel k : kernels) {
                spec.commandLine().getErr().println("bench: " + k.name() + " ...");
                results.add(runner.measure(k, sizes(k)));
            }
        } finally {
            delete(work);
        }
        BenchReport report = new BenchReport(machine, results);
        List<Path> written;
        try (SuiteOutput o = SuiteOutput.open(out)) {
            o.json("bench.json", report.toTree());
            o.file("bench.png", report::writeChart);
            written = o.commit();
        }
        report.table().forEach(console::println);
        console.println("wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        console.flush();
        return 0;
    }

    private void validate(List<Kernel> kernels) {
        Checks.positive(repeat, "--repeat");
        Checks.nonNegative(warmup, "--warmup");
        sizeOverrides.forEach((k, v) -> {
            if (v < 1) {
                throw new IllegalArgumentException("--size " + k + " must be >= 1, got " + v);
            }
            if (kernels.stream().noneMatch(kernel -> kernel.defaultSizes().containsKey(k))) {
                throw new IllegalArgumentException("--size " + k + " is not a size of " + String.join(", ",
                        kernels.stream().map(Kernel::name).toList()) + " (their sizes: " + String.join(", ",
                        kernels.stream().flatMap(kernel -> kernel.defaultSizes().keySet().stream()).distinct()
                                .sorted().toList()) + ")");
            }
        });
        SuiteOutput.checkWritable(out);
    }

    private List<Kernel> select() {
        List<Kernel> all = Kernels.all();
        if (names.isEmpty()) {
            return all;
        }
        List<Kernel> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(all.stream().filter(k -> k.name().equals(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown kernel '" + n + "' (known: "
                            + String.join(", ", all.stream().map(Kernel::name).toList()) + ")")));
        }
        return chosen;
    }

    private Map<String, Long> sizes(Kernel k) {
        Map<String, Long> s = new LinkedHashMap<>(quick ? k.quickSizes() : k.defaultSizes());
        sizeOverrides.forEach((key, v) -> {
            if (s.containsKey(key)) {
                s.put(key, v);
            }
        });
        return s;
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("thermolearn-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // scratch files in the temp directory; nothing else to do
        }
    }
}
