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

class PredictiveInferenceCliTest {
    @TempDir
    Path dir;

    private CliTestSupport.Result run(Path out, String... extra) {
        String[] base = {"run", "predictive-inference", "--quiet", "--out", out.toString(), "--trajectories", "3000",
            "--beta-epsilon", "2", "--q", "0.1,0.3", "--r", "0.5,1", "--memories", "0.1,0.2", "--starts", "1",
            "--inputs", "10", "--patterns", "4"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliTestSupport.run(args);
    }

    @Test
    void writesStrictJsonAndBothPlots() throws Exception {
        var r = run(dir.resolve("a"), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(dir.resolve("a/predictive-inference.json"));
        assertEquals("predictive-inference", json.path("suite").asText());
        assertEquals(4, json.path("grid").size());
        JsonNode row = json.path("grid").get(0);                    // betaEpsilon 2, q 0.1, r 0.5: reference row
        assertEquals(0.217730, row.path("exact").path("memory_nats").asDouble(), 1e-6);
        assertEquals(0.126932, row.path("exact").path("work_kT").asDouble(), 1e-6);
        JsonNode np = row.path("sampled").path("millerMadow").path("nonpredictiveInformation_nats");
        StatAssert.withinStandardErrors(0.082633, np.path("value").asDouble(), np.path("standardError").asDouble(), 4);
        assertTrue(json.path("maxIdentityResidual").asDouble() < 1e-10);
        assertEquals(2, json.path("optimized").path("minDissipation").size());
        assertTrue(json.path("optimized").path("minNonpredictiveInformation").get(0).path("feasible").asBoolean());
        JsonNode eff = json.path("hebbianLearning").path("efficiency");
        assertTrue(eff.path("value").asDouble() > 0 && eff.path("value").asDouble() < 1, eff.toString());
        assertTrue(json.path("hebbianLearning").path("boundHolds").asBoolean());
        for (String png : new String[] {"predictive-inference.png", "predictive-inference-tradeoff.png"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve("a").resolve(png));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        }
        assertTrue(r.out().contains("identity"), r.out());
        assertTrue(r.out().contains("efficiency"), r.out());
    }

    @Test
    void sameSeedGivesIdenticalJsonOnAnyThreadCount() throws Exception {
        assertEquals(0, run(dir.resolve("a"), "--threads", "1").exitCode());
        assertEquals(0, run(dir.resolve("b"), "--threads", "3").exitCode());
        assertEquals(Files.readString(dir.resolve("a/predictive-inference.json")),
                Files.readString(dir.resolve("b/predictive-inference.json")));
    }

    @Test
    void badOptionIsRejectedWithoutFiles() {
        var r = CliTestSupport.run("run", "predictive-inference", "--q", "1.5", "--out", dir.resolve("x").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--q"), r.err());
        assertTrue(!Files.exists(dir.resolve("x")));
        String[][] named = {{"--patterns", "17"}, {"--learning-time", "0"}, {"--memories", "-1"}};
        for (String[] bad : named) {
            var e = CliTestSupport.run("run", "predictive-inference", bad[0], bad[1], "--out", dir.resolve("x").toString());
            assertEquals(2, e.exitCode(), e.err());
            assertTrue(e.err().startsWith("thermolearn: " + bad[0] + " "), e.err());
        }
    }
}
