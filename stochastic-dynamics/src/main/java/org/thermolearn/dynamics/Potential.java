package org.thermolearn.dynamics;

/**
 * A potential energy {@code U(x, lambda)} of a configuration {@code x} (d dimensions) controlled by a protocol
 * parameter {@code lambda}.
 *
 * <p>Energies are in the simulation's energy unit (kT = 1 in reduced units). Implementations are immutable and
 * thread-safe; the hot-loop methods take caller-supplied arrays and allocate nothing.
 *
 * <pre>{@code
 * Potential trap = Potential.harmonicStiffness(0.0);   // U = lambda/2 x^2: lambda is the stiffness
 * trap.energy(new double[] {2.0}, 4.0);                 // 8.0
 * }</pre>
 *
 * @since 1.0
 */
public interface Potential {
    /** Number of coordinates d. */
    int dimension();

    /**
     * {@code U(x, lambda)}.
     *
     * @param x configuration, length {@link #dimension()} (Not modified)
     */
    double energy(double[] x, double lambda);

    /**
     * The gradient {@code dU/dx}.
     *
     * @param x configuration (Not modified)
     * @param out receives the gradient, length {@link #dimension()} (Modified)
     */
    void gradient(double[] x, double lambda, double[] out);

    /**
     * {@code dU/dlambda} at fixed {@code x}.
     *
     * @param x configuration (Not modified)
     */
    double lambdaDerivative(double[] x, double lambda);

    /** A 1-D harmonic trap {@code U = lambda/2 (x - centre)^2} whose stiffness is the protocol parameter. */
    static HarmonicTrap harmonicStiffness(double centre) {
        return HarmonicTrap.stiffness(centre);
    }

    /** A 1-D harmonic trap {@code U = k/2 (x - lambda)^2} whose centre is the protocol parameter. */
    static HarmonicTrap harmonicCentre(double stiffness) {
        return HarmonicTrap.centre(stiffness);
    }
}
