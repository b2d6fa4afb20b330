package org.thermolearn.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thermolearn.core.internal.Checks;

/**
 * Strict, bounded reading of work values from text files: one column of a CSV file (comma-separated) or of a
 * whitespace-separated table.
 *
 * <p>Rules: lines starting with {@code #} and blank lines are skipped; the first remaining line is a header when
 * none of its fields is a number; every other line must have the requested column, holding a decimal number
 * ({@code 1.5}, {@code -2e-3}) or {@code inf}/{@code Infinity}/{@code +Infinity} (a sample of zero weight).
 * {@code NaN}, {@code -Infinity}, hexadecimal or suffixed numbers ({@code 1d}) are errors. Limits: at most
 * {@value #MAX_FILE_BYTES} bytes, {@value #MAX_LINE_CHARS} characters per line, {@value #MAX_SAMPLES} samples.
 * Every error names the file, line and column ({@code file:line:column: ...}). Stateless and thread-safe.
 *
 * <pre>{@code
 * double[] w = WorkFiles.readColumn(java.nio.file.Path.of("pulling.csv"), 2);   // second column
 * FreeEnergy.exp(w);
 * }</pre>
 *
 * @since 1.0
 */
public final class WorkFiles {
    /** Largest file accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** Longest line accepted, in characters. */
    public static final int MAX_LINE_CHARS = 1 << 16;
    /** Most samples accepted. */
    public static final int MAX_SAMPLES = 100_000_000;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INFINITE = Pattern.compile("([+-]?)(inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_CSV = Pattern.compile("[^,]+");
    private static final Pattern FIELD_WS = Pattern.compile("\\S+");

    private WorkFiles() {
    }

    /**
     * Reads one column.
     *
     * @param file a CSV or whitespace-separated text file
     * @param column 1-based column index
     * @return the values, in file order
     * @throws IllegalArgumentException for malformed content, naming file, line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static double[] readColumn(Path file, int column) {
        Checks.positive(column, "column");
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + ": " + size + " bytes exceeds the limit of " + MAX_FILE_BYTES);
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(in, file.toString(), column);
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static double[] parse(BufferedReader in, String source, int column) throws IOException {
        double[] values = new double[1024];
        int count = 0;
        int lineNo = 0;
        boolean first = true;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.length() > MAX_LINE_CHARS) {
                throw new IllegalArgumentException(source + ":" + lineNo + ":1: line longer than " + MAX_LINE_CHARS
                        + " characters");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean csv = line.indexOf(',') >= 0;
            if (first && isHeader(line, csv)) {
                first = false;
                continue;
            }
            first = false;
            if (count == values.length) {
                if (count >= MAX_SAMPLES) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ":1: more than " + MAX_SAMPLES
                            + " samples");
                }
                values = Arrays.copyOf(values, (int) Math.min(MAX_SAMPLES, 2L * count));
            }
            values[count++] = field(line, csv, column, source, lineNo);
        }
        if (count == 0) {
            throw new IllegalArgumentException(source + ": no work values found");
        }
        return Arrays.copyOf(values, count);
    }

    private static boolean isHeader(String line, boolean csv) {
        Matcher m = (csv ? FIELD_CSV : FIELD_WS).matcher(line);
        while (m.find()) {
            String tok = m.group().strip();
            if (NUMBER.matcher(tok).matches() || INFINITE.matcher(tok).matches()
                    || tok.equalsIgnoreCase("nan")) {
                return false;
            }
        }
        return true;
    }

    private static double field(String line, boolean csv, int column, String source, int lineNo) {
        int index = 0;
        int pos = 0;
        if (csv) {
            String[] parts = line.split(",", -1);
            if (parts.length >= column) {
                for (int i = 0; i < column - 1; i++) {
                    pos += parts[i].length() + 1;
                }
                String raw = parts[column - 1];
                int lead = raw.length() - raw.stripLeading().length();
                return number(raw.strip(), source, lineNo, pos + lead + 1);
            }
            index = parts.length;
        } else {
            Matcher m = FIELD_WS.matcher(line);
            while (m.find()) {
                if (++index == column) {
                    return number(m.group(), source, lineNo, m.start() + 1);
                }
            }
        }
        throw new IllegalArgumentException(source + ":" + lineNo + ":" + (line.length() + 1) + ": expected at least "
                + column + " column(s), found " + index);
    }

    private static double number(String tok, String source, int lineNo, int col) {
        String where = source + ":" + lineNo + ":" + col + ": ";
        if (NUMBER.matcher(tok).matches()) {
            double v = Double.parseDouble(tok);
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(where + "'" + tok + "' overflows a double");
            }
            return v;
        }
        Matcher inf = INFINITE.matcher(tok);
        if (inf.matches()) {
            if (inf.group(1).equals("-")) {
                throw new IllegalArgumentException(where + "-Infinity is not a valid work value");
            }
            return Double.POSITIVE_INFINITY;
        }
        throw new IllegalArgumentException(where + "'" + tok + "' is not a number"
                + (tok.equalsIgnoreCase("nan") ? " (NaN is not a valid work value)" : ""));
    }
}
