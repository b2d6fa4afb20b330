package org.thermolearn.core;

/**
 * Unit of an information measure: nats (natural logarithm, the library's unit) or bits.
 *
 * <p>{@code 1 bit = ln 2 nats}. Pass a unit to the {@link Information} overloads or convert a value in nats with
 * {@link #fromNats}; there is no global switch. Immutable and thread-safe.
 *
 * <pre>{@code
 * InformationUnit.BITS.fromNats(Math.log(2));   // 1.0
 * Information.entropy(InformationUnit.BITS, 0.5, 0.5);   // 1.0
 * }</pre>
 *
 * @since 1.0
 */
public enum InformationUnit {
    /** Natural units: logarithm base e. */
    NATS(1.0),
    /** Binary units: logarithm base 2. */
    BITS(Math.log(2));

    private final double natsPerUnit;

    InformationUnit(double natsPerUnit) {
        this.natsPerUnit = natsPerUnit;
    }

    /** Nats in one of this unit ({@code 1} or {@code ln 2}). */
    public double natsPerUnit() {
        return natsPerUnit;
    }

    /** A value in nats expressed in this unit. */
    public double fromNats(double nats) {
        return nats / natsPerUnit;
    }

    /** A value in this unit expressed in nats. */
    public double toNats(double value) {
        return value * natsPerUnit;
    }
}
