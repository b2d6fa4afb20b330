package org.thermolearn.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import org.thermolearn.core.Provenance;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.Samples;
import org.thermolearn.core.TrajectoryRecord;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.core.internal.Checks;

/**
 * Runs N trajectories of a {@link TrajectorySimulator} on several threads, reproducibly.
 *
 * <p>Trajectory i draws only from {@code streams.stream(i)}, and its ledger is stored at index i, so the same seed
 * gives bit-identical output with 1 thread or many. Work is handed out in blocks of {@value #BLOCK} trajectories.
 * If a trajectory fails, the error of the lowest failing index is thrown (with its index). Streaming: each worker
 * keeps only the current trajectory's state, so memory is O(trajectories) for the ledgers and independent of the
 * number of steps; {@link #paths} stores a few whole trajectories for plots. Immutable; {@link #run} may be called
 * from any thread.
 *
 * <pre>{@code
 * var sim = Langevin.overdamped(Potential.harmonicStiffness(0), Protocol.linear(1, 4, 2),
 *     LangevinParameters.of(0.001));
 * WorkDistribution d = Ensemble.of(sim, 10_000).withThreads(2).run(RandomStreams.of(42));
 * }</pre>
 *
 * @param simulator the trajectory simulator
 * @param trajectories number of trajectories, >= 1
 * @param threads worker threads, >= 1
 * @param progress receives the number of finished trajectories (may be called from worker threads)
 * @since 1.0
 */
public record Ensemble(TrajectorySimulator simulator, int trajectories, int threads, LongConsumer progress) {
    /** Trajectories handed to a worker at a time. */
    public static final int BLOCK = 64;

    /** Validates the fields. */
    public Ensemble {
        Checks.notNull(simulator, "simulator");
        Checks.positive(trajectories, "trajectories");
        Checks.positive(threads, "threads");
        Checks.notNull(progress, "progress");
    }

    /** An ensemble on all available processors, without progress reports. */
    public static Ensemble of(TrajectorySimulator simulator, int trajectories) {
        return new Ensemble(simulator, trajectories, Runtime.getRuntime().availableProcessors(), n -> { });
    }

    /** Copy with another number of threads. */
    public Ensemble withThreads(int n) {
        return new Ensemble(simulator, trajectories, n, progress);
    }

    /** Copy reporting progress to {@code listener}. */
    public Ensemble withProgress(LongConsumer listener) {
        return new Ensemble(simulator, trajectories, threads, listener);
    }

    /**
     * Runs every trajectory and collects the ledgers by index.
     *
     * @throws NonFiniteStateException naming the trajectory and step when a state goes non-finite
     */
    public WorkDistribution run(RandomStreams streams) {
        TrajectoryRecord[] records = runRecords(streams);
        int n = records.length;
        double[] w = new double[n];
        double[] q = new double[n];
        double[] e = new double[n];
        double[] s = new double[n];
        boolean entropy = true;
        for (int i = 0; i < n; i++) {
            w[i] = records[i].work();
            q[i] = records[i].heat();
            e[i] = records[i].deltaE();
            s[i] = records[i].entropyProduction();
            entropy &= records[i].hasEntropyProduction();
        }
        return new WorkDistribution(simulator.description(), "kT", 1.0, Samples.of(w).scaled(1 / simulator.kT()),
                Samples.of(q).scaled(1 / simulator.kT()), Samples.of(e).scaled(1 / simulator.kT()),
                entropy ? Samples.of(s) : Samples.empty(), Provenance.of(streams, simulator.parameters(), n));
    }

    /**
     * Stores the paths of the first {@code count} trajectories, sampled every {@code every} steps: the same
     * trajectories (same streams) as in {@link #run}, for plots. With {@code every} equal to the number of steps
     * only the initial and final states are kept (e.g. to classify where each trajectory ended). Runs in parallel
     * like {@link #run}.
     *
     * @throws UnsupportedOperationException if the simulator cannot report paths
     */
    public List<StoredPath> paths(RandomStreams streams, int count, int every) {
        Checks.positive(count, "count");
        Checks.positive(every, "every");
        int n = Math.min(count, trajectories);
        StoredPath[] out = new StoredPath[n];
        forEach(n, i -> {
            StoredPath.Recorder r = new StoredPath.Recorder(every, simulator.dimension());
            simulator.simulate(streams.stream(i), r);
            out[i] = r.toPath(i);
        });
        return List.of(out);
    }

