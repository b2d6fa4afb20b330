package org.thermolearn.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.testing.QuietTest;

class WorkFilesTest extends QuietTest {
    static final double INF = Double.POSITIVE_INFINITY;
    @TempDir
    Path dir;

    private double[] read(String text, int column) throws Exception {
        return WorkFiles.readColumn(Files.writeString(dir.resolve("w.txt"), text), column);
    }

    @Test
    void firstLineIsAHeaderOnlyWhenTheWorkFieldStartsWithALetter() throws Exception {
        assertArrayEquals(new double[] {1.5, 2.5}, read("# comment\n\nwork\n1.5\n2.5\n", 1));
        assertArrayEquals(new double[] {2.0}, read("\"id\",\"W_zJ\"\n1, 2.0\n", 2));
        assertArrayEquals(new double[] {3.0}, read("1 work\n2 3\n", 2), "the header test looks at the work column");
        assertArrayEquals(new double[] {1, 2}, read("1 work\n2 3\n", 1), "a numeric work field is data");
        assertArrayEquals(new double[] {INF, 1.0}, read("inf\n1.0\n", 1), "inf is a number, not a header");
        assertArrayEquals(new double[] {INF, 1.0}, read("Infinity\n1.0\n", 1));
        assertArrayEquals(new double[] {INF, 1.0}, read("+INF\n1.0\n", 1));
        assertArrayEquals(new double[] {1.5, 2.5}, read("\uFEFFwork\n1.5\n2.5\n", 1), "a byte-order mark is ignored");
        assertArrayEquals(new double[] {1.5}, read("\uFEFF1.5\n", 1));
    }

    @Test
    void aBadFirstValueIsAnErrorNotAHeader() {
        for (String bad : new String[] {"0x1p3", "1.0f", "1.5e", "NaN", "nan", "-inf", "-Infinity", "_w", "1d"}) {
            var ex = assertThrows(IllegalArgumentException.class, () -> read(bad + "\n1.0\n2.0\n", 1), bad);
            String m = ex.getMessage();
            assertTrue(m.startsWith(dir.resolve("w.txt") + ":1:1: "), m);
            assertTrue(m.contains(bad.replace("-", "")) || m.contains("Infinity"), m);
        }
        var csv = assertThrows(IllegalArgumentException.class, () -> read("7, 1.0f\n8, 2\n", 2));
        assertTrue(csv.getMessage().endsWith(":1:4: '1.0f' is not a number"
                + " (a header's field in the work column must start with a letter)"), csv.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> read("work\n1 2\n", 2));
        assertTrue(missing.getMessage().contains(":1:5: expected at least 2 column(s), found 1"),
                missing.getMessage());
    }

    @Test
    void onlyTheFirstLineMayBeAHeader() {
        var ex = assertThrows(IllegalArgumentException.class, () -> read("work\nenergy\n1.0\n", 1));
        assertTrue(ex.getMessage().endsWith(":2:1: 'energy' is not a number"), ex.getMessage());
    }
}
