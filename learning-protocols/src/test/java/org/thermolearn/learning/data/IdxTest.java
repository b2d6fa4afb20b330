package org.thermolearn.learning.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thermolearn.testing.QuietTest;

class IdxTest extends QuietTest {
    @TempDir
    Path dir;

    @Test
    void readsGzippedImagesAndLabels() throws Exception {
        Path img = dir.resolve("img-idx3-ubyte.gz");
        try (var out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(img)))) {
            out.writeInt(0x00000803);
            out.writeInt(3);
            out.writeInt(2);
            out.writeInt(2);
            out.write(new byte[] {0, (byte) 255, (byte) 128, 127, 1, 2, 3, 4, (byte) 200, 0, 0, 0});
        }
        double[][] bin = Idx.binaryImages(img, 128, 0);
        assertEquals(3, bin.length);
        assertArrayEquals(new double[] {0, 1, 1, 0}, bin[0]);
        assertEquals(2, Idx.images(img, 2).length);
        assertEquals(1.0, Idx.images(img, 1)[0][1]);
        Path lab = dir.resolve("lab-idx1-ubyte");
        try (var out = new DataOutputStream(Files.newOutputStream(lab))) {
            out.writeInt(0x00000801);
            out.writeInt(2);
            out.write(new byte[] {7, 9});
        }
        assertArrayEquals(new int[] {7, 9}, Idx.labels(lab));
    }

    @Test
    void absentAndMalformedFilesGiveClearMessages() throws Exception {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Idx.binaryImages(dir.resolve("nope.gz"), 128, 0));
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
        Path bad = dir.resolve("bad");
        Files.write(bad, new byte[] {1, 2, 3, 4, 0, 0, 0, 1});
        e = assertThrows(IllegalArgumentException.class, () -> Idx.images(bad, 0));
        assertTrue(e.getMessage().contains("not an unsigned-byte IDX"), e.getMessage());
    }

    @Test
    void digitsProtocol() {
        assertEquals(1437, Digits.train().length);
        assertEquals(360, Digits.test().length);
        assertEquals(64, Digits.test()[0].length);
        assertEquals(0, Digits.labels()[0]);
        assertEquals(Digits.intensities()[0][2] >= 8 ? 1.0 : 0.0, Digits.test()[0][2]);
    }
}
