package org.thermolearn.bench.perf.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.bench.perf.Kernel;

class MarkovKernelsTest {
    @TempDir
    Path dir;

    @Test
    void gillespieRingRunsAtQuickSizesAndCountsAboutTheExpectedJumps() {
        Kernel k = MarkovKernels.all().get(0);
        assertEquals("gillespie-ring", k.name());
        assertEquals(k.defaultSizes().keySet(), k.quickSizes().keySet());
        var sizes = k.quickSizes();
        double jumps = k.prepare(sizes, 1, dir).run();
        double expected = sizes.get("trajectories") * sizes.get("jumpsPerTrajectory");
        // Poisson count: SE = sqrt(expected)
        assertTrue(Math.abs(jumps - expected) < 4.5 * Math.sqrt(expected), "jumps " + jumps);
        assertEquals(jumps, k.prepare(sizes, 1, dir).run(), "same seed, same jumps");
        var peer = k.peer(sizes, dir).orElseThrow();
        assertTrue(Files.exists(Path.of("peers", peer.script())), "peer script benchmarks/peers/" + peer.script());
    }
}
