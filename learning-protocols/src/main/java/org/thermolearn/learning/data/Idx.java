package org.thermolearn.learning.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reader of IDX files (the MNIST / Fashion-MNIST format: big-endian magic {@code 0x00 0x00 type dims}, one
 * 32-bit size per dimension, then the data), gzipped or plain, unsigned bytes only. Images come back as rows of
 * pixels scaled to [0, 1] or binarized at a threshold. Stateless; thread-safe.
 *
 * <pre>{@code
 * double[][] x = Idx.binaryImages(Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"), 128, 1000);
 * int[] y = Idx.labels(Path.of("/usr/share/datasets/fashion-mnist/train-labels-idx1-ubyte.gz"));
 * }</pre>
 *
 * @since 1.0
 */
public final class Idx {
    /** Where {@code apt-get install dataset-fashion-mnist} puts the files. */
    public static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");
    private static final int UNSIGNED_BYTE = 0x08;

    private Idx() {
    }

    /**
     * The first {@code limit} images (all if {@code limit <= 0}) as rows of 0/1: pixel {@code >= threshold -> 1}.
     *
     * @throws IllegalArgumentException if the file is absent (with how to get it) or malformed
     */
    public static double[][] binaryImages(Path file, int threshold, int limit) {
        if (threshold < 1 || threshold > 255) {
            throw new IllegalArgumentException("threshold must be in [1, 255], got " + threshold);
        }
        return read(file, limit, b -> b >= threshold ? 1 : 0);
    }

    /** The first {@code limit} images (all if {@code limit <= 0}) as rows of intensities / 255. */
    public static double[][] images(Path file, int limit) {
        return read(file, limit, b -> b / 255.0);
    }

    /** Labels of an IDX1 file. */
    public static int[] labels(Path file) {
        double[][] rows = read(file, 0, b -> b);
        int[] out = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = (int) rows[r][0];
        }
        return out;
    }

    private interface Pixel {
        double map(int unsignedByte);
    }

    private static double[][] read(Path file, int limit, Pixel pixel) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(open(file), 1 << 16))) {
            int magic = in.readInt();
            int dims = magic & 0xff;
            if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != UNSIGNED_BYTE || dims < 1 || dims > 4) {
                throw new IllegalArgumentException(file + " is not an unsigned-byte IDX file (magic 0x"
                        + Integer.toHexString(magic) + ")");
            }
            int n = in.readInt();
            long width = 1;
            for (int d = 1; d < dims; d++) {
                width *= in.readInt();
            }
            if (n < 0 || width < 1 || width > 1 << 20) {
                throw new IllegalArgumentException(file + " has implausible sizes: " + n + " items of " + width);
            }
            int rows = limit > 0 ? Math.min(limit, n) : n;
            double[][] out = new double[rows][(int) width];
            byte[] buf = new byte[(int) width];
            for (int r = 0; r < rows; r++) {
                in.readFully(buf);
                for (int i = 0; i < width; i++) {
                    out[r][i] = pixel.map(buf[i] & 0xff);
                }
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(missing(file), e);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + " ends early: truncated IDX file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** The message for an absent data file. */
    public static String missing(Path file) {
        return "data file " + file + " not found; install Fashion-MNIST with `apt-get install dataset-fashion-mnist`"
                + " (files under " + FASHION_MNIST + ") or pass --data DIR with the gzipped IDX files"
                + " (train-images-idx3-ubyte.gz, t10k-images-idx3-ubyte.gz)";
    }
}
