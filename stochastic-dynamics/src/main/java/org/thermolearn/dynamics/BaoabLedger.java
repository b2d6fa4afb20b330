package org.thermolearn.dynamics;

import org.thermolearn.core.TrajectoryRecord;

/**
 * The per-trajectory ledger of an underdamped BAOAB simulation: protocol work (lambda updates at fixed phase-space
 * point), shadow work (energy change of the deterministic B and A sub-steps, the integrator's error), heat (kinetic
 * energy lost in the O sub-steps, into the bath) and the total energy change; {@code deltaE = protocolWork +
 * shadowWork - heat} to round-off.
 *
 * <p>Immutable. Reference: D. A. Sivak, J. D. Chodera, G. E. Crooks, Phys. Rev. X 3, 011007 (2013),
 * doi:10.1103/PhysRevX.3.011007.
 *
 * <pre>{@code
 * var l = new BaoabLedger(1.0, 0.01, 0.5, 0.51);
 * l.toRecord().work();   // 1.01
 * }</pre>
 *
 * @param protocolWork work of the lambda updates
 * @param shadowWork energy change of the B and A sub-steps
 * @param heat heat dissipated into the bath by the O sub-steps
 * @param deltaE change of total (kinetic + potential) energy
 * @since 1.0
 */
public record BaoabLedger(double protocolWork, double shadowWork, double heat, double deltaE) {
    /** The record with {@code work = protocolWork + shadowWork}, the work that satisfies the fluctuation theorems. */
    public TrajectoryRecord toRecord() {
        return TrajectoryRecord.of(protocolWork + shadowWork, heat, deltaE);
    }

    /** {@code protocolWork + shadowWork - heat - deltaE}. */
    public double firstLawResidual() {
        return protocolWork + shadowWork - heat - deltaE;
    }
}
