package org.thermolearn.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.thermolearn.core.Json;
import org.thermolearn.core.PhysicalUnits;
import org.thermolearn.core.Provenance;
import org.thermolearn.core.Samples;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.core.WorkFiles;
import org.thermolearn.core.estimate.WorkSamples;

/**
 * Forward and reverse work for {@code thermolearn estimate} (either may be absent, not both), reduced to kT, with
 * the energy unit and kT of the input so that results can be reported in both.
 *
 * <p>Sources: a thermolearn JSON file (a {@code thermolearn/work-distribution}, or a suite result holding
 * {@code forward.distribution} and {@code reverse.distribution}, such as {@code trap-stiffness.json}), or one
 * file per direction, each read as JSON (name ending in {@code .json}, or first non-blank character <code>{</code>)
 * or as text by {@link WorkFiles} in kT or in a physical unit with a temperature. Immutable.
 *
 * <pre>{@code
 * WorkInput.fromJson(Path.of("trap-stiffness.json"));
 * }</pre>
 *
 * @param forward forward work in kT, or null when there is none
 * @param reverse reverse work in kT, or null when there is none
 * @param unit the energy unit of the input
 * @param kT thermal energy in {@code unit}
 * @param source description of the input files
 * @since 1.0
 */
record WorkInput(double[] forward, double[] reverse, String unit, double kT, String source) {

    /** Energy units accepted for text input. */
    enum Unit {
        kT("kT"), zJ("zJ"), pN_nm("pN nm"), J("J"), kJ_per_mol("kJ/mol"), kcal_per_mol("kcal/mol");

        final String label;

        Unit(String label) {
            this.label = label;
        }

        /** kT in this unit at {@code kelvin}. */
        double kT(double kelvin) {
            switch (this) {
                case kT:
                    return 1.0;
                case zJ:
                case pN_nm:
                    return PhysicalUnits.kTZeptojoules(kelvin);
                case J:
                    return PhysicalUnits.kTJoules(kelvin);
                case kJ_per_mol:
                    return PhysicalUnits.kTJoules(kelvin) * 6.02214076e23 / 1000;
                default:
                    return PhysicalUnits.kTJoules(kelvin) * 6.02214076e23 / 4184;
            }
        }
    }

    /** Reads a JSON file: a suite result with both directions, or one work distribution (forward). */
    static WorkInput fromJson(Path file) {
        JsonNode root = Json.read(file);
        if (isSuiteResult(root)) {
            WorkDistribution f = distribution(root.path("forward").path("distribution"),
                    file + ": forward.distribution");
            WorkDistribution r = root.path("reverse").has("distribution")
                    ? distribution(root.path("reverse").path("distribution"), file + ": reverse.distribution")
                    : null;
            return of(f, r, file.toString());
        }
        if (Json.WORK_SCHEMA.equals(root.path("schema").asText())) {
            return of(distribution(root, file.toString()), null, file.toString());
        }
        throw new IllegalArgumentException(file + ": neither a " + Json.WORK_SCHEMA
                + " nor a suite result with forward.distribution");
    }

    /**
     * One direction from {@code file}: a {@value Json#WORK_SCHEMA} JSON file, or a text column in {@code unit} at
     * {@code kelvin}.
     */
    static WorkDistribution read(Path file, int column, Unit unit, double kelvin) {
        if (isJson(file)) {
            JsonNode root = Json.read(file);
            if (isSuiteResult(root)) {
                throw new IllegalArgumentException(file + ": a suite result holds both directions; give it as the"
                        + " JSON argument instead of --forward/--reverse");
            }
            return distribution(root, file.toString());
        }
        double kT = unit.kT(kelvin);
        double[] w = WorkFiles.readColumn(file, column);
        return new WorkDistribution(file.toString(), unit.label, kT, Samples.of(w), Samples.empty(), Samples.empty(),
                Samples.empty(), Provenance.unseeded(Map.of(), w.length));
    }

    /** JSON when the name ends in {@code .json} or the first non-blank character is a brace. */
    static boolean isJson(Path file) {
        if (file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while ((c = in.read()) >= 0) {
                if (!Character.isWhitespace(c) && c != '\uFEFF') {
                    return c == '{';
                }
            }
            return false;
        } catch (IOException e) {
            return false;       // the text reader reports the problem with the file's name
        }
    }

    private static boolean isSuiteResult(JsonNode root) {
        return root.has("forward") && root.path("forward").has("distribution");
    }

    private static WorkDistribution distribution(JsonNode tree, String source) {
        WorkDistribution d = Json.workDistributionFromTree(tree, source);
        WorkSamples.check(d.work().toArray(), source + ": work");
        return d;
    }

    /** Combines two distributions (either may be null, not both); units must agree. */
    static WorkInput of(WorkDistribution f, WorkDistribution r, String source) {
        WorkDistribution any = f != null ? f : r;
        if (f != null && r != null && (!f.energyUnit().equals(r.energyUnit())
                || Math.abs(f.kT() - r.kT()) > 1e-12 * f.kT())) {
            throw new IllegalArgumentException(source + ": forward and reverse units differ (" + f.energyUnit() + ", kT="
                    + f.kT() + " vs " + r.energyUnit() + ", kT=" + r.kT() + ")");
        }
        return new WorkInput(f == null ? null : f.workInKT().toArray(), r == null ? null : r.workInKT().toArray(),
                any.energyUnit(), any.kT(), source);
    }

    /** Number of forward samples (0 when there are none). */
    int forwardSize() {
        return forward == null ? 0 : forward.length;
    }

    /** Number of reverse samples (0 when there are none). */
    int reverseSize() {
        return reverse == null ? 0 : reverse.length;
    }

    /** True when the input unit is kT itself. */
    boolean reduced() {
        return kT == 1.0 && unit.toLowerCase(Locale.ROOT).equals("kt");
    }
}
