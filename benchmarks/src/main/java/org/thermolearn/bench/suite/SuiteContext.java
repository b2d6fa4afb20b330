package org.thermolearn.bench.suite;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.thermolearn.core.RandomStreams;

/**
 * What a suite needs to run: random streams, thread count, default trajectories, console and progress.
 *
 * <p>Immutable apart from the console stream.
 *
 * <pre>{@code
 * var ctx = SuiteContext.of(RandomStreams.of(42), 2, 10_000, new java.io.PrintWriter(System.out, true), false);
 * }</pre>
 *
 * @param streams the run's random streams (seed from {@code --seed})
 * @param threads worker threads
 * @param trajectories trajectories per ensemble ({@code --trajectories} or the suite default)
 * @param console where the summary goes
 * @param showProgress whether to report progress on stderr
 * @param out output directory
 * @since 1.0
 */
public record SuiteContext(RandomStreams streams, int threads, int trajectories, PrintWriter console,
        boolean showProgress, Path out) {

    /** A context writing to the current directory. */
    public static SuiteContext of(RandomStreams streams, int threads, int trajectories, PrintWriter console,
            boolean showProgress) {
        return new SuiteContext(streams, threads, trajectories, console, showProgress, Path.of("."));
    }

    /** A progress listener for a task of {@code total} units (silent when progress is off). */
    public Progress progress(String label, long total) {
        return showProgress ? Progress.start(label, total) : Progress.silent();
    }

    /** A no-op listener. */
    public static LongConsumer none() {
        return n -> { };
    }
}
