package org.thermolearn.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.core.Json;
import org.thermolearn.core.PhysicalUnits;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.testing.StatAssert;

class EstimateCliTest {
    static final long SEED = 20_260_305L;
    static final double DF = 1.3;
    static final double S2 = 2.0;
    @TempDir
    Path dir;

    /** Gaussian work obeying Crooks with dF = 1.3 kT, variance 2 kT^2, scaled by kT. */
    static double[] work(int n, int sign, long stream, double kT) {
        var rng = RandomStreams.of(SEED).stream(stream);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = kT * (sign * DF + S2 / 2 + Math.sqrt(S2) * rng.nextGaussian());
        }
        return w;
    }

    private Path csv(String file, String header, double[] w) throws Exception {
        StringBuilder sb = new StringBuilder("# pulling experiment\n").append(header).append('\n');
        for (int i = 0; i < w.length; i++) {
            sb.append(i).append(", ").append(String.format(Locale.ROOT, "%.17g", w[i])).append('\n');
        }
        return Files.writeString(dir.resolve(file), sb.toString());
    }

    @Test
    void csvInPhysicalUnitsGivesEveryEstimateJsonAndPlot() throws Exception {
        double kT = PhysicalUnits.kTZeptojoules(298);
        Path f = csv("forward.csv", "trajectory, work_zJ", work(3000, 1, 0, kT));
        Path r = csv("reverse.csv", "trajectory, work_zJ", work(3000, -1, 1, kT));
        var res = CliTestSupport.run("estimate", "--forward", f.toString(), "--reverse", r.toString(), "--column", "2",
                "--unit", "zJ", "--temperature", "298", "--bootstrap", "50", "--out", dir.resolve("out").toString());
        assertEquals(0, res.exitCode(), res.err());
        JsonNode json = Json.read(dir.resolve("out/estimate.json"));
        assertEquals("zJ", json.path("input").path("unit").asText());
        assertEquals(kT, json.path("input").path("kT").asDouble(), 1e-12);
        for (String k : new String[] {"bar", "expForward", "expReverse", "gaussianForward", "gaussianReverse",
            "crooksGaussian", "crooksHistogram", "barBootstrap"}) {
            JsonNode e = json.path("estimates").path(k).path("kT");
            StatAssert.withinStandardErrors(DF, e.path("deltaF").asDouble(), e.path("standardError").asDouble(), 4.5);
            JsonNode z = json.path("estimates").path(k).path("zJ");
            assertEquals(e.path("deltaF").asDouble() * kT, z.path("deltaF").asDouble(), 1e-9, k);
        }
        byte[] png = Files.readAllBytes(dir.resolve("out/estimate-crooks.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertTrue(res.out().contains("bar") && res.out().contains("zJ"), res.out());
    }

    @Test
    void suiteResultJsonIsReadWithItsUnits() throws Exception {
        Path suiteOut = dir.resolve("suite");
        var run = CliTestSupport.run("run", "trap-stiffness", "--quiet", "--trajectories", "400", "--out",
                suiteOut.toString());
        assertEquals(0, run.exitCode(), run.err());
        var res = CliTestSupport.run("estimate", suiteOut.resolve("trap-stiffness.json").toString(), "--out",
                dir.resolve("est").toString(), "--name", "trap");
        assertEquals(0, res.exitCode(), res.err());
        JsonNode json = Json.read(dir.resolve("est/trap.json"));
        assertEquals(400, json.path("input").path("forwardSamples").asInt());
        assertEquals(400, json.path("input").path("reverseSamples").asInt());
        JsonNode bar = json.path("estimates").path("bar").path("kT");
        StatAssert.withinStandardErrors(0.5 * Math.log(4), bar.path("deltaF").asDouble(),
                bar.path("standardError").asDouble(), 4);
        assertTrue(Files.exists(dir.resolve("est/trap-crooks.png")));
    }

    @Test
    void whitespaceColumnsInKTWithForwardOnly() throws Exception {
        double[] w = work(500, 1, 2, 1.0);
        StringBuilder sb = new StringBuilder();
        for (double v : w) {
            sb.append("  7\t").append(v).append('\n');
        }
        sb.append("8 inf\n");
        Path f = Files.writeString(dir.resolve("w.dat"), sb.toString());
        var res = CliTestSupport.run("estimate", "--forward", f.toString(), "--column", "2", "--out",
                dir.resolve("o").toString());
        assertEquals(0, res.exitCode(), res.err());
        JsonNode json = Json.read(dir.resolve("o/estimate.json"));
        assertEquals(501, json.path("input").path("forwardSamples").asInt());
        assertTrue(json.path("estimates").path("bar").isMissingNode());
        assertTrue(json.path("estimates").path("gaussianForward").isMissingNode(), "Gaussian needs finite work");
        assertFalse(json.path("estimates").path("expForward").isMissingNode());
    }

    @Test
    void malformedInputNamesFileLineAndColumnAndWritesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id, work\n1, 0.5\n2, 0.7x\n");
        assertFails(1, new String[] {"estimate", "--forward", bad.toString(), "--column", "2"}, "bad.csv:3:4",
                "0.7x");
        Path nan = Files.writeString(dir.resolve("nan.txt"), "0.5\nNaN\n");
        assertFails(1, new String[] {"estimate", "--forward", nan.toString()}, "nan.txt:2:1", "NaN");
        Path shortRow = Files.writeString(dir.resolve("short.txt"), "1 2\n3\n");
        assertFails(1, new String[] {"estimate", "--forward", shortRow.toString(), "--column", "2"}, "short.txt:2");
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"schema\": \"x\",\n \"n\": [1, 2,]}");
        assertFails(1, new String[] {"estimate", json.toString()}, "bad.json: not valid JSON at line 2, column 13");
        assertFails(2, new String[] {"estimate"}, "missing input");
        assertFails(2, new String[] {"estimate", "--forward", nan.toString(), "--unit", "zJ"}, "--temperature");
        assertFails(1, new String[] {"estimate", "--forward", dir.resolve("none.csv").toString()}, "none.csv");
        assertFalse(Files.exists(dir.resolve("never")), "nothing written on error");
    }

    @Test
    void aBadFirstValueIsDataNotAHeader() throws Exception {
        for (String bad : new String[] {"0x1p3", "1.0f", "1.5e"}) {
            Path f = Files.writeString(dir.resolve("f.txt"), bad + "\n1.0\n2.0\n");
            assertFails(1, new String[] {"estimate", "--forward", f.toString()}, "f.txt:1:1: '" + bad + "'");
        }
    }

    @Test
    void eachFileIsReadAsJsonOrTextOnItsOwn() throws Exception {
        double[] w = work(300, 1, 5, 1.0);
        String head = "{\"schema\": \"thermolearn/work-distribution\", \"schemaVersion\": 1, \"kT\": 1, ";
        Path fj = Files.writeString(dir.resolve("f.json"), head + "\"work\": " + Json.array(w) + "}");
        Path r = csv("r.csv", "id, work", work(300, -1, 6, 1.0));
        var res = CliTestSupport.run("estimate", "--forward", fj.toString(), "--reverse", r.toString(), "--column", "2",
                "--out", dir.resolve("mixed").toString());
        assertEquals(0, res.exitCode(), res.err());
        JsonNode bar = Json.read(dir.resolve("mixed/estimate.json")).path("estimates").path("bar").path("kT");
        StatAssert.withinStandardErrors(DF, bar.path("deltaF").asDouble(), bar.path("standardError").asDouble(), 4);
        // a JSON file without the .json extension is recognised by its brace
        Path brace = Files.writeString(dir.resolve("f.dat"), "\n  " + Files.readString(fj));
        assertEquals(0, CliTestSupport.run("estimate", "--forward", brace.toString(), "--out",
                dir.resolve("brace").toString()).exitCode());
        Path inf = Files.writeString(dir.resolve("inf.json"), head + "\"work\": [1, \"-Infinity\"]}");
        assertFails(1, new String[] {"estimate", "--forward", inf.toString(), "--reverse", r.toString()},
                "inf.json: work[1] must not be -Infinity");
        Path cut = Files.writeString(dir.resolve("cut.json"), head + "\"work\": [1, 2");
        assertFails(1, new String[] {"estimate", "--forward", cut.toString()},
                "cut.json: not valid JSON at line 1, column", "ends early");
        Path n = Files.writeString(dir.resolve("n.json"), head + "\"n\": 4, \"work\": [1, 2]}");
        assertFails(1, new String[] {"estimate", "--forward", n.toString()}, "n.json: n is 4", "has 2 values");
        assertFails(2, new String[] {"estimate", "--forward", fj.toString(), "--column", "2"}, "--column",
                "text input only");
    }

    @Test
    void reverseOnlyGivesTheReverseEstimates() throws Exception {
        Path r = csv("r.csv", "id, work", work(2000, -1, 7, 1.0));
        var res = CliTestSupport.run("estimate", "--reverse", r.toString(), "--column", "2", "--out",
                dir.resolve("rev").toString());
        assertEquals(0, res.exitCode(), res.err());
        JsonNode json = Json.read(dir.resolve("rev/estimate.json"));
        assertEquals(0, json.path("input").path("forwardSamples").asInt());
        var names = new java.util.ArrayList<String>();
        json.path("estimates").fieldNames().forEachRemaining(names::add);
        assertEquals(java.util.List.of("expReverse", "gaussianReverse"), names);
        for (String k : new String[] {"expReverse", "gaussianReverse"}) {
            JsonNode e = json.path("estimates").path(k).path("kT");
            StatAssert.withinStandardErrors(DF, e.path("deltaF").asDouble(), e.path("standardError").asDouble(), 4);
        }
        assertTrue(Files.exists(dir.resolve("rev/estimate-crooks.png")));
    }

    @Test
    void physicalBlockConvertsEnergyDiagnostics() throws Exception {
        double kT = PhysicalUnits.kTZeptojoules(298);
        Path f = csv("f.csv", "id, w", work(500, 1, 8, kT));
        Path r = csv("r.csv", "id, w", work(500, -1, 9, kT));
        var res = CliTestSupport.run("estimate", "--forward", f.toString(), "--reverse", r.toString(), "--column", "2",
                "--unit", "zJ", "--temperature", "298", "--out", dir.resolve("u").toString());
        assertEquals(0, res.exitCode(), res.err());
        JsonNode est = Json.read(dir.resolve("u/estimate.json")).path("estimates");
        JsonNode red = est.path("bar").path("kT").path("diagnostics");
        JsonNode zj = est.path("bar").path("zJ").path("diagnostics");
        for (String k : new String[] {"bennettStandardError", "mbarFormStandardError"}) {
            assertEquals(red.path(k).asDouble() * kT, zj.path(k).asDouble(), 1e-12 * kT, k);
        }
        assertEquals(est.path("bar").path("zJ").path("standardError").asDouble(),
                zj.path("bennettStandardError").asDouble(), 1e-12, "BAR's error is Bennett's, in zJ");
        assertEquals(red.path("overlap").asDouble(), zj.path("overlap").asDouble(), 0);
        assertEquals(red.path("iterations").asDouble(), zj.path("iterations").asDouble(), 0);
        JsonNode g = est.path("gaussianForward");
        assertEquals(g.path("kT").path("diagnostics").path("varianceWork").asDouble() * kT * kT,
                g.path("zJ").path("diagnostics").path("varianceWork").asDouble(), 1e-9 * kT * kT);
    }

    @Test
    void ignoredOptionsAndABadOutAreRefusedBeforeAnyWork() throws Exception {
        Path f = Files.writeString(dir.resolve("w.txt"), "1.0\n2.0\n");
        assertFails(2, new String[] {"estimate", "--forward", f.toString(), "--temperature", "298"}, "--temperature",
                "--unit");
        assertFails(2, new String[] {"estimate", "--forward", f.toString(), "--seed", "3"}, "--seed", "--bootstrap");
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        var res = CliTestSupport.run("estimate", "--forward", f.toString(), "--out", plain.toString());
        assertEquals(2, res.exitCode(), "a bad --out is a bad option value");
        assertEquals("", res.out(), "no estimate is printed before the --out check");
        assertEquals("thermolearn: --out " + plain + " exists and is not a directory", res.err().lines().findFirst()
                .orElse(""));
        org.thermolearn.bench.suite.SuiteOutput.checkWritable(dir.resolve("a/b/c"));
        assertFalse(Files.exists(dir.resolve("a")), "the --out probe leaves no directory behind");
    }

    private void assertFails(int code, String[] args, String... mustContain) {
        String[] withOut = java.util.Arrays.copyOf(args, args.length + 2);
        withOut[args.length] = "--out";
        withOut[args.length + 1] = dir.resolve("never").toString();
        var r = CliTestSupport.run(withOut);
        assertNotEquals(0, r.exitCode());
        assertEquals(code, r.exitCode(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("thermolearn: "), r.err());
        for (String s : mustContain) {
            assertTrue(first.contains(s), "'" + s + "' missing from: " + first);
        }
    }
}
