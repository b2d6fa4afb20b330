package org.thermolearn.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thermolearn.core.internal.Checks;

/**
 * JSON trees for the estimator results ({@link FreeEnergyEstimate}, {@link Mbar}, {@link Estimate},
 * {@link Timeseries.Equilibration}, {@link Warning}), under {@link Json}'s number convention, with the energy unit
 * and the thermal energy {@code kT} in that unit written explicitly. A free-energy estimate reads back equal.
 *
 * <p>Schema {@value #SCHEMA}, version {@value #SCHEMA_VERSION}. Stateless and thread-safe.
 *
 * <pre>{@code
 * var e = FreeEnergy.bar(new double[] {0.1, 0.4, 0.9}, new double[] {-0.5, 0.2});
 * var tree = EstimateJson.toTree(e, "kT", 1.0);
 * EstimateJson.freeEnergyEstimate(tree);   // equals e
 * Json.write(tree, java.nio.file.Path.of("bar.json"));
 * }</pre>
 *
 * @since 1.0
 */
public final class EstimateJson {
    /** Schema name written into every result tree. */
    public static final String SCHEMA = "thermolearn/estimate";
    /** Current schema version. */
    public static final int SCHEMA_VERSION = 1;

    private EstimateJson() {
    }

    /**
     * A free-energy estimate with its unit and kT.
     *
     * @param e the estimate, already in {@code energyUnit} (e.g. {@code e.scaled(kT)}, which also converts the
     *     energy-valued diagnostics such as {@code bennettStandardError})
     * @param energyUnit the unit of {@code deltaF}, {@code standardError} and the energy-valued diagnostics, e.g.
     *     {@code "kT"} or {@code "zJ"}
     * @param kT the thermal energy in {@code energyUnit} (1 for {@code "kT"})
     */
    public static ObjectNode toTree(FreeEnergyEstimate e, String energyUnit, double kT) {
        Checks.notNull(energyUnit, "energyUnit");
        Checks.positiveFinite(kT, "kT");
        ObjectNode o = header("free-energy-estimate");
        o.put("method", e.method().name());
        o.set("deltaF", Json.number(e.deltaF()));
        o.set("standardError", Json.number(e.standardError()));
        o.put("unit", energyUnit);
        o.set("kT", Json.number(kT));
        o.put("n", e.n());
        o.put("reliable", e.isReliable());
        ObjectNode diag = o.putObject("diagnostics");
        e.diagnostics().forEach((k, v) -> diag.set(k, Json.number(v)));
        o.set("warnings", toTree(e.warnings()));
        return o;
    }

