package org.thermolearn.bench.perf.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.core.Json;

class RbmKernelsTest {
    @TempDir
    Path dir;

    @Test
    void everyKernelRunsAtQuickSizesAndItsPeerAgrees() throws Exception {
        List<String> names = new ArrayList<>();
        for (Kernel k : RbmKernels.all()) {
            names.add(k.name());
            assertEquals(k.defaultSizes().keySet(), k.quickSizes().keySet(), k.name());
            double units = k.prepare(k.quickSizes(), 3, dir).run();
            assertTrue(units > 0, k.name());
            var peer = k.peer(k.quickSizes(), dir);
            if (peer.isPresent() && Files.isExecutable(Path.of("/usr/bin/python3"))) {
                runPeer(peer.get());
            }
        }
        assertEquals(List.of("rbm-pcd-epoch", "ais", "exact-logz"), names);
    }

    private void runPeer(Kernel.Peer peer) throws Exception {
        Path script = Path.of("peers").resolve(peer.script());
        Assumptions.assumeTrue(Files.isRegularFile(script), "peer scripts live in benchmarks/peers");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-c",
                "import " + String.join(", ", peer.pythonModules())));
        if (new ProcessBuilder(cmd).start().waitFor() != 0) {
            return;   // modules absent: the runner prints peer.installHint()
        }
        cmd = new ArrayList<>(List.of("/usr/bin/python3", script.toString()));
        cmd.addAll(peer.args());
        cmd.addAll(List.of("--repeat", "1"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\n");
        var json = Json.parse(lines[lines.length - 1], peer.script());
        assertEquals(1, json.path("seconds").size());
        assertTrue(json.path("units").asDouble() > 0);
    }
}
