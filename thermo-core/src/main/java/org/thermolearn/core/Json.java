package org.thermolearn.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.thermolearn.core.internal.AtomicFiles;
import org.thermolearn.core.internal.Checks;

/**
 * Strict JSON for thermolearn's results: writing (atomically, deterministic key order, no NaN ever) and bounded
 * reading with errors that name file, line and column.
 *
 * <p><b>Number convention.</b> Finite numbers are JSON numbers. {@code +Infinity} and {@code -Infinity} (an
 * infinite work is a legal sample of zero Jarzynski weight) are written as the strings {@code "Infinity"} and
 * {@code "-Infinity"}; NaN is never stored (every type rejects it on construction). Readers accept the same.
 *
 * <p><b>Work distributions</b> ({@value #WORK_SCHEMA}, version {@value #WORK_SCHEMA_VERSION}) are written with all
 * samples, or, for ensembles above {@value #HISTOGRAM_THRESHOLD} trajectories, as histograms plus moments
 * (see the README for the fields). Stateless and thread-safe.
 *
 * <pre>{@code
 * var d = WorkDistribution.of("pulling", new double[] {1.2, 0.8, 1.9});
 * Json.write(d, java.nio.file.Path.of("work.json"));
 * var back = Json.readWorkDistribution(java.nio.file.Path.of("work.json"));   // equals d
 * }</pre>
 *
 * @since 1.0
 */
public final class Json {
    /** Schema name of a work distribution. */
    public static final String WORK_SCHEMA = "thermolearn/work-distribution";
    /** Current schema version of a work distribution. */
    public static final int WORK_SCHEMA_VERSION = 1;
    /** Above this many trajectories {@link #write(WorkDistribution, Path)} stores histograms. */
    public static final int HISTOGRAM_THRESHOLD = 1_000_000;
    /** Largest file {@link #read(Path)} accepts, in bytes. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** Deepest nesting {@link #read(Path)} accepts. */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                            .maxNumberLength(64).maxStringLength(1 << 20).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** How samples are stored. */
    public enum SampleStorage {
        /** Every sample. */
        ALL,
        /** Histograms of {@value WorkHistogram#DEFAULT_BINS} bins and moments; samples are dropped. */
        HISTOGRAM
    }

    private Json() {
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A JSON value for {@code v}: a number (-0.0 as 0.0), or the string {@code "Infinity"}/{@code "-Infinity"}. */
    public static JsonNode number(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("NaN cannot be written to JSON");
        }
        if (Double.isInfinite(v)) {
            return JsonNodeFactory.instance.textNode(v > 0 ? "Infinity" : "-Infinity");
        }
        return JsonNodeFactory.instance.numberNode(v + 0.0);   // -0.0 is written as 0.0
    }

    /** A JSON array of {@code values} under the number convention. */
    public static ArrayNode array(double[] values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(values.length);
        for (double v : values) {
            a.add(number(v));
        }
        return a;
    }

    /** A JSON array of the samples. */
    public static ArrayNode array(Samples s) {
        return array(s.toArray());
    }

    /** Reads a number under the number convention; {@code what} names it in errors. */
    public static double toDouble(JsonNode node, String what) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual() && node.textValue().equals("Infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (node != null && node.isTextual() && node.textValue().equals("-Infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        throw new IllegalArgumentException(what + " must be a number, \"Infinity\" or \"-Infinity\", got " + node);
    }

