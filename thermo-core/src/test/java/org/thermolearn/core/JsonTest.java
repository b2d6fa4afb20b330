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
        assertTrue(ex.getMessage().startsWith(p + ":2:"), ex.getMessage());
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
