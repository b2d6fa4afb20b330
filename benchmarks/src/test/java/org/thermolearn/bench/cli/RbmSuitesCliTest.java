package org.thermolearn.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.core.Json;

class RbmSuitesCliTest {
    private static final String[] DIGITS = {"run", "rbm-digits", "--quiet", "--sweeps", "60", "--hidden", "6", "--k", "2", "--eval-every", "3",
        "--trajectories", "20", "--threads", "2"};

    @TempDir
    Path dir;

    private static String[] with(String[] base, String... extra) {
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return args;
    }

    private static void assertPng(Path p) throws Exception {
        byte[] png = Files.readAllBytes(p);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }

    @Test
    void digitsWritesJsonCurvesAndSamplesAndResumesToTheSameResult() throws Exception {
        var a = CliTestSupport.run(with(DIGITS, "--out", dir.resolve("a").toString()));
        assertEquals(0, a.exitCode(), a.err());
        JsonNode json = Json.read(dir.resolve("a/rbm-digits.json"));
        assertTrue(json.path("complete").asBoolean());
        for (String m : new String[] {"cd1", "cdk", "pcd"}) {
            JsonNode method = json.path("methods").path(m);
            double test = method.path("finalTestLogLikelihood").asDouble();
            assertTrue(test < 0 && test > -40, m + ": " + test);
            assertTrue(method.path("epochs_history").get(0).has("meanHeat_kT"));
        }
        assertEquals(4, json.path("methods").path("pcd").path("epochs_history").size());
        assertEquals(2, json.path("methods").path("cdk").path("epochs_history").size());
        assertPng(dir.resolve("a/rbm-digits.png"));
        assertPng(dir.resolve("a/rbm-digits-samples.png"));
        assertPng(dir.resolve("a/rbm-digits-ledger.png"));
        assertTrue(a.out().contains("PCD-1"), a.out());

        var killed = CliTestSupport.run(with(DIGITS, "--out", dir.resolve("b").toString(), "--stop-after", "1"));
        assertEquals(0, killed.exitCode(), killed.err());
        assertFalse(Json.read(dir.resolve("b/rbm-digits.json")).path("complete").asBoolean());
        var resumed = CliTestSupport.run(with(DIGITS, "--out", dir.resolve("b").toString(), "--resume"));
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/rbm-digits.json")),
                Files.readAllBytes(dir.resolve("b/rbm-digits.json")));
    }

    @Test
    void fashionRunsOnSmallSizesOrSaysWhereTheDataIs() throws Exception {
        var missing = CliTestSupport.run("run", "rbm-fashion", "--quiet", "--data", dir.resolve("none").toString(),
                "--out", dir.resolve("m").toString());
        assertTrue(missing.exitCode() != 0);
        assertTrue(missing.err().contains("apt-get install dataset-fashion-mnist"), missing.err());
        Path data = Path.of("/usr/share/datasets/fashion-mnist");
        if (!Files.isRegularFile(data.resolve("train-images-idx3-ubyte.gz"))) {
            return;   // the data set is not installed here; the message above is what a user sees
        }
        var r = CliTestSupport.run("run", "rbm-fashion", "--quiet", "--limit", "300", "--hidden", "8", "--epochs", "2",
                "--betas", "200", "--trajectories", "10", "--out", dir.resolve("f").toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.read(dir.resolve("f/rbm-fashion.json"));
        double fwd = json.path("forwardAis").path("logZ").asDouble();
        double rev = json.path("reverseAis").path("logZ").asDouble();
        assertTrue(Double.isFinite(fwd) && Double.isFinite(rev), fwd + " " + rev);
        assertEquals(10, json.path("forwardAis").path("logWeights").size());
        assertPng(dir.resolve("f/rbm-fashion-samples.png"));
        assertPng(dir.resolve("f/rbm-fashion.png"));
    }
}
