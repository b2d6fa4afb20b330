package org.thermolearn.bench.perf.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.testing.QuietTest;

class LangevinKernelsTest extends QuietTest {
    @TempDir
    Path dir;

    /** Each kernel runs at quick sizes, counts trajectory-steps, and names an existing peer script. */
    @Test
    void kernelsRunAtQuickSizesAndHavePeers() {
        assertEquals(2, LangevinKernels.all().size());
        for (Kernel k : LangevinKernels.all()) {
            Map<String, Long> sizes = k.quickSizes();
            assertEquals(k.defaultSizes().keySet(), sizes.keySet());
            double units = k.prepare(sizes, 1, dir).run();
            assertEquals((double) sizes.get("trajectories") * sizes.get("steps"), units, 0);
            Kernel.Peer peer = k.peer(sizes, dir).orElseThrow();
            assertTrue(Files.isRegularFile(Path.of("..", "benchmarks", "peers", peer.script()))
                    || Files.isRegularFile(Path.of("peers", peer.script())), peer.script());
            assertEquals("steps", k.unit());
        }
        assertTrue(org.thermolearn.bench.perf.MachineLimits.measure(0.05).gaussiansPerSecondPerCore() > 0);
    }

    /** Streaming: the peak heap of a Langevin ensemble does not grow with the number of steps (O(trajectories)). */
    @Test
    void peakHeapStaysFlatAsStepsGrow() {
        var machine = new org.thermolearn.bench.perf.MachineLimits(2, 1e8, "L64X128MixRandom", "jvm", "os", 1L << 30,
                true);
        var runner = new org.thermolearn.bench.perf.BenchRunner(1, 1, false, machine, dir);
        Kernel k = LangevinKernels.all().get(0);
        long shortRun = runner.measure(k, Map.of("trajectories", 2000L, "steps", 100L)).peakHeapBytes();
        long longRun = runner.measure(k, Map.of("trajectories", 2000L, "steps", 20_000L)).peakHeapBytes();
        // 200x the steps: a path-storing loop would need 2000 x 20000 x 8 bytes = 320 MB more
        assertTrue(longRun < shortRun + (16L << 20), "peak heap " + shortRun + " -> " + longRun + " bytes");
    }
}
