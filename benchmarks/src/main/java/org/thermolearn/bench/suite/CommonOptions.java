package org.thermolearn.bench.suite;

import picocli.CommandLine.Option;

/**
 * Options every suite accepts: output directory, seed, threads and number of trajectories.
 *
 * <pre>{@code
 * thermolearn run trap-stiffness --out results --seed 7 --threads 2 --trajectories 50000
 * }</pre>
 *
 * @since 1.0
 */
public final class CommonOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "thermolearn-out")
    String out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random streams (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--trajectories", paramLabel = "N",
            description = "Trajectories (or chains) per ensemble (default: the suite's own).")
    Integer trajectories;

    @Option(names = "--quiet", description = "No progress reports on stderr.")
    boolean quiet;

    /** Whether progress reports are off. */
    public boolean quiet() {
        return quiet;
    }

    /** The output directory as given. */
    public String out() {
        return out;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** Threads, defaulting to the available processors; validated. */
    public int threads() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + t);
        }
        return t;
    }

    /**
     * Heap a suite needs per trajectory and direction: the record, its work, heat, energy and entropy samples, and the
     * JSON and histogram copies made when writing (measured peak about 150 bytes).
     */
    static final int BYTES_PER_TRAJECTORY = 256;

    /** Trajectories, defaulting to {@code suiteDefault}; validated, including against the heap they need. */
    public int trajectories(int suiteDefault) {
        int n = trajectories == null ? suiteDefault : trajectories;
        if (n < 1) {
            throw new IllegalArgumentException("--trajectories must be >= 1, got " + n);
        }
        long heap = Runtime.getRuntime().maxMemory();
        if ((double) n * BYTES_PER_TRAJECTORY > heap) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "--trajectories %d needs about"
                    + " %.3g GB of heap, more than the JVM's %.3g GB: use fewer, or raise the heap"
                    + " (THERMOLEARN_JAVA_OPTS=-Xmx...)", n, (double) n * BYTES_PER_TRAJECTORY / 1e9, heap / 1e9));
        }
        return n;
    }
}
