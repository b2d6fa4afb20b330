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

class TrapStiffnessCliTest {
    @TempDir
    Path dir;

    private CliTestSupport.Result run(Path out, String... extra) {
        String[] base = {"run", "trap-stiffness", "--quiet", "--out", out.toString(), "--trajectories", "4000"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliTestSupport.run(args);
    }

    @Test
    void writesStrictJsonAndPngWithForwardEstimateWithinFourErrors() throws Exception {
        var r = run(dir.resolve("a"));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(dir.resolve("a/trap-stiffness.json"));
        double exact = json.path("exact").path("deltaF_kT").asDouble();
        assertEquals(0.5 * Math.log(4), exact, 1e-15);
        JsonNode fwd = json.path("forward").path("jarzynski");
        StatAssert.withinStandardErrors(exact, fwd.path("deltaF").asDouble(), fwd.path("standardError").asDouble(), 4);
        assertEquals(4000, json.path("forward").path("distribution").path("work").size());
        assertTrue(json.path("firstLawMaxResidual_kT").asDouble() < 1e-9);
        byte[] png = Files.readAllBytes(dir.resolve("a/trap-stiffness.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertTrue(r.out().contains("forward Jarzynski"), r.out());
    }

    @Test
    void sameSeedGivesByteIdenticalJsonAcrossRunsAndThreadCounts() throws Exception {
        assertEquals(0, run(dir.resolve("a"), "--threads", "1").exitCode());
        assertEquals(0, run(dir.resolve("b"), "--threads", "2").exitCode());
        assertEquals(0, run(dir.resolve("c"), "--threads", "2").exitCode());
        assertEquals(0, run(dir.resolve("d"), "--threads", "2", "--seed", "43").exitCode());
        byte[] a = Files.readAllBytes(dir.resolve("a/trap-stiffness.json"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/trap-stiffness.json")));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("c/trap-stiffness.json")));
        assertNotEquals(new String(a), Files.readString(dir.resolve("d/trap-stiffness.json")));
    }

    @Test
    void reducedUnitsRunToo() throws Exception {
        var r = run(dir.resolve("r"), "--units", "reduced", "--duration", "1", "--dt", "0.01", "--k1", "2");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(dir.resolve("r/trap-stiffness.json"));
        assertEquals(0.5 * Math.log(2), json.path("exact").path("deltaF_kT").asDouble(), 1e-15);
        assertTrue(json.path("exact").path("deltaF_zJ").isMissingNode());
    }

    @Test
    void badInputGivesOneLineErrorNonZeroExitAndNoFiles() throws Exception {
        assertBad(new String[] {"run", "trap-stiffness", "--trajectories", "0"}, "--trajectories", "0");
        assertBad(new String[] {"run", "trap-stiffness", "--k0", "-1"}, "--k0", "-1.0");
        assertBad(new String[] {"run", "trap-stiffness", "--dt", "0.3"}, "dt", "0.3");
        assertBad(new String[] {"run", "no-such-suite"}, "unknown suite", "no-such-suite");
        assertBad(new String[] {"run", "trap-stiffness", "--seed", "x"}, "--seed", "x");
        assertBad(new String[] {"run", "trap-stiffness", "--gamma", "5"}, "--gamma", "reduced", "physical");
        assertBad(new String[] {"run", "trap-stiffness", "--kT", "2"}, "--kT", "--units");
        assertBad(new String[] {"run", "trap-stiffness", "--units", "reduced", "--temperature", "300"},
                "--temperature", "physical", "reduced");
        assertBad(new String[] {"run", "trap-stiffness", "--units", "reduced", "--radius", "1"}, "--radius");
        assertBad(new String[] {"run", "trap-stiffness", "--trajectories", "2000000000"}, "--trajectories",
                "2000000000", "heap");
        assertBad(new String[] {"run", "trap-stiffness", "--out", ""}, "--out", "empty");
        assertEquals(2, CliTestSupport.run("run", "trap-stiffness", "--viscosity", "1", "--units", "reduced",
                "--out", dir.resolve("never").toString()).exitCode(), "a usage error");
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        assertBad(new String[] {"run", "trap-stiffness", "--trajectories", "10", "--out", file.resolve("sub").toString()},
                "--out", "plain-file");
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "only the plain file remains");
        }
    }

    @Test
    void badValuesAreUsageErrorsWithExitCodeTwo() {
        for (String[] bad : new String[][] {{"--dt", "0"}, {"--k0", "-1"}, {"--temperature", "0"}, {"--threads", "0"},
            {"--k0", "1e308"}}) {
            var r = CliTestSupport.run("run", "trap-stiffness", bad[0], bad[1], "--out", dir.resolve("never").toString());
            assertEquals(2, r.exitCode(), bad[0] + " " + bad[1] + ": " + r.err());
            assertTrue(r.err().contains("Try 'thermolearn run trap-stiffness --help'"), r.err());
        }
    }

    private void assertBad(String[] args, String... mustContain) {
        String[] withOut = args;
        if (!String.join(" ", args).contains("--out")) {
            withOut = java.util.Arrays.copyOf(args, args.length + 2);
            withOut[args.length] = "--out";
            withOut[args.length + 1] = dir.resolve("never").toString();
        }
        var r = CliTestSupport.run(withOut);
        assertNotEquals(0, r.exitCode(), String.join(" ", args));
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("thermolearn: "), r.err());
        for (String s : mustContain) {
            assertTrue(first.contains(s), "'" + s + "' missing from: " + first);
        }
        assertTrue(!Files.exists(dir.resolve("never")), "no output directory for a bad run");
    }

    /** A commit that cannot finish (a result name taken by a directory) leaves the output directory as it was. */
    @Test
    void failedCommitLeavesEarlierResultsInPlace() throws Exception {
        Path out = dir.resolve("clash");
        Files.createDirectories(out.resolve("trap-stiffness.png"));
        Files.writeString(out.resolve("trap-stiffness.json"), "earlier");
        var r = run(out);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("trap-stiffness.png is a directory"), r.err());
        assertEquals("earlier", Files.readString(out.resolve("trap-stiffness.json")));
        try (var s = Files.list(out)) {
            assertEquals(2, s.count(), "no staging directory or new file left behind");
        }
    }

    @Test
    void listNamesTheSuite() {
        var r = CliTestSupport.run("list");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("trap-stiffness"), r.out());
    }
}
