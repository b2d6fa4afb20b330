package org.thermolearn.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.core.Json;
import org.thermolearn.testing.StatAssert;

class MarkovSuitesCliTest {
    @TempDir
    Path dir;

    private static void assertPng(Path p) throws Exception {
        byte[] png = Files.readAllBytes(p);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }

    @Test
    void markovRingWritesStrictJsonPngsAndAgreesWithExactSigmaAndTur() throws Exception {
        Path out = dir.resolve("ring");
        var r = CliTestSupport.run("run", "markov-ring", "--quiet", "--out", out.toString(), "--trajectories", "1500",
                "--points", "3", "--max-affinity", "12", "--duration", "0.5");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(out.resolve("markov-ring.json"));
        assertEquals("markov-ring", json.path("suite").asText());
        assertEquals(3, json.path("points").size());
        for (JsonNode p : json.path("points")) {
            // 2 checks per point, 3 points: Bonferroni k = 4.5
            StatAssert.withinStandardErrors(p.path("exactEntropyProductionRate_per_s").asDouble(),
                    p.path("entropyProductionRate_per_s").asDouble(), p.path("entropyProductionRateStandardError").asDouble(), 4.5);
            StatAssert.withinStandardErrors(p.path("exactTurRatio").asDouble(), p.path("tur").path("ratio").asDouble(),
                    p.path("tur").path("standardError").asDouble(), 4.5);
        }
        assertPng(out.resolve("markov-ring-entropy.png"));
        assertPng(out.resolve("markov-ring-tur.png"));
        assertTrue(r.out().contains("sigma exact"), r.out());
    }

    @Test
    void twoLevelSwitchWritesStrictJsonAndPngWithJarzynskiWithinFourErrors() throws Exception {
        Path out = dir.resolve("switch");
        var r = CliTestSupport.run("run", "two-level-switch", "--quiet", "--out", out.toString(), "--trajectories", "3000",
                "--intervals", "40");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(out.resolve("two-level-switch.json"));
        double exact = json.path("exact").path("deltaF_kT").asDouble();
        assertEquals(Math.log(2) - Math.log1p(Math.exp(-4)), exact, 1e-14);
        JsonNode fwd = json.path("forward");
        StatAssert.withinStandardErrors(exact, fwd.path("jarzynski").path("deltaF").asDouble(),
                fwd.path("jarzynski").path("standardError").asDouble(), 4);
        StatAssert.withinStandardErrors(fwd.path("masterEquation").path("meanWork").asDouble(),
                fwd.path("meanWork_kT").asDouble(), fwd.path("meanWorkStandardError_kT").asDouble(), 4);
        assertEquals(3000, fwd.path("distribution").path("work").size());
        assertTrue(json.path("firstLawMaxResidual_kT").asDouble() < 1e-12);
        assertPng(out.resolve("two-level-switch.png"));
    }

    @Test
    void sameSeedGivesByteIdenticalJsonOnOneOrTwoThreads() throws Exception {
        String[] base = {"run", "two-level-switch", "--quiet", "--trajectories", "300", "--intervals", "20"};
        assertEquals(0, CliTestSupport.run(concat(base, "--out", dir.resolve("a").toString(), "--threads", "1")).exitCode());
        assertEquals(0, CliTestSupport.run(concat(base, "--out", dir.resolve("b").toString(), "--threads", "2")).exitCode());
        assertEquals(0, CliTestSupport.run(concat(base, "--out", dir.resolve("c").toString(), "--seed", "9")).exitCode());
        byte[] a = Files.readAllBytes(dir.resolve("a/two-level-switch.json"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/two-level-switch.json")));
        assertNotEquals(new String(a), Files.readString(dir.resolve("c/two-level-switch.json")));
    }

    @Test
    void badOptionsGiveOneLineErrors() {
        var r = CliTestSupport.run("run", "markov-ring", "--states", "2", "--out", dir.resolve("x").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--states"), r.err());
        r = CliTestSupport.run("run", "two-level-switch", "--attempt-rate", "-1", "--out", dir.resolve("x").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--attempt-rate"), r.err());
        assertTrue(!Files.exists(dir.resolve("x")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
