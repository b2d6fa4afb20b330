package org.thermolearn.core;

import java.util.Map;
import org.thermolearn.core.internal.Checks;

/**
 * Per-trajectory work, heat, energy change and (where known) entropy production of an ensemble, with its energy
 * unit, thermal energy, protocol description and provenance. The type every suite exports as JSON.
 *
 * <p>Signs (Seifert): work done on the system, heat into the bath, {@code W = dE + Q}. All energies are in
 * {@code energyUnit}, in which the thermal energy is {@code kT} (so {@code beta W = work / kT}); entropy
 * production is in k_B. {@code heat}, {@code deltaE} and {@code entropyProduction} are either empty (unknown,
 * e.g. experimental pulling data) or as long as {@code work}. Immutable and thread-safe.
 *
 * <pre>{@code
 * var d = WorkDistribution.of("my pulling experiment", new double[] {1.2, 0.8, 1.9});
 * FreeEnergy.exp(d.workInKT().toArray());
 * Json.write(d, java.nio.file.Path.of("work.json"));
 * }</pre>
 *
 * @param protocol a description of the protocol, e.g. {@code "k: 1 -> 4 linear in 20 ms"}
 * @param energyUnit the unit of every energy, e.g. {@code "kT"} or {@code "zJ"}
 * @param kT the thermal energy in {@code energyUnit}
 * @param work work done on the system, one per trajectory
 * @param heat heat into the bath, empty or one per trajectory
 * @param deltaE energy change, empty or one per trajectory
 * @param entropyProduction total entropy production in k_B, empty or one per trajectory
 * @param provenance inputs that produced the data
 * @since 1.0
 */
public record WorkDistribution(String protocol, String energyUnit, double kT, Samples work, Samples heat,
        Samples deltaE, Samples entropyProduction, Provenance provenance) {

    /** Validates shapes and units. */
    public WorkDistribution {
        Checks.notNull(protocol, "protocol");
        Checks.notNull(energyUnit, "energyUnit");
        Checks.positiveFinite(kT, "kT");
        Checks.notNull(work, "work");
        if (work.isEmpty()) {
            throw new IllegalArgumentException("work must not be empty");
        }
        requireEmptyOrSized(heat, "heat", work.size());
        requireEmptyOrSized(deltaE, "deltaE", work.size());
        requireEmptyOrSized(entropyProduction, "entropyProduction", work.size());
        Checks.notNull(provenance, "provenance");
    }

    /** Work values alone, in kT (e.g. from an experiment). */
    public static WorkDistribution of(String protocol, double[] work) {
        return new WorkDistribution(protocol, "kT", 1.0, Samples.of(work), Samples.empty(), Samples.empty(),
                Samples.empty(), Provenance.unseeded(Map.of(), work.length));
    }

    /** Number of trajectories. */
    public int size() {
        return work.size();
    }

    /** Work divided by kT (dimensionless, beta W). */
    public Samples workInKT() {
        return work.scaled(1.0 / kT);
    }

    /** Heat divided by kT (the medium entropy change in k_B). */
    public Samples heatInKT() {
        return heat.scaled(1.0 / kT);
    }

    /** Largest first-law residual {@code |W - dE - Q|} over trajectories, 0 when heat or dE is unknown. */
    public double maxFirstLawResidual() {
        if (heat.isEmpty() || deltaE.isEmpty()) {
            return 0;
        }
        double max = 0;
        for (int i = 0; i < work.size(); i++) {
            max = Math.max(max, Math.abs(work.get(i) - deltaE.get(i) - heat.get(i)));
        }
        return max;
    }

    private static void requireEmptyOrSized(Samples s, String name, int n) {
        Checks.notNull(s, name);
        if (!s.isEmpty() && s.size() != n) {
            throw new IllegalArgumentException(name + " must be empty or have " + n + " samples (one per work value), got "
                    + s.size());
        }
    }

    @Override
    public String toString() {
        return String.format("WorkDistribution[%s, n=%d, <W>=%.6g %s, kT=%.6g %s]", protocol, size(), work.mean(),
                energyUnit, kT, energyUnit);
    }
}
