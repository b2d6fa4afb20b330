package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.testing.QuietTest;

class JsonTest extends QuietTest {
    @TempDir
    Path dir;

    static WorkDistribution sample() {
        double[] w = {1.5, 0.25, Double.POSITIVE_INFINITY};
        double[] q = {1.0, -0.25, Double.POSITIVE_INFINITY};
        double[] e = {0.5, 0.5, 0.0};
        return new WorkDistribution("test protocol", "kT", 1.0, Samples.of(w), Samples.of(q), Samples.of(e),
                Samples.empty(), Provenance.of(RandomStreams.of(7), Map.of("k0", 1.0, "name", "trap"), 3));
    }

    @Test
    void roundTripGivesAnEqualDistribution() {
        Path p = dir.resolve("w.json");
        Json.write(sample(), p);
        assertEquals(sample(), Json.readWorkDistribution(p));
    }

    @Test
    void infinityIsAStringAndNaNNeverAppears() throws Exception {
        String text = Json.toJson(sample());
        assertTrue(text.contains("\"Infinity\""), text);
        assertFalse(text.contains("NaN"));
        assertThrows(IllegalArgumentException.class, () -> Json.number(Double.NaN));
        assertEquals("0.0", Json.number(-0.0).toString(), "no negative zero in JSON");
    }

    @Test
    void aByteOrderMarkBeforeJsonIsIgnored() throws Exception {
        Path p = dir.resolve("bom.json");
        Files.writeString(p, "\uFEFF{\"a\": 1}");
        assertEquals(1, Json.read(p).path("a").asInt());
    }

    @Test
    void sameInputGivesByteIdenticalJson() {
        assertEquals(Json.toJson(sample()), Json.toJson(sample()));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path p = dir.resolve("bad.json");
        Files.writeString(p, "{\n  \"a\": [1, 2,, 3]\n}");
        var ex = assertThrows(IllegalArgumentException.class, () -> Json.read(p));
        assertTrue(ex.getMessage().startsWith(p + ": not valid JSON at line 2, column 14: unexpected character"), ex.getMessage());
    }

    @Test
    void jsonErrorsAreOneCleanLine() {
        String[][] cases = {
            {"{\"schema\": \"x\", \"work\": [1,", "at line 1, column 28: the file ends early, inside an array"},
            {"{\"a\": 1}\n{}", "at line 2, column 1: unexpected content after the end of the document"},
            {"1.0\n2.0\n", "at line 2, column 1: unexpected content after the end of the document"},
            {"{\"a\": [1, 2]]}", "at line 1, column 13: unexpected close marker ']': expected '}'"},
            {"{\"a\": NaN}", "non-standard number 'NaN'"},
            {"{\"a\": 1, \"a\": 2}", "duplicate key 'a'"},
            {"{\"a\": tru}", "unrecognized token 'tru'"},
            {"[".repeat(Json.MAX_NESTING + 1), "document nesting depth 65 exceeds the limit of 64"},
            {"", "the document is empty"},
        };
        for (String[] c : cases) {
            var ex = assertThrows(IllegalArgumentException.class, () -> Json.parse(c[0], "f.json"));
            String m = ex.getMessage();
            assertTrue(m.startsWith("f.json: not valid JSON") && m.contains(c[1]), m);
            assertEquals(1, m.lines().count(), m);
            for (String internal : new String[] {"Source", "REDACTED", "`", "Feature", "jackson", "code "}) {
                assertFalse(m.contains(internal), m);
            }
        }
    }

    @Test
    void workDistributionErrorsNameTheFile() {
        String head = "{\"schema\": \"thermolearn/work-distribution\", \"schemaVersion\": 1, \"kT\": 1, ";
        var inf = assertThrows(IllegalArgumentException.class, () -> Json.workDistributionFromTree(
                Json.parse(head + "\"work\": [1, \"-Inf\"]}", "s"), "w.json"));
        assertTrue(inf.getMessage().startsWith("w.json: work[1] must be a number"), inf.getMessage());
        var n = assertThrows(IllegalArgumentException.class, () -> Json.workDistributionFromTree(
                Json.parse(head + "\"n\": 5, \"work\": [1, 2, 3]}", "s"), "w.json"));
        assertEquals("w.json: n is 5 but the work array has 3 values", n.getMessage());
        var kT = assertThrows(IllegalArgumentException.class, () -> Json.workDistributionFromTree(
                Json.parse(head.replace("\"kT\": 1", "\"kT\": -1") + "\"work\": [1]}", "s"), "w.json"));
        assertTrue(kT.getMessage().startsWith("w.json: kT must be > 0"), kT.getMessage());
        assertEquals(3, Json.workDistributionFromTree(Json.parse(head + "\"n\": 3, \"work\": [1, 2, 3]}", "s"),
                "w.json").size());
    }

    @Test
    void nanTokensDuplicateKeysTrailingGarbageAndDeepNestingAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": NaN}", "s"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1, \"a\": 2}", "s"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x", "s"));
        String deep = "[".repeat(Json.MAX_NESTING + 5) + "]".repeat(Json.MAX_NESTING + 5);
        assertThrows(IllegalArgumentException.class, () -> Json.parse(deep, "s"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("", "s"));
    }

    @Test
    void histogramStorageKeepsMomentsAndRefusesToReadSamples() {
        double[] w = new double[1000];
        for (int i = 0; i < w.length; i++) {
            w[i] = i % 10;
        }
        WorkDistribution d = WorkDistribution.of("h", w);
        JsonNode tree = Json.toTree(d, Json.SampleStorage.HISTOGRAM);
        assertEquals(4.5, tree.path("work").path("mean").asDouble(), 1e-12);
        assertEquals(1000, tree.path("work").path("n").asLong());
        var ex = assertThrows(IllegalArgumentException.class, () -> Json.workDistributionFromTree(tree, "t"));
        assertTrue(ex.getMessage().contains("histograms"), ex.getMessage());
    }

    @Test
    void writeFailureLeavesNothing() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertThrows(java.io.UncheckedIOException.class, () -> Json.write(sample(), blocker.resolve("w.json")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
