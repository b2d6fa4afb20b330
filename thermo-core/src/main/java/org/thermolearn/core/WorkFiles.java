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
 * <p>Rules: a UTF-8 byte-order mark at the start is ignored; lines starting with {@code #} and blank lines are
 * skipped. The first remaining line is a header (and
 * skipped) only when the field in the requested column starts with a letter (after an optional pair of double
 * quotes) and is not a spelling of a number, NaN or infinity ({@code nan}, {@code inf}, {@code infinity}, any
 * case): {@code work_zJ} or {@code "W"} is a header; {@code 0x1p3}, {@code 1.0f}, {@code 1.5e}, {@code NaN} or
 * {@code -inf} on the first line are data, and therefore errors. Every other line must have the requested column,
 * holding a decimal number ({@code 1.5}, {@code -2e-3}) or {@code inf}/{@code Infinity}/{@code +Infinity} (a
 * sample of zero weight). {@code NaN}, {@code -Infinity}, hexadecimal or suffixed numbers ({@code 1d}) are
 * errors. Limits: at most
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
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);   // a UTF-8 byte-order mark, as spreadsheet programs write it
            }
            if (line.length() > MAX_LINE_CHARS) {
                throw new IllegalArgumentException(source + ":" + lineNo + ":1: line longer than " + MAX_LINE_CHARS
                        + " characters");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean csv = line.indexOf(',') >= 0;
            if (first && isHeader(line, csv, column)) {
                first = false;
                continue;
            }
            if (count == values.length) {
                if (count >= MAX_SAMPLES) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ":1: more than " + MAX_SAMPLES
                            + " samples");
                }
                values = Arrays.copyOf(values, (int) Math.min(MAX_SAMPLES, 2L * count));
            }
            values[count++] = field(line, csv, column, source, lineNo, first);
            first = false;
        }
        if (count == 0) {
            throw new IllegalArgumentException(source + ": no work values found");
        }
        return Arrays.copyOf(values, count);
    }

    /** A header: the field in {@code column} starts with a letter and does not spell a number, NaN or infinity. */
    private static boolean isHeader(String line, boolean csv, int column) {
        String tok = token(line, csv, column);
        if (tok == null) {
            return false;
        }
        if (tok.length() >= 2 && tok.startsWith("\"") && tok.endsWith("\"")) {
            tok = tok.substring(1, tok.length() - 1).strip();
        }
        return !tok.isEmpty() && Character.isLetter(tok.codePointAt(0)) && !INFINITE.matcher(tok).matches()
                && !tok.equalsIgnoreCase("nan");
    }

    private static String token(String line, boolean csv, int column) {
        if (csv) {
            String[] parts = line.split(",", -1);
            return parts.length >= column ? parts[column - 1].strip() : null;
        }
        Matcher m = FIELD_WS.matcher(line);
        int index = 0;
        while (m.find()) {
            if (++index == column) {
                return m.group();
            }
        }
        return null;
    }

    private static double field(String line, boolean csv, int column, String source, int lineNo,
            boolean first) {
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
                return number(raw.strip(), source, lineNo, pos + lead + 1, first);
            }
            index = parts.length;
        } else {
            Matcher m = FIELD_WS.matcher(line);
            while (m.find()) {
                if (++index == column) {
                    return number(m.group(), source, lineNo, m.start() + 1, first);
                }
            }
        }
        throw new IllegalArgumentException(source + ":" + lineNo + ":" + (line.length() + 1) + ": expected at least "
                + column + " column(s), found " + index);
    }

    private static double number(String tok, String source, int lineNo, int col, boolean first) {
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
        String hint = tok.equalsIgnoreCase("nan") ? " (NaN is not a valid work value)"
                : first ? " (a header's field in the work column must start with a letter)" : "";
        throw new IllegalArgumentException(where + "'" + tok + "' is not a number" + hint);
    }
}
