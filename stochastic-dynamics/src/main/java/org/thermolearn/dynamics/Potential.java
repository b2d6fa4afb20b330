package org.thermolearn.dynamics;

/**
 * A potential energy {@code U(x, lambda)} of a configuration {@code x} (d dimensions) controlled by a protocol
 * parameter {@code lambda}.
 *
 * <p>Energies are in the simulation's energy unit (kT = 1 in reduced units). Implementations are immutable and
 * thread-safe; the hot-loop methods take caller-supplied arrays and allocate nothing. Work along a protocol is
 * {@code U(x, lambda_new) - U(x, lambda_old)} at fixed x (Seifert's sign: work done on the system); the static
 * factories below list the catalogue (type {@code Potential.<Tab>} in JShell).
 *
 * <p>Reference: U. Seifert, Rep. Prog. Phys. 75, 126001 (2012), doi:10.1088/0034-4885/75/12/126001.
 *
 * <pre>{@code
 * Potential trap = Potential.harmonicStiffness(0.0);   // U = lambda/2 x^2: lambda is the stiffness
 * trap.energy(new double[] {2.0}, 4.0);                 // 8.0
 * Potential well = Potential.doubleWell(5.0, 1.0);      // U = 5 ((x/1)^2 - 1)^2 - lambda x
 * Potential mine = Potential.of1d((x, l) -> Math.pow(x - l, 4), (x, l) -> 4 * Math.pow(x - l, 3),
 *     (x, l) -> -4 * Math.pow(x - l, 3));
 * Potential both = Potential.sum(well, Potential.tiltedPeriodic(1.0, 0.5));
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

    /**
     * A 1-D trap whose stiffness and centre both move linearly with lambda: {@code U = k(lambda)/2 (x -
     * c(lambda))^2}, {@code k = k0 + (k1 - k0) lambda}, {@code c = c0 + (c1 - c0) lambda} (lambda from 0 to 1);
     * {@code dU/dlambda = (k1 - k0)/2 (x - c)^2 - k (c1 - c0)(x - c)}. Integrate it with Euler-Maruyama,
     * Leimkuhler-Matthews or BAOAB.
     */
    static FunctionPotential harmonic(double k0, double k1, double c0, double c1) {
        org.thermolearn.core.internal.Checks.positiveFinite(k0, "k0");
        org.thermolearn.core.internal.Checks.positiveFinite(k1, "k1");
        org.thermolearn.core.internal.Checks.finite(c0, "c0");
        org.thermolearn.core.internal.Checks.finite(c1, "c1");
        double dk = k1 - k0;
        double dc = c1 - c0;
        return of1d((x, l) -> 0.5 * (k0 + dk * l) * (x - c0 - dc * l) * (x - c0 - dc * l),
                (x, l) -> (k0 + dk * l) * (x - c0 - dc * l),
                (x, l) -> 0.5 * dk * (x - c0 - dc * l) * (x - c0 - dc * l) - (k0 + dk * l) * dc * (x - c0 - dc * l))
                .named("harmonic trap k " + k0 + " -> " + k1 + ", centre " + c0 + " -> " + c1);
    }

    /**
     * A d-dimensional isotropic trap {@code U = k/2 |x - lambda e|^2} whose centre moves along the direction
     * {@code e} (normalised here) by the protocol parameter.
     */
    static MovingTrap movingTrap(double stiffness, double... direction) {
        return MovingTrap.of(stiffness, direction);
    }

    /**
     * A tilted double well {@code U = barrier ((x/minimum)^2 - 1)^2 - lambda x}: minima near {@code +-minimum},
     * barrier height {@code barrier} at zero tilt; lambda is the tilting force.
     */
    static DoubleWell doubleWell(double barrier, double minimum) {
        return new DoubleWell(barrier, minimum);
    }

    /**
     * A tilted periodic potential (Brownian ratchet/motor) {@code U = amplitude cos(2 pi x / period) - lambda x};
     * lambda is the constant force.
     */
    static TiltedPeriodic tiltedPeriodic(double amplitude, double period) {
        return new TiltedPeriodic(amplitude, period);
    }

    /** The sum of potentials of the same dimension, all driven by the same lambda. */
    static Potential sum(Potential... terms) {
        return SumPotential.of(terms);
    }

    /**
     * A d-dimensional potential from user functions (no allocation in the hot loop if the functions allocate
     * none).
     */
    static FunctionPotential of(int dimension, FunctionPotential.Energy energy, FunctionPotential.Gradient gradient,
            FunctionPotential.Energy lambdaDerivative) {
        return new FunctionPotential(dimension, energy, gradient, lambdaDerivative, "user potential");
    }

    /** A 1-D potential from {@code U(x, lambda)}, {@code dU/dx} and {@code dU/dlambda}. */
    static FunctionPotential of1d(java.util.function.DoubleBinaryOperator energy,
            java.util.function.DoubleBinaryOperator dUdx, java.util.function.DoubleBinaryOperator dUdlambda) {
        return FunctionPotential.oneDimensional(energy, dUdx, dUdlambda);
    }
}
