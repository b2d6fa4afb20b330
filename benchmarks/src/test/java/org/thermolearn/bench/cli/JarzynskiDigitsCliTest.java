package org.thermolearn.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.core.Json;

class JarzynskiDigitsCliTest {
    @TempDir
    Path dir;

    @Test
    void digitsSuiteRunsJarzynskiBesidePcdWithLedgerAndRobustnessPlots() throws Exception {
        var r = CliTestSupport.run("run", "rbm-digits", "--quiet", "--sweeps", "45", "--hidden", "6",
                "--methods", "pcd,jarzynski,jarzynski-budget", "--trajectories", "20", "--trackers", "50",
                "--robustness-sweeps", "30", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(dir.resolve("rbm-digits.json"));
        for (String m : new String[] {"jarzynski", "jarzynski-budget"}) {
            JsonNode method = json.path("methods").path(m);
            assertEquals(3, method.path("epochs_history").size(), m);
            JsonNode row = method.path("epochs_history").get(2);
            for (String key : new String[] {"meanWork_kT", "meanHeat_kT", "dissipatedWork_kT", "meanEss",
                "trainingResamplings", "trackerResamplings", "trackerLogZ", "exactLogZ", "biasedLogZ_trainingChains",
                "testLogLikelihood", "learningRate"}) {
                assertTrue(row.has(key), m + " lacks " + key);
            }
            assertEquals(45, row.path("sweeps").asLong());
            assertTrue(Math.abs(row.path("trackerMinusExact").asDouble()) < 5, row.toString());
        }
        assertTrue(json.path("robustness").path("pcd").path("epochs_history").size() == 2);
        for (String png : new String[] {"rbm-digits.png", "rbm-digits-robustness.png",
            "rbm-digits-jarzynski-ledger.png", "rbm-digits-samples.png"}) {
            byte[] b = Files.readAllBytes(dir.resolve(png));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(b, 4), png);
        }
        assertTrue(r.out().contains("Jarzynski (budget)"), r.out());
        assertTrue(r.out().contains("robustness"), r.out());
    }
}
