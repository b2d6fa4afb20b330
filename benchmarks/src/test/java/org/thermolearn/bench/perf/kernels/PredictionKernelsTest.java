package org.thermolearn.bench.perf.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.bench.perf.Kernel;

class PredictionKernelsTest {
    @TempDir
    Path dir;

    @Test
    void everyKernelRunsAtQuickSizesAndNamesItsPeerInputs() {
        for (Kernel k : PredictionKernels.all()) {
            var sizes = k.quickSizes();
            assertEquals(k.defaultSizes().keySet(), sizes.keySet(), k.name());
            Kernel.Trial trial = k.prepare(sizes, 42, dir.resolve(k.name()));
            double units = trial.run();
            assertTrue(units > 0, k.name() + " returned " + units);
            var peer = k.peer(sizes, dir.resolve(k.name())).orElseThrow();
            assertTrue(Files.exists(Path.of("peers").resolve(peer.script())), peer.script());
        }
    }
}
