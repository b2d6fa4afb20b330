package org.thermolearn.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.core.Json;
import org.thermolearn.testing.StatAssert;

/** CLI tests of drag-trap, optimal-transport and landauer-erasure at small sizes. */
class LangevinSuitesCliTest {
    @TempDir
    Path dir;

    private JsonNode runOk(String suite, String... extra) throws Exception {
        String[] base = {"run", suite, "--quiet", "--out", dir.toString()};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        var r = CliTestSupport.run(args);
        assertEquals(0, r.exitCode(), r.err());
        for (String png : new String[] {suite + ".png"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(png));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        }
        assertTrue(r.out().contains(suite + ":"), r.out());
        return Json.read(dir.resolve(suite + ".json"));
    }

    /** Work mean against the closed form gamma v^2 [t - tau (1 - e^{-t/tau})] within 4 SE. */
    @Test
    void dragTrap() throws Exception {
        JsonNode json = runOk("drag-trap", "--trajectories", "3000", "--dt", "0.05");
        double exact = json.path("exact").path("meanWork_kT").asDouble();
        JsonNode f = json.path("forward");
        StatAssert.withinStandardErrors(exact, f.path("meanWork_kT").asDouble(),
                f.path("meanWorkStandardError_kT").asDouble(), 4);
        assertEquals(3000, f.path("distribution").path("work").size());
        assertTrue(json.path("firstLawMaxResidual_kT").asDouble() < 1e-9);
        assertEquals(0.0, json.path("exact").path("deltaF_kT").asDouble(), 0);
    }

    /** A trap that does not move does no work: every sample is exactly 0 and every z-score is 0, not NaN. */
    @Test
    void dragTrapAtZeroSpeed() throws Exception {
        JsonNode json = runOk("drag-trap", "--trajectories", "200", "--dt", "0.05", "--speed", "0");
        JsonNode f = json.path("forward");
        assertEquals(0.0, f.path("meanWork_kT").asDouble(), 0);
        assertEquals(0.0, f.path("varianceWorkZ").asDouble(), 0);
    }

    @Test
    void optimalTransport() throws Exception {
        JsonNode json = runOk("optimal-transport", "--trajectories", "500", "--durations", "5,20", "--dt", "0.05");
        JsonNode rows = json.path("durations");
        assertEquals(2, rows.size());
        for (JsonNode r : rows) {
            JsonNode opt = r.path("optimal");
            StatAssert.withinStandardErrors(opt.path("meanWorkClosedForm_kT").asDouble(),
                    opt.path("meanWork_kT").asDouble(), opt.path("standardError_kT").asDouble(), 4);
            assertTrue(opt.path("meanWorkClosedForm_kT").asDouble()
                    < r.path("linear").path("meanWorkClosedForm_kT").asDouble());
        }
    }

    @Test
    void landauerErasure() throws Exception {
        JsonNode json = runOk("landauer-erasure", "--trajectories", "100", "--cycle-times", "1,4", "--dt", "0.002");
        assertEquals(Math.log(2), json.path("landauerBound_kT").asDouble(), 1e-15);
        JsonNode cycles = json.path("cycles");
        assertEquals(2, cycles.size());
        for (JsonNode c : cycles) {
            assertTrue(c.path("meanWork_kT").asDouble() > c.path("imperfectErasureBound_kT").asDouble()
                    - 4 * c.path("standardError_kT").asDouble(), c.toString());
        }
        assertTrue(Files.size(dir.resolve("landauer-erasure-paths.png")) > 0);
    }

    @Test
    void badInputIsNamedAndListShowsSuites() {
        var r = CliTestSupport.run("run", "optimal-transport", "--durations", "0.013", "--out",
                dir.resolve("never").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("0.013"), r.err());
        assertTrue(!Files.exists(dir.resolve("never")));
        var list = CliTestSupport.run("list");
        for (String s : new String[] {"drag-trap", "optimal-transport", "landauer-erasure"}) {
            assertTrue(list.out().contains(s), list.out());
        }
    }
}
