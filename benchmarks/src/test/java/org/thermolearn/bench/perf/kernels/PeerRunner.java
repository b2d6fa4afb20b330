package org.thermolearn.bench.perf.kernels;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.core.Json;

/** Runs a kernel's Python peer as the bench runner does and parses its last JSON line (test support). */
final class PeerRunner {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private PeerRunner() {
    }

    static boolean available() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import numpy, pymbar").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static JsonNode run(Kernel.Peer peer, int repeat) throws Exception {
        Path script = Path.of("peers").resolve(peer.script());
        if (!Files.exists(script)) {
            script = Path.of("benchmarks/peers").resolve(peer.script());
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        cmd.addAll(peer.args());
        cmd.add("--repeat");
        cmd.add(String.valueOf(repeat));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("peer failed: " + out);
        }
        List<String> lines = out.lines().toList();
        return Json.parse(lines.get(lines.size() - 1), "peer output");
    }
}
