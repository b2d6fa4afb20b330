package org.thermolearn.bench.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thermolearn.core.internal.Checks;

/**
 * Measures kernels: prepare (untimed), warm-up trials, timed repeats, peak heap, the peer on the same input, and
 * the target checks.
 *
 * <p>Per-core figures divide by the threads a kernel uses ({@link Kernel#threads()}). Not thread-safe: one run at a
 * time (heap peaks are process-wide).
 *
 * <pre>{@code
 * var runner = new BenchRunner(3, 1, true, MachineLimits.measure(0.5), Path.of("/tmp/bench"));
 * runner.measure(kernel, kernel.quickSizes());
 * }</pre>
 *
 * @since 1.0
 */
public final class BenchRunner {
    private final int repeat;
    private final int warmup;
    private final boolean peers;
    private final MachineLimits machine;
    private final Path workDir;

    /**
     * @param repeat timed repeats, >= 1
     * @param warmup untimed warm-up trials, >= 0
     * @param peers whether to run peers
     * @param machine the machine's limits
     * @param workDir scratch directory for inputs and peer scripts
     */
    public BenchRunner(int repeat, int warmup, boolean peers, MachineLimits machine, Path workDir) {
        this.repeat = Checks.positive(repeat, "--repeat");
        this.warmup = Checks.nonNegative(warmup, "--warmup");
        this.peers = peers;
        this.machine = Checks.notNull(machine, "machine");
        this.workDir = Checks.notNull(workDir, "workDir");
    }

    /** Measures one kernel at the given sizes. */
    public KernelMeasurement measure(Kernel kernel, Map<String, Long> sizes) {
        Kernel.Trial trial = kernel.prepare(sizes, 1, workDir);
        for (int i = 0; i < warmup; i++) {
            trial.run();
        }
        System.gc();
        resetHeapPeaks();   // the peak of the timed runs (with the prepared input live), not of the JIT's warm-up
        List<Double> seconds = new ArrayList<>();
        double units = 0;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            units = trial.run();
            seconds.add((System.nanoTime() - start) * 1e-9);
        }
        long peak = heapPeak();
        int threads = Math.max(1, Math.min(kernel.threads(), machine.cores()));
        PeerRunner.Result peer = peers ? kernel.peer(sizes, workDir).map(p -> PeerRunner.run(p, repeat, workDir))
                .orElse(null) : null;
        KernelMeasurement m = new KernelMeasurement(kernel.name(), kernel.unit(), threads, sizes, seconds, units, peak,
                kernel.flopsPerTrial(sizes), peer, List.of());
        List<Target.Check> checks = new ArrayList<>();
        boolean atTargetSizes = sizes.equals(kernel.defaultSizes());
        for (Target t : Kernels.targets(kernel.name())) {
            double value = measured(t, m);
            checks.add(atTargetSizes ? t.check(value) : t.notApplicable(value));
        }
        return m.withChecks(checks);
    }

    private double measured(Target t, KernelMeasurement m) {
        double perCore = m.throughputPerCore();
        return switch (t.kind()) {
            case SPEEDUP -> m.speedup();
            case SECONDS -> m.medianSeconds();
            case UNITS_PER_SECOND_PER_CORE -> perCore;
            case FRACTION_OF_GAUSSIAN_BOUND -> perCore * Kernels.gaussiansPerUnit(m.kernel())
                    / machine.gaussiansPerSecondPerCore();
        };
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
