package org.thermolearn.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import org.thermolearn.core.Json;
import org.thermolearn.core.PhysicalUnits;
import org.thermolearn.core.WorkDistribution;
import org.thermolearn.core.WorkFiles;

/**
 * Forward and (optional) reverse work for {@code thermolearn estimate}, reduced to kT, with the energy unit and kT
 * of the input so that results can be reported in both.
 *
 * <p>Sources: a thermolearn JSON file (a {@code thermolearn/work-distribution}, or a suite result holding
 * {@code forward.distribution} and {@code reverse.distribution}, such as {@code trap-stiffness.json}), or text
 * files read by {@link WorkFiles} in kT or in a physical unit with a temperature. Immutable.
 *
 * <pre>{@code
 * WorkInput.fromJson(Path.of("trap-stiffness.json"));
 * }</pre>
 *
 * @param forward forward work in kT
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
        if (root.has("forward") && root.path("forward").has("distribution")) {
            WorkDistribution f = Json.workDistributionFromTree(root.path("forward").path("distribution"),
                    file + ": forward.distribution");
            WorkDistribution r = root.path("reverse").has("distribution")
                    ? Json.workDistributionFromTree(root.path("reverse").path("distribution"),
                            file + ": reverse.distribution")
                    : null;
            return of(f, r, file.toString());
        }
        if (Json.WORK_SCHEMA.equals(root.path("schema").asText())) {
            return of(Json.workDistributionFromTree(root, file.toString()), null, file.toString());
        }
        throw new IllegalArgumentException(file + ": neither a " + Json.WORK_SCHEMA
                + " nor a suite result with forward.distribution");
    }

    /** Combines two distributions (reverse may be null); units must agree. */
    static WorkInput of(WorkDistribution f, WorkDistribution r, String source) {
        if (r != null && (!f.energyUnit().equals(r.energyUnit())
                || Math.abs(f.kT() - r.kT()) > 1e-12 * f.kT())) {
            throw new IllegalArgumentException(source + ": forward and reverse units differ (" + f.energyUnit() + ", kT="
                    + f.kT() + " vs " + r.energyUnit() + ", kT=" + r.kT() + ")");
        }
        return new WorkInput(f.workInKT().toArray(), r == null ? null : r.workInKT().toArray(), f.energyUnit(),
                f.kT(), source);
    }

    /** Reads text columns in {@code unit} at {@code kelvin} (NaN allowed only for kT). */
    static WorkInput fromText(Path forward, Path reverse, int column, Unit unit, double kelvin) {
        double kT = unit.kT(kelvin);
        double[] f = scale(WorkFiles.readColumn(forward, column), kT);
        double[] r = reverse == null ? null : scale(WorkFiles.readColumn(reverse, column), kT);
        String src = forward + (reverse == null ? "" : " and " + reverse);
        return new WorkInput(f, r, unit.label, kT, src);
    }

    private static double[] scale(double[] w, double kT) {
        for (int i = 0; i < w.length; i++) {
            w[i] /= kT;
        }
        return w;
    }

    /** The forward work as a distribution in the input unit (for combining two JSON files). */
    WorkDistribution toDistribution() {
        double[] w = forward.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= kT;
        }
        WorkDistribution d = WorkDistribution.of(source, w);
        return new WorkDistribution(source, unit, kT, d.work(), d.heat(), d.deltaE(), d.entropyProduction(),
                d.provenance());
    }

    /** True when the input unit is kT itself. */
    boolean reduced() {
        return kT == 1.0 && unit.toLowerCase(Locale.ROOT).equals("kt");
    }
}