    /** Reads back a tree written by {@link #toTree(FreeEnergyEstimate, String, double)}. */
    public static FreeEnergyEstimate freeEnergyEstimate(JsonNode o) {
        Map<String, Double> diag = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = o.path("diagnostics").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            diag.put(e.getKey(), Json.toDouble(e.getValue(), "diagnostics." + e.getKey()));
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : o.path("warnings")) {
            warnings.add(warning(w));
        }
        return new FreeEnergyEstimate(FreeEnergyEstimate.Method.valueOf(o.path("method").asText()),
                Json.toDouble(o.get("deltaF"), "deltaF"), Json.toDouble(o.get("standardError"), "standardError"),
                o.path("n").asLong(), diag, warnings);
    }

    /** Warnings as an array of {@code {type, message, ...fields}}. */
    public static ArrayNode toTree(List<Warning> warnings) {
        ArrayNode a = Json.object().arrayNode();
        for (Warning w : warnings) {
            ObjectNode o = a.addObject().put("type", w.getClass().getSimpleName()).put("message", w.message());
            if (w instanceof Warning.TooFewSamples t) {
                o.put("n", t.n()).put("minimum", t.minimum());
            } else if (w instanceof Warning.LowEffectiveSampleSize l) {
                o.set("effectiveSampleSize", Json.number(l.effectiveSampleSize()));
                o.set("threshold", Json.number(l.threshold()));
            } else if (w instanceof Warning.PoorOverlap p) {
                o.set("overlap", Json.number(p.overlap()));
                o.set("threshold", Json.number(p.threshold()));
            } else if (w instanceof Warning.NotConverged c) {
                o.put("iterations", c.iterations());
                o.set("residual", Json.number(c.residual()));
            } else if (w instanceof Warning.ModelMismatch mm) {
                o.put("assumption", mm.assumption());
                o.set("zScore", Json.number(mm.zScore()));
            } else if (w instanceof Warning.UndersampledTail u) {
                o.set("dissipatedWork", Json.number(u.dissipatedWork()));
                o.put("n", u.n());
                o.set("samplesNeeded", Json.number(u.samplesNeeded()));
            } else if (w instanceof Warning.LargeBias b) {
                o.set("expectedBias", Json.number(b.expectedBias()));
                o.set("standardError", Json.number(b.standardError()));
            }
        }
        return a;
    }

    private static Warning warning(JsonNode w) {
        String type = w.path("type").asText();
        switch (type) {
            case "TooFewSamples":
                return new Warning.TooFewSamples(w.path("n").asLong(), w.path("minimum").asLong());
            case "LowEffectiveSampleSize":
                return new Warning.LowEffectiveSampleSize(Json.toDouble(w.get("effectiveSampleSize"), type),
                        Json.toDouble(w.get("threshold"), type));
            case "PoorOverlap":
                return new Warning.PoorOverlap(Json.toDouble(w.get("overlap"), type),
                        Json.toDouble(w.get("threshold"), type));
            case "NotConverged":
                return new Warning.NotConverged(w.path("iterations").asInt(), Json.toDouble(w.get("residual"), type));
            case "ModelMismatch":
                return new Warning.ModelMismatch(w.path("assumption").asText(), Json.toDouble(w.get("zScore"), type));
            case "UndersampledTail":
                return new Warning.UndersampledTail(Json.toDouble(w.get("dissipatedWork"), type), w.path("n").asLong(),
                        Json.toDouble(w.get("samplesNeeded"), type));
            case "LargeBias":
                return new Warning.LargeBias(Json.toDouble(w.get("expectedBias"), type),
                        Json.toDouble(w.get("standardError"), type));
            default:
                throw new IllegalArgumentException("unknown warning type " + w.get("type"));
        }
    }

    /**
     * An MBAR result; free energies in kT (reduced) and, where {@code kT != 1}, also in {@code energyUnit}.
     *
     * @param m the result
     * @param energyUnit unit of the physical copy, e.g. {@code "kJ/mol"}
     * @param kT thermal energy in {@code energyUnit}
     */
    public static ObjectNode toTree(Mbar m, String energyUnit, double kT) {
        Checks.positiveFinite(kT, "kT");
        ObjectNode o = header("mbar");
        o.put("unit", "kT");
        o.put("physicalUnit", energyUnit);
        o.set("kT", Json.number(kT));
        o.set("freeEnergies", Json.array(m.freeEnergies()));
        o.set("standardErrors", Json.array(m.standardErrors()));
        o.set("freeEnergies_" + energyUnit, Json.array(scaled(m.freeEnergies(), kT)));
        o.set("standardErrors_" + energyUnit, Json.array(scaled(m.standardErrors(), kT)));
        o.set("differenceErrors", matrix(m.differenceErrors()));
        o.set("overlapMatrix", matrix(m.overlapMatrix()));
        o.set("overlap", Json.number(m.overlap()));
        o.set("effectiveSampleSizes", Json.array(m.effectiveSampleSizes()));
        ArrayNode counts = o.putArray("sampleCounts");
        for (int c : m.sampleCounts()) {
            counts.add(c);
        }
        o.put("converged", m.converged());
        o.put("newtonSteps", m.newtonSteps());
        o.put("selfConsistentSteps", m.selfConsistentSteps());
        o.set("residual", Json.number(m.residual()));
        o.put("reliable", m.isReliable());
        o.set("warnings", toTree(m.warnings()));
        return o;
    }

    /** An estimate with its unit. */
    public static ObjectNode toTree(Estimate e, String unit) {
        ObjectNode o = header("estimate");
        o.set("value", Json.number(e.value()));
        o.set("standardError", Json.number(e.standardError()));
        o.put("unit", unit);
        o.put("n", e.n());
        return o;
    }

    /** An equilibration detection result (indices and sample counts, no energy unit). */
    public static ObjectNode toTree(Timeseries.Equilibration e) {
        ObjectNode o = header("equilibration");
        o.put("start", e.start());
        o.set("statisticalInefficiency", Json.number(e.statisticalInefficiency()));
        o.set("effectiveSamples", Json.number(e.effectiveSamples()));
        o.put("stride", e.stride());
        return o;
    }

    private static ObjectNode header(String type) {
        ObjectNode o = Json.object();
        o.put("schema", SCHEMA);
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("type", type);
        return o;
    }

    private static ArrayNode matrix(double[][] m) {
        ArrayNode a = Json.object().arrayNode();
        for (double[] row : m) {
            a.add(Json.array(row));
        }
        return a;
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
