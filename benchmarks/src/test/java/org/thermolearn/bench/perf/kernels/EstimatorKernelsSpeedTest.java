package org.thermolearn.bench.perf.kernels;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.bench.perf.Kernel;

/**
 * Speed of the estimator kernels against pymbar on the same arrays, in one run (median of repeats after warm-up).
 * Not an assertion: writes {@code target/estimator-kernels.txt} for the report. Run with
 * {@code mvn -Plong -pl benchmarks -am test -Dtest=EstimatorKernelsSpeedTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("long")
class EstimatorKernelsSpeedTest {
    @TempDir
    Path dir;

    @Test
    void measureAgainstPymbar() throws Exception {
        Assumptions.assumeTrue(PeerRunner.available(), "python3 with numpy and pymbar not installed");
        StringBuilder report = new StringBuilder();
        for (Kernel k : EstimatorKernels.all()) {
            Kernel.Trial trial = k.prepare(k.defaultSizes(), 42, dir);
            for (int i = 0; i < 3; i++) {
                trial.run();
            }
            double[] t = new double[7];
            double units = 0;
            for (int i = 0; i < t.length; i++) {
                long s = System.nanoTime();
                units = trial.run();
                t[i] = (System.nanoTime() - s) * 1e-9;
            }
            JsonNode peer = PeerRunner.run(k.peer(k.defaultSizes(), dir).orElseThrow(), 3);
            double[] p = new double[peer.path("seconds").size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = peer.path("seconds").get(i).asDouble();
            }
            double jm = median(t);
            double pm = median(p);
            report.append(String.format(Locale.ROOT, "%-5s %s: thermolearn %.4f s (%.3g %s/s), %s %.4f s, ratio %.1fx%n",
                    k.name(), k.defaultSizes(), jm, units / jm, k.unit(), k.peer(k.defaultSizes(), dir).get().name(),
                    pm, pm / jm));
        }
        Files.writeString(Path.of("target/estimator-kernels.txt"), report.toString());
        System.out.print(report);
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
