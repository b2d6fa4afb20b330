package org.thermolearn.bench.perf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named performance kernel measured by {@code thermolearn bench}: thermolearn's implementation, and optionally
 * the peer a user would pick instead (a Python script in {@code benchmarks/peers/}) run on the same input.
 *
 * <p>Protocol: the runner calls {@link #prepare} once (not timed; it may write the input to {@code inputDir} for the
 * peer, e.g. raw little-endian float64 that numpy reads with {@code numpy.fromfile}), then times
 * {@link Trial#run()} after a warm-up over several repeats. The peer is started as
 * {@code /usr/bin/python3 benchmarks/peers/SCRIPT ARGS... --repeat N} and must print, as its last stdout line, one
 * JSON object {@code {"seconds": [t1, t2, ...], "units": U}} (seconds per repeat, work units per repeat). Kernels
 * are immutable.
 *
 * <pre>{@code
 * thermolearn bench bar mbar --repeat 5
 * }</pre>
 *
 * @since 1.0
 */
public interface Kernel {
    /** Name on the command line, e.g. {@code bar}. */
    String name();

    /** One-line description including the default size. */
    String description();

    /** Unit of work counted per trial, e.g. {@code "steps"}, {@code "samples"}, {@code "jumps"}. */
    String unit();

    /** Problem sizes by name with their full defaults (e.g. {@code trajectories=100000, steps=1000}). */
    Map<String, Long> defaultSizes();

    /** Small sizes so that a unit test runs the kernel in well under a second. */
    Map<String, Long> quickSizes();

    /**
     * Builds the inputs (not timed).
     *
     * @param sizes sizes (every key of {@link #defaultSizes()})
     * @param seed seed of the input data
     * @param inputDir a scratch directory the peer can read
     */
    Trial prepare(Map<String, Long> sizes, long seed, Path inputDir);

    /** The peer on the same input, if there is one. */
    default Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
        return Optional.empty();
    }

    /** Floating-point operations per trial for dense kernels (for GFLOP/s), or 0 when not meaningful. */
    default double flopsPerTrial(Map<String, Long> sizes) {
        return 0;
    }

    /** Threads the trial uses: per-core figures divide by this (default: every available processor). */
    default int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** One timed execution. */
    @FunctionalInterface
    interface Trial {
        /** Runs the kernel once; returns the number of work units done (e.g. steps), and a checksum-free result. */
        double run();
    }

    /**
     * A peer implementation.
     *
     * @param name what it is, e.g. {@code "pymbar 4 BAR"}
     * @param script file name under {@code benchmarks/peers/}
     * @param args arguments (input paths, sizes)
     * @param installHint how to install what it needs, e.g. {@code apt-get install python3-pymbar}
     * @param pythonModules modules it imports, checked before running
     */
    record Peer(String name, String script, List<String> args, String installHint, List<String> pythonModules) {
    }
}
