package org.thermolearn.bench.perf.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.testing.StatAssert;

class EstimatorKernelsTest {
    @TempDir
    Path dir;

    @Test
    void kernelsRunAtQuickSizes() {
        List<Kernel> all = EstimatorKernels.all();
        assertEquals(List.of("exp", "bar", "mbar"), all.stream().map(Kernel::name).toList());
        for (Kernel k : all) {
            assertEquals(k.defaultSizes().keySet(), k.quickSizes().keySet(), k.name());
            double units = k.prepare(k.quickSizes(), 1, dir).run();
            assertTrue(units > 0, k.name());
            assertTrue(k.peer(k.quickSizes(), dir).isPresent(), k.name());
        }
    }

    @Test
    void peersComputeTheSameNumbersOnTheSameArrays() throws Exception {
        Assumptions.assumeTrue(PeerRunner.available(), "python3 with numpy and pymbar not installed");
        Map<String, Long> sizes = Map.of("samples", 2_000L);
        Kernel bar = EstimatorKernels.all().get(1);
        bar.prepare(sizes, 3, dir);
        JsonNode peer = PeerRunner.run(bar.peer(sizes, dir).orElseThrow(), 1);
        double[] f = read(dir.resolve("bar-forward.f64"));
        double[] r = read(dir.resolve("bar-reverse.f64"));
        var java = FreeEnergy.bar(f, r);
        StatAssert.closeRelative(peer.path("value").get(0).asDouble(), java.deltaF(), 1e-9);
        StatAssert.closeRelative(peer.path("value").get(1).asDouble(), java.standardError(), 1e-9);
        Kernel mbar = EstimatorKernels.all().get(2);
        Map<String, Long> ms = mbar.quickSizes();
        mbar.prepare(ms, 3, dir);
        JsonNode mp = PeerRunner.run(mbar.peer(ms, dir).orElseThrow(), 1);
        double[][] u = EstimatorKernels.MbarKernel.harmonic(4, 100, org.thermolearn.core.RandomStreams.of(3).stream(0));
        var m = FreeEnergy.mbar(u, new int[] {100, 100, 100, 100});
        StatAssert.closeRelative(mp.path("value").get(0).asDouble(), m.freeEnergies()[3], 1e-9);
        StatAssert.closeRelative(mp.path("value").get(1).asDouble(), m.standardErrors()[3], 1e-6);
    }

    static double[] read(Path p) throws Exception {
        byte[] b = java.nio.file.Files.readAllBytes(p);
        double[] out = new double[b.length / 8];
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
        return out;
    }
}
