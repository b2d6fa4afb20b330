package org.thermolearn.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.core.Json;

class BenchRunnerTest {
    @TempDir
    Path dir;

    /** A kernel that sums numbers, with a protocol-following peer. */
    static final class SumKernel implements Kernel {
        private final String script;

        SumKernel(String script) {
            this.script = script;
        }

        @Override
        public String name() {
            return "bar";
        }

        @Override
        public String description() {
            return "test kernel";
        }

        @Override
        public String unit() {
            return "additions";
        }

        @Override
        public Map<String, Long> defaultSizes() {
            return Map.of("n", 1_000_000L);
        }

        @Override
        public Map<String, Long> quickSizes() {
            return Map.of("n", 1000L);
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            long n = sizes.get("n");
            return () -> {
                double s = 0;
                for (long i = 0; i < n; i++) {
                    s += i;
                }
                return s >= 0 ? n : 0;
            };
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            return Optional.of(new Peer("echo", script, List.of(Long.toString(sizes.get("n"))), "apt-get install python3",
                    List.of(script.equals("echo_peer.py") ? "json" : "no_such_module_xyz")));
        }
    }

    @Test
    void measuresKernelPeerAndTargets() {
        MachineLimits machine = new MachineLimits(2, 1e8, "L64X128MixRandom", "jvm", "os", 1L << 30, true);
        BenchRunner runner = new BenchRunner(3, 1, true, machine, dir);
        KernelMeasurement m = runner.measure(new SumKernel("echo_peer.py"), Map.of("n", 1000L));
        assertEquals(3, m.seconds().size());
        assertEquals(1000, m.units());
        assertNotNull(m.peer());
        if (PeerRunner.python() != null) {
            assertTrue(m.peer().ok(), m.peer().toString());
            assertEquals(3, m.peer().seconds().size());
            assertFalse(Double.isNaN(m.speedup()));
        }
        assertEquals(1, m.checks().size(), "bar has a speed-up target");
        assertFalse(m.checks().get(0).evaluated(), "a goal set at the default sizes is not judged at n = 1000");
        assertTrue(m.checks().get(0).verdict().startsWith("not evaluated"), m.checks().get(0).verdict());
        String json = Json.toJson(new BenchReport(machine, List.of(m)).toTree());
        assertTrue(json.contains("\"schema\" : \"thermolearn/bench\""), json);
        assertFalse(json.contains("NaN"));
        assertFalse(json.contains("\"met\""), "no verdict at toy sizes: " + json);
    }

    @Test
    void missingPeerModuleIsReportedNotFatal() {
        MachineLimits machine = new MachineLimits(2, 1e8, "L64X128MixRandom", "jvm", "os", 1L << 30, true);
        KernelMeasurement m = new BenchRunner(1, 0, true, machine, dir).measure(new SumKernel("missing.py"),
                Map.of("n", 10L));
        assertEquals("not installed", m.peer().status());
        assertTrue(m.peer().detail().contains("apt-get install"), m.peer().detail());
        assertFalse(m.checks().get(0).met());
        assertEquals("not measured", m.checks().get(0).verdict());
        new BenchReport(machine, List.of(m)).writeChart(dir.resolve("c.png"));
        assertTrue(Files.exists(dir.resolve("c.png")));
    }

    @Test
    void everyRegisteredKernelRunsAtQuickSize() {
        MachineLimits machine = new MachineLimits(2, 1e8, "L64X128MixRandom", "jvm", "os", 1L << 30, true);
        BenchRunner runner = new BenchRunner(1, 0, false, machine, dir);
        for (Kernel k : Kernels.all()) {
            assertEquals(k.defaultSizes().keySet(), k.quickSizes().keySet(), k.name());
            KernelMeasurement m = runner.measure(k, k.quickSizes());
            assertTrue(m.units() > 0, k.name());
        }
    }
}
