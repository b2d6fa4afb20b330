package org.thermolearn.core;

import org.thermolearn.core.internal.Checks;

/**
 * SI constants and conversions between reduced units (energies in kT) and the units of single-molecule
 * experiments (zJ, pN, um, ms).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * PhysicalUnits.kTZeptojoules(298);                  // 4.114 zJ
 * PhysicalUnits.stokesFriction(0.5e-6, 0.89e-3);     // 8.39e-9 N s/m for a 1 um bead in water
 * }</pre>
 *
 * @since 1.0
 */
public final class PhysicalUnits {
    /** Boltzmann constant in J/K (exact, SI 2019). */
    public static final double BOLTZMANN = 1.380649e-23;
    /** Viscosity of water at 25 C in Pa s. */
    public static final double WATER_VISCOSITY_25C = 0.890e-3;

    private PhysicalUnits() {
    }

    /** Thermal energy {@code k_B T} in joules. */
    public static double kTJoules(double kelvin) {
        return BOLTZMANN * Checks.positiveFinite(kelvin, "temperature (K)");
    }

    /** Thermal energy {@code k_B T} in zeptojoules (1e-21 J). */
    public static double kTZeptojoules(double kelvin) {
        return kTJoules(kelvin) * 1e21;
    }

    /** Stokes friction {@code 6 pi eta r} in N s/m of a sphere of radius {@code r} (m) in viscosity {@code eta} (Pa s). */
    public static double stokesFriction(double radiusMetres, double viscosityPascalSeconds) {
        return 6 * Math.PI * Checks.positiveFinite(viscosityPascalSeconds, "viscosity")
                * Checks.positiveFinite(radiusMetres, "radius");
    }
}
