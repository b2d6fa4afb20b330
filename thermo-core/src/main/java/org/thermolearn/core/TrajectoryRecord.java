package org.thermolearn.core;

/**
 * The thermodynamic ledger of one trajectory.
 *
 * <p>Signs (Seifert): {@code work} is done on the system, {@code heat} is dissipated into the bath, and the first
 * law {@code work = deltaE + heat} closes per trajectory to round-off. Energies are in the simulation's energy
 * unit; {@code entropyProduction} is the total entropy production {@code ds_sys + heat/kT} in units of k_B, or
 * NaN when the process does not know {@code p(x,t)} (then {@link #hasEntropyProduction()} is false). Immutable.
 *
 * <pre>{@code
 * var r = TrajectoryRecord.of(1.5, 1.0, 0.5);
 * r.firstLawResidual();   // 0.0
 * }</pre>
 *
 * @param work work done on the system
 * @param heat heat dissipated into the bath
 * @param deltaE change of the system's energy
 * @param entropyProduction total entropy production in k_B, NaN if unknown
 * @since 1.0
 */
public record TrajectoryRecord(double work, double heat, double deltaE, double entropyProduction) {

    /** A ledger without entropy production. */
    public static TrajectoryRecord of(double work, double heat, double deltaE) {
        return new TrajectoryRecord(work, heat, deltaE, Double.NaN);
    }

    /** Whether the total entropy production is known. */
    public boolean hasEntropyProduction() {
        return !Double.isNaN(entropyProduction);
    }

    /** {@code work - deltaE - heat}: zero up to round-off. */
    public double firstLawResidual() {
        return work - deltaE - heat;
    }
}
