package org.thermolearn.bench.perf.kernels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.bench.perf.Kernel;

/**
 * Measures the Langevin kernels against their numpy peers in one run (not a unit test: run it by hand, see the
 * README's performance notes). Arguments: {@code [threads] [repeat] [quick]}.
 */
public final class LangevinKernelsHarness {
    private LangevinKernelsHarness() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean quick = args.length > 2 && args[2].equals("quick");
        double gauss = org.thermolearn.bench.perf.MachineLimits.measure(2.0).gaussiansPerSecondPerCore();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "nextGaussian (L64X128MixRandom): %.3g per second per core; %d cores%n", gauss,
                cores);
        for (Kernel k : LangevinKernels.all()) {
            Map<String, Long> sizes = quick ? k.quickSizes() : k.defaultSizes();
            Kernel.Trial t = k.prepare(sizes, 1, Path.of("/tmp"));
            t.run();
            double best = Double.MAX_VALUE;
            double units = 0;
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                units = t.run();
                best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
            }
            double rate = units / best;
            double peer = peerRate(k, sizes, repeat);
            System.out.printf(Locale.ROOT, "%s: %.3g steps/s (%.3f s), %.3g per core = %.0f%% of the Gaussian bound;"
                    + " numpy %.3g steps/s; ratio %.2fx%n", k.name(), rate, best, rate / cores,
                    100 * rate / cores / gauss, peer, rate / peer);
        }
    }

    private static double peerRate(Kernel k, Map<String, Long> sizes, int repeat) throws Exception {
        Kernel.Peer p = k.peer(sizes, Path.of("/tmp")).orElseThrow();
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "benchmarks/peers/" + p.script()));
        cmd.addAll(p.args());
        cmd.addAll(List.of("--repeat", Integer.toString(repeat)));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes()).strip();
        proc.waitFor();
        String last = out.substring(out.lastIndexOf('\n') + 1);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(last);
        double best = Double.MAX_VALUE;
        for (var s : node.get("seconds")) {
            best = Math.min(best, s.asDouble());
        }
        return node.get("units").asDouble() / best;
    }
}
