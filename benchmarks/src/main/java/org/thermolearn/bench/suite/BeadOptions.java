package org.thermolearn.bench.suite;

import picocli.CommandLine.Option;

/**
 * The bead and medium options of the optical-trap suites ({@code --temperature}, {@code --radius},
 * {@code --viscosity}), defaulting to a 1 um bead in water at 298 K.
 *
 * <pre>{@code
 * thermolearn run drag-trap --temperature 310 --radius 1.0 --viscosity 0.69
 * }</pre>
 *
 * @since 1.0
 */
public final class BeadOptions {
    @Option(names = "--temperature", description = "Temperature in K (default: ${DEFAULT-VALUE}).", defaultValue = "298")
    double temperature;
    @Option(names = "--radius", description = "Bead radius in um (default: ${DEFAULT-VALUE}).", defaultValue = "0.5")
    double radius;
    @Option(names = "--viscosity", description = "Viscosity in mPa s (default: ${DEFAULT-VALUE}).", defaultValue = "0.89")
    double viscosity;

    /** The bead in simulation units; validates the three options. */
    public OpticalTrap trap() {
        return OpticalTrap.of(temperature, radius, viscosity);
    }

    /** Writes the three options into a suite's parameters. */
    void describe(com.fasterxml.jackson.databind.node.ObjectNode parameters) {
        parameters.put("temperature_K", temperature).put("beadRadius_um", radius).put("viscosity_mPa_s", viscosity);
    }
}
