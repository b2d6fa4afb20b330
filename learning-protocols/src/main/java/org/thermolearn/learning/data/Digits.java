package org.thermolearn.learning.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The 8x8 handwritten digits shipped with the project (1797 images, UCI "Optical Recognition of Handwritten
 * Digits", Alpaydin & Kaynak 1998, doi:10.24432/C50P49, as distributed with scikit-learn, BSD-3-Clause) under the
 * fixed protocol that makes results comparable: pixel intensity {@code >= 8 -> 1}, else 0; test set = rows whose
 * index % 5 == 0 (360 rows), training set = the rest (1437 rows). Each call returns fresh arrays; thread-safe.
 *
 * <pre>{@code
 * double[][] train = Digits.train();   // 1437 x 64, entries 0/1
 * double[][] test = Digits.test();     // 360 x 64
 * }</pre>
 *
 * @since 1.0
 */
public final class Digits {
    /** Pixels per image. */
    public static final int PIXELS = 64;
    /** Rows in the file. */
    public static final int ROWS = 1797;
    private static final String RESOURCE = "digits.csv.gz";

    private Digits() {
    }

    /** Binarized training rows (index % 5 != 0). */
    public static double[][] train() {
        return split(false);
    }

    /** Binarized test rows (index % 5 == 0). */
    public static double[][] test() {
        return split(true);
    }

    /** Intensities 0..16 of every image, 1797 x 64, in file order. */
    public static int[][] intensities() {
        int[][] out = new int[ROWS][];
        List<int[]> rows = read();
        for (int r = 0; r < ROWS; r++) {
            out[r] = java.util.Arrays.copyOf(rows.get(r), PIXELS);
        }
        return out;
    }

    /** Labels 0..9 in file order. */
    public static int[] labels() {
        List<int[]> rows = read();
        int[] out = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            out[r] = rows.get(r)[PIXELS];
        }
        return out;
    }

    private static double[][] split(boolean test) {
        List<int[]> rows = read();
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if ((r % 5 == 0) == test) {
                double[] v = new double[PIXELS];
                for (int i = 0; i < PIXELS; i++) {
                    v[i] = rows.get(r)[i] >= 8 ? 1 : 0;
                }
                out.add(v);
            }
        }
        return out.toArray(new double[0][]);
    }

    private static List<int[]> read() {
        try (InputStream raw = Digits.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.US_ASCII));
            List<int[]> rows = new ArrayList<>(ROWS);
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                int[] row = new int[f.length];
                for (int i = 0; i < f.length; i++) {
                    row[i] = Integer.parseInt(f[i].trim());
                }
                rows.add(row);
            }
            if (rows.size() != ROWS) {
                throw new IllegalStateException(RESOURCE + " has " + rows.size() + " rows, expected " + ROWS);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