    /** Runs every trajectory and returns the ledgers in index order (energies in the simulation's unit). */
    public TrajectoryRecord[] runRecords(RandomStreams streams) {
        TrajectoryRecord[] out = new TrajectoryRecord[trajectories];
        forEach(trajectories, (from, to) -> simulator.simulateBlock(streams, from, to, out),
                i -> out[i] = simulator.simulate(streams.stream(i)));
        return out;
    }

    /**
     * Runs {@code perTrajectory} on every trajectory's stream in parallel and returns the results in index order:
     * the same (seed, i) contract as {@link #run}, for simulators that return more than a {@link TrajectoryRecord}
     * (e.g. a current per trajectory). The ensemble's simulator is not used.
     *
     * @param streams the run's random streams; trajectory i receives {@code streams.stream(i)}
     * @param perTrajectory simulates one trajectory; must be thread-safe
     * @throws NonFiniteStateException naming the trajectory when a state goes non-finite
     */
    public <T> List<T> map(RandomStreams streams, Function<RandomGenerator, ? extends T> perTrajectory) {
        Object[] out = new Object[trajectories];
        forEach(trajectories, i -> out[i] = perTrajectory.apply(streams.stream(i)));
        return unmodifiable(out);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> unmodifiable(Object[] out) {
        return Collections.unmodifiableList((List<T>) Arrays.asList(out));
    }

    /** Runs {@code task(i)} for i = 0..n-1 in blocks on the pool; rethrows the failure of the lowest index. */
    private void forEach(int n, java.util.function.IntConsumer task) {
        forEach(n, null, task);
    }

    /** A task over the indices {@code from <= i < to}. */
    private interface BlockTask {
        void run(int from, int to);
    }

    /**
     * Runs {@code block} over blocks of indices on the pool (or {@code task} index by index where {@code block} is
     * null); a block that fails is rerun index by index with {@code task}, so the failure reported is that of the
     * lowest failing index, as one by one.
     */
    private void forEach(int n, BlockTask block, java.util.function.IntConsumer task) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        int workers = Math.min(threads, blocks);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "thermolearn-ensemble");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RuntimeException>> futures = new ArrayList<>();
            for (int k = 0; k < workers; k++) {
                futures.add(pool.submit(() -> work(n, block, task, blocks, nextBlock, done, failed)));
            }
            RuntimeException first = null;
            long firstIndex = Long.MAX_VALUE;
            for (Future<RuntimeException> f : futures) {
                RuntimeException ex = f.get();
                long idx = ex instanceof NonFiniteStateException nf ? nf.trajectory() : Long.MAX_VALUE - 1;
                if (ex != null && idx < firstIndex) {
                    first = ex;
                    firstIndex = idx;
                }
            }
            if (first != null) {
                throw first;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ensemble run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ensemble worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private RuntimeException work(int n, BlockTask block, java.util.function.IntConsumer task, int blocks,
            AtomicInteger nextBlock, AtomicLong done, AtomicBoolean failed) {
        int b;
        while (!failed.get() && (b = nextBlock.getAndIncrement()) < blocks) {
            int from = b * BLOCK;
            int to = Math.min(n, from + BLOCK);
            if (block != null) {
                try {
                    block.run(from, to);
                    progress.accept(done.addAndGet(to - from));
                    continue;
                } catch (RuntimeException e) {
                    // rerun one by one below: the error then names the first failing trajectory
                }
            }
            for (int i = from; i < to; i++) {
                try {
                    task.accept(i);
                } catch (NonFiniteStateException e) {
                    failed.set(true);
                    return e.inTrajectory(i);
                } catch (RuntimeException e) {
                    failed.set(true);
                    return new IllegalStateException("trajectory " + i + ": " + e.getMessage(), e);
                }
            }
            progress.accept(done.addAndGet(to - from));
        }
        return null;
    }
}
