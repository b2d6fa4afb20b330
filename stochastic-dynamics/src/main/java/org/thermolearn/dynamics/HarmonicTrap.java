package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.Checks;

/**
 * A 1-D harmonic trap {@code U = k/2 (x - c)^2} in which either the stiffness ({@code k = lambda}) or the centre
 * ({@code c = lambda}) follows the protocol.
 *
 * <p>Its Boltzmann distribution is Gaussian with mean {@code c} and variance {@code kT/k}, so equilibrium states
 * are sampled exactly and {@code F(lambda) = -(kT/2) ln(2 pi kT / k)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * var trap = HarmonicTrap.stiffness(0.0);
 * trap.freeEnergyDifference(1.0, 4.0, 1.0);   // (kT/2) ln 4 = 0.693...
 * }</pre>
 *
 * @param controlsStiffness true: lambda is the stiffness; false: lambda is the centre
 * @param fixed the parameter that stays fixed (the centre, or the stiffness)
 * @since 1.0
 */
public record HarmonicTrap(boolean controlsStiffness, double fixed) implements Potential {

    /** Validates the fixed parameter. */
    public HarmonicTrap {
        if (controlsStiffness) {
            Checks.finite(fixed, "centre");
        } else {
            Checks.positiveFinite(fixed, "stiffness");
        }
    }

    /** Trap whose stiffness is lambda, centred at {@code centre}. */
    public static HarmonicTrap stiffness(double centre) {
        return new HarmonicTrap(true, centre);
    }

    /** Trap of stiffness {@code stiffness} whose centre is lambda. */
    public static HarmonicTrap centre(double stiffness) {
        return new HarmonicTrap(false, stiffness);
    }

    /** Stiffness at {@code lambda}. */
    public double stiffnessAt(double lambda) {
        return controlsStiffness ? lambda : fixed;
    }

    /** Centre at {@code lambda}. */
    public double centreAt(double lambda) {
        return controlsStiffness ? fixed : lambda;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double energy(double[] x, double lambda) {
        double d = x[0] - centreAt(lambda);
        return 0.5 * stiffnessAt(lambda) * d * d;
    }

    @Override
    public void gradient(double[] x, double lambda, double[] out) {
        out[0] = stiffnessAt(lambda) * (x[0] - centreAt(lambda));
    }

    @Override
    public double lambdaDerivative(double[] x, double lambda) {
        double d = x[0] - centreAt(lambda);
        return controlsStiffness ? 0.5 * d * d : -fixed * d;
    }

    /**
     * Draws {@code x} from the Boltzmann distribution at {@code lambda}.
     *
     * @param x receives the sample (Modified)
     */
    public void sampleEquilibrium(double lambda, double kT, RandomGenerator rng, double[] x) {
        double k = Checks.positiveFinite(stiffnessAt(lambda), "stiffness");
        x[0] = centreAt(lambda) + Math.sqrt(kT / k) * rng.nextGaussian();
    }

    /** Exact {@code F(to) - F(from) = (kT/2) ln(k_to / k_from)}. */
    public double freeEnergyDifference(double from, double to, double kT) {
        return 0.5 * kT * Math.log(stiffnessAt(to) / stiffnessAt(from));
    }
}