    /** Reads an array of numbers; {@code what} names it in errors. */
    public static double[] toDoubles(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(what + " must be an array of numbers, got " + node);
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toDouble(node.get(i), what + "[" + i + "]");
        }
        return out;
    }

    /** The tree of a work distribution, storing samples or (above the threshold) histograms. */
    public static ObjectNode toTree(WorkDistribution d) {
        return toTree(d, d.size() > HISTOGRAM_THRESHOLD ? SampleStorage.HISTOGRAM : SampleStorage.ALL);
    }

    /** The tree of a work distribution with the given storage. */
    public static ObjectNode toTree(WorkDistribution d, SampleStorage storage) {
        ObjectNode o = object();
        o.put("schema", WORK_SCHEMA);
        o.put("schemaVersion", WORK_SCHEMA_VERSION);
        o.put("protocol", d.protocol());
        o.put("energyUnit", d.energyUnit());
        o.set("kT", number(d.kT()));
        o.put("n", d.size());
        o.put("storage", storage.name().toLowerCase(java.util.Locale.ROOT));
        putSeries(o, "work", d.work(), storage);
        putSeries(o, "heat", d.heat(), storage);
        putSeries(o, "deltaE", d.deltaE(), storage);
        putSeries(o, "entropyProduction", d.entropyProduction(), storage);
        o.set("provenance", toTree(d.provenance()));
        return o;
    }

    private static void putSeries(ObjectNode o, String name, Samples s, SampleStorage storage) {
        if (s.isEmpty()) {
            return;
        }
        if (storage == SampleStorage.ALL) {
            o.set(name, array(s));
        } else {
            o.set(name, WorkHistogram.of(s.toArray(), WorkHistogram.DEFAULT_BINS).toTree());
        }
    }

    /** The tree of a provenance record. */
    public static ObjectNode toTree(Provenance p) {
        ObjectNode o = object();
        o.put("library", p.library());
        o.put("version", p.version());
        o.put("seed", p.seed());
        o.put("streamAlgorithm", p.streamAlgorithm());
        o.put("derivationVersion", p.derivationVersion());
        o.set("parameters", MAPPER.valueToTree(p.parameters()));
        o.put("n", p.n());
        return o;
    }

    /** The tree of a free-energy estimate, with its energy unit written explicitly. */
    public static ObjectNode toTree(FreeEnergyEstimate e, String energyUnit) {
        ObjectNode o = object();
        o.put("method", e.method().name());
        o.set("deltaF", number(e.deltaF()));
        o.set("standardError", number(e.standardError()));
        o.put("unit", energyUnit);
        o.put("n", e.n());
        o.put("reliable", e.isReliable());
        ObjectNode diag = o.putObject("diagnostics");
        e.diagnostics().forEach((k, v) -> diag.set(k, number(v)));
        ArrayNode warnings = o.putArray("warnings");
        for (Warning w : e.warnings()) {
            warnings.addObject().put("type", w.getClass().getSimpleName()).put("message", w.message());
        }
        return o;
    }

    /** Pretty-printed JSON text of the tree. */
    public static String toJson(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON tree", e);
        }
    }

    /** Pretty-printed JSON text of the distribution. */
    public static String toJson(WorkDistribution d) {
        return toJson(toTree(d));
    }

    /** Writes the tree atomically (temporary file moved into place). */
    public static void write(JsonNode tree, Path path) {
        byte[] bytes = toJson(tree).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(path, out -> out.write(bytes));
    }

    /** Writes the distribution atomically. */
    public static void write(WorkDistribution d, Path path) {
        write(toTree(d), path);
    }

    /**
     * Reads a JSON file strictly: at most {@value #MAX_FILE_BYTES} bytes and {@value #MAX_NESTING} levels, no NaN
     * tokens, no duplicate keys, nothing after the document.
     *
     * @throws IllegalArgumentException for malformed JSON, naming file, line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static JsonNode read(Path path) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(path + ": " + size + " bytes exceeds the limit of " + MAX_FILE_BYTES);
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, path.toString());   // a UTF-8 BOM
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses JSON text strictly; {@code source} names it in errors.
     *
     * @throws IllegalArgumentException for malformed JSON, as one line
     *     {@code SOURCE: not valid JSON at line L, column C: REASON}
     */
    public static JsonNode parse(String text, String source) {
        JsonParser p = null;
        try {
            p = MAPPER.createParser(text);
            JsonNode node = MAPPER.readTree(p);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException(source + ": not valid JSON: the document is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException(source + ": not valid JSON" + where + ": " + JsonErrors.reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(p);
        }
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // a parser over a String holds no resource
            }
        }
    }

    /** Reads a work distribution written by {@link #write(WorkDistribution, Path)} with all samples. */
    public static WorkDistribution readWorkDistribution(Path path) {
        return workDistributionFromTree(read(path), path.toString());
    }

    /**
     * Converts a tree back to a work distribution; {@code source} names it in errors.
     *
     * @throws IllegalArgumentException naming {@code source} for a wrong schema, a count {@code n} that differs from
     *     the number of work values, or invalid values
     */
    public static WorkDistribution workDistributionFromTree(JsonNode o, String source) {
        if (!WORK_SCHEMA.equals(o.path("schema").asText())) {
            throw new IllegalArgumentException(source + ": schema must be " + WORK_SCHEMA + ", got " + o.get("schema"));
        }
        int version = o.path("schemaVersion").asInt(-1);
        if (version < 1 || version > WORK_SCHEMA_VERSION) {
            throw new IllegalArgumentException(source + ": unsupported schemaVersion " + o.get("schemaVersion"));
        }
        if (!"all".equals(o.path("storage").asText("all"))) {
            throw new IllegalArgumentException(source + ": stores histograms only (n=" + o.path("n").asLong()
                    + "); there are no samples to read back");
        }
        Samples work = series(o, "work", source);
        JsonNode n = o.get("n");
        if (n != null && !(n.canConvertToExactIntegral() && n.asLong() == work.size())) {
            throw new IllegalArgumentException(source + ": n is " + n + " but the work array has " + work.size()
                    + " values");
        }
        try {
            return new WorkDistribution(o.path("protocol").asText(), o.path("energyUnit").asText("kT"),
                    toDouble(o.get("kT"), "kT"), work, series(o, "heat", source), series(o, "deltaE", source),
                    series(o, "entropyProduction", source), provenance(o.get("provenance")));
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(source + ": ") ? e
                    : new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static Samples series(JsonNode o, String name, String source) {
        JsonNode a = o.get(name);
        try {
            return a == null ? Samples.empty() : Samples.of(toDoubles(a, name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Provenance provenance(JsonNode p) {
        if (p == null) {
            return Provenance.unseeded(Map.of(), 0);
        }
        Map<String, Object> params = MAPPER.convertValue(p.path("parameters"), Map.class);
        return new Provenance(p.path("library").asText(), p.path("version").asText(), p.path("seed").asLong(),
                p.path("streamAlgorithm").asText(), p.path("derivationVersion").asInt(),
                params == null ? Map.of() : params, p.path("n").asLong());
    }
}
