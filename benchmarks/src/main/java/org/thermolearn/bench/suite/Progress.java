package org.thermolearn.bench.suite;

import java.io.PrintStream;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress reporting on stderr: a progress bar on a terminal, plain lines every 10% otherwise (logs, CI).
 *
 * <p>One task at a time; the returned listener may be called from worker threads.
 *
 * <pre>{@code
 * try (var task = Progress.start("forward", 20_000)) { ensemble.withProgress(task).run(streams); }
 * }</pre>
 *
 * @since 1.0
 */
public final class Progress implements LongConsumer, AutoCloseable {
    private final String label;
    private final long total;
    private final ProgressBar bar;
    private final PrintStream plain;
    private long lastDecile;

    private Progress(String label, long total, ProgressBar bar, PrintStream plain) {
        this.label = label;
        this.total = total;
        this.bar = bar;
        this.plain = plain;
    }

    /** Starts a task of {@code total} units. */
    public static Progress start(String label, long total) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        if (terminal) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
            return new Progress(label, total, bar, null);
        }
        return new Progress(label, total, null, System.err);
    }

    /** Progress that prints nothing. */
    public static Progress silent() {
        return new Progress("", 1, null, null);
    }

    @Override
    public synchronized void accept(long done) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (plain != null) {
            long decile = total == 0 ? 10 : done * 10 / total;
            if (decile > lastDecile) {
                lastDecile = decile;
                plain.printf("%s: %d%% (%d/%d)%n", label, decile * 10, done, total);
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
