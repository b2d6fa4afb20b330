package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;

/**
 * One step of overdamped Langevin dynamics {@code gamma dx = -dU/dx dt + sqrt(2 gamma kT) dB} at fixed lambda.
 *
 * <p>The heat of the step is booked by the caller as the energy lost at fixed lambda,
 * {@code Q = U(x_n, lambda) - U(x_{n+1}, lambda)}: the Stratonovich integral {@code -int dU/dx o dx} along the
 * straight segment from {@code x_n} to {@code x_{n+1}}, exact for that segment, so the first law closes to
 * round-off. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * OverdampedScheme s = OverdampedScheme.eulerMaruyama();
 * }</pre>
 *
 * @since 1.0
 */
public interface OverdampedScheme {
    /**
     * Advances {@code x} by one time step at fixed {@code lambda}.
     *
     * @param potential the potential
     * @param x configuration (Modified)
     * @param lambda the protocol parameter, fixed during the step
     * @param p time step, friction, temperature
     * @param rng the trajectory's random stream
     * @param scratch work array of length {@code potential.dimension()} (Modified)
     */
    void advance(Potential potential, double[] x, double lambda, LangevinParameters p, RandomGenerator rng,
            double[] scratch);

    /** Whether this scheme can integrate {@code potential}. */
    default boolean supports(Potential potential) {
        return true;
    }

    /** Name for provenance. */
    String name();

    /** Euler-Maruyama: {@code x' = x - dU/dx dt/gamma + sqrt(2 kT dt/gamma) xi}; weak order 1. */
    static OverdampedScheme eulerMaruyama() {
        return EulerMaruyama.INSTANCE;
    }

    /**
     * The exact Ornstein-Uhlenbeck propagator of a {@link HarmonicTrap}: {@code x' = c + (x - c) a +
     * sqrt(kT/k (1 - a^2)) xi} with {@code a = exp(-k dt / gamma)}; Jarzynski holds exactly at any time step.
     */
    static OverdampedScheme exactHarmonic() {
        return ExactHarmonic.INSTANCE;
    }

    /** Euler-Maruyama. */
    enum EulerMaruyama implements OverdampedScheme {
        /** The scheme. */
        INSTANCE;

        @Override
        public void advance(Potential potential, double[] x, double lambda, LangevinParameters p, RandomGenerator rng,
                double[] scratch) {
            potential.gradient(x, lambda, scratch);
            double mobilityDt = p.dt() / p.gamma();
            double noise = Math.sqrt(2 * p.kT() * mobilityDt);
            for (int i = 0; i < x.length; i++) {
                x[i] += -scratch[i] * mobilityDt + noise * rng.nextGaussian();
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** Exact propagator of a harmonic trap. */
    enum ExactHarmonic implements OverdampedScheme {
        /** The scheme. */
        INSTANCE;

        @Override
        public void advance(Potential potential, double[] x, double lambda, LangevinParameters p, RandomGenerator rng,
                double[] scratch) {
            HarmonicTrap trap = (HarmonicTrap) potential;
            double k = trap.stiffnessAt(lambda);
            double c = trap.centreAt(lambda);
            double a = Math.exp(-k * p.dt() / p.gamma());
            x[0] = c + (x[0] - c) * a + Math.sqrt(p.kT() / k * (1 - a * a)) * rng.nextGaussian();
        }

        @Override
        public boolean supports(Potential potential) {
            return potential instanceof HarmonicTrap;
        }
    }
}
