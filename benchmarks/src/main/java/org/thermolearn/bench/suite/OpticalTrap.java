package org.thermolearn.bench.suite;

import org.thermolearn.core.PhysicalUnits;
import org.thermolearn.core.internal.Checks;

/**
 * A bead in an optical trap in water, converted to the simulation units of the Langevin suites: energies in kT,
 * lengths in um, times in ms.
 *
 * <p>Defaults used by the suites: a 1 um bead (radius 0.5 um) in water (0.89 mPa s) at 298 K; Stokes friction
 * {@code gamma = 6 pi eta r = 8.4 pN ms/um}, so a 1 pN/um trap relaxes in {@code tau = gamma/k = 8.4 ms}. Immutable.
 *
 * <pre>{@code
 * var t = OpticalTrap.of(298, 0.5, 0.89);
 * t.stiffness(1.0);   // 1 pN/um in kT/um^2, about 243
 * }</pre>
 *
 * @param temperature kelvin
 * @param radius bead radius in um
 * @param viscosity medium viscosity in mPa s
 * @since 1.0
 */
public record OpticalTrap(double temperature, double radius, double viscosity) {
    /** Validates the fields. */
    public OpticalTrap {
        Checks.positiveFinite(temperature, "--temperature");
        Checks.positiveFinite(radius, "--radius");
        Checks.positiveFinite(viscosity, "--viscosity");
    }

    /** The bead. */
    public static OpticalTrap of(double temperature, double radius, double viscosity) {
        return new OpticalTrap(temperature, radius, viscosity);
    }

    /** kT in pN um. */
    public double kTpNum() {
        return PhysicalUnits.kTJoules(temperature) * 1e18;
    }

    /** kT in zJ. */
    public double kTzJ() {
        return PhysicalUnits.kTZeptojoules(temperature);
    }

    /** Stokes friction in pN ms/um. */
    public double gammaPN() {
        return PhysicalUnits.stokesFriction(radius * 1e-6, viscosity * 1e-3) * 1e9;
    }

    /** Friction in kT ms/um^2 (simulation units). */
    public double gamma() {
        return gammaPN() / kTpNum();
    }

    /** A stiffness in pN/um converted to kT/um^2. */
    public double stiffness(double pNPerUm) {
        return pNPerUm / kTpNum();
    }
}
