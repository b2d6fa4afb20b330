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

    /** Trajectories, defaulting to {@code suiteDefault}; validated. */
    public int trajectories(int suiteDefault) {
        int n = trajectories == null ? suiteDefault : trajectories;
        if (n < 1) {
            throw new IllegalArgumentException("--trajectories must be >= 1, got " + n);
        }
        return n;
    }
}
