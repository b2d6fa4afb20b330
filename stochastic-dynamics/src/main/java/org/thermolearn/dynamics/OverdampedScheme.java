package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;

/**
 * One step of overdamped Langevin dynamics {@code gamma dx = -dU/dx dt + sqrt(2 gamma kT) dB} at fixed lambda.
 *
 * <p>The heat of the step is booked by the caller as the energy lost at fixed lambda,
 * {@code Q = U(x_n, lambda) - U(x_{n+1}, lambda)}: the Stratonovich integral {@code -int dU/dx o dx} along the
 * straight segment from {@code x_n} to {@code x_{n+1}}, exact for that segment, so the first law closes to
 * round-off. (The Itô product {@code -dU/dx(x_n) (x_{n+1} - x_n)} would be wrong by {@code kT dt U''/gamma} per
 * step on average.) Per-trajectory state (the previous noise of Leimkuhler-Matthews, cached propagator constants)
 * lives in the caller's scratch array of length {@link #scratchLength}. Implementations are immutable and
 * thread-safe.
 *
 * <p>References: B. Leimkuhler and C. Matthews, Appl. Math. Res. Express 2013, 34 (2013),
 * doi:10.1093/amrx/abs010; G. E. Uhlenbeck and L. S. Ornstein, Phys. Rev. 36, 823 (1930),
 * doi:10.1103/PhysRev.36.823.
 *
 * <pre>{@code
 * OverdampedScheme s = OverdampedScheme.leimkuhlerMatthews();
 * s.scratchLength(3);   // 6: gradient and previous noise
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
     * @param scratch per-trajectory work array of length {@link #scratchLength}, prepared by {@link #start}
     *     (Modified)
     */
    void advance(Potential potential, double[] x, double lambda, LangevinParameters p, RandomGenerator rng,
            double[] scratch);

    /** Length of the per-trajectory scratch array for a configuration of {@code dimension} coordinates. */
    default int scratchLength(int dimension) {
        return dimension;
    }

    /**
     * Prepares a trajectory's scratch array after its initial configuration was drawn (e.g. draws the first noise).
     *
     * @param rng the trajectory's stream
     * @param scratch the scratch array (Modified)
     */
    default void start(RandomGenerator rng, double[] scratch) {
    }

    /** Whether this scheme can integrate {@code potential}. */
    default boolean supports(Potential potential) {
        return true;
    }

    /** Name for provenance. */
    String name();

    /** Euler-Maruyama: {@code x' = x - dU/dx dt/gamma + sqrt(2 kT dt/gamma) xi}; weak order 1. */
    static OverdampedScheme eulerMaruyama() {
        return EulerMaruyama.EULER_MARUYAMA;
    }

    /**
     * Leimkuhler-Matthews: {@code x' = x - dU/dx dt/gamma + sqrt(2 kT dt/gamma) (xi_n + xi_{n+1})/2}; weak order 2
     * for stationary averages, exact stationary {@code <x^2>} for a harmonic trap at any stable dt.
     */
    static OverdampedScheme leimkuhlerMatthews() {
        return LeimkuhlerMatthews.LEIMKUHLER_MATTHEWS;
    }

    /**
     * The exact Ornstein-Uhlenbeck propagator of a {@link HarmonicTrap} or {@link MovingTrap}: {@code x' = c + (x - c) a +
     * sqrt(kT/k (1 - a^2)) xi} with {@code a = exp(-k dt / gamma)}; Jarzynski holds exactly at any time step.
     */
    static OverdampedScheme exactHarmonic() {
        return ExactHarmonic.EXACT_ORNSTEIN_UHLENBECK;
    }

    /** Euler-Maruyama. */
    enum EulerMaruyama implements OverdampedScheme {
        /** The scheme. */
        EULER_MARUYAMA;

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

    }

    /** Leimkuhler-Matthews (the "BAOAB limit" method); scratch holds the gradient and the previous noise. */
    enum LeimkuhlerMatthews implements OverdampedScheme {
        /** The scheme. */
        LEIMKUHLER_MATTHEWS;

        @Override
        public int scratchLength(int dimension) {
            return 2 * dimension;
        }

        @Override
        public void start(RandomGenerator rng, double[] scratch) {
            for (int i = scratch.length / 2; i < scratch.length; i++) {
                scratch[i] = rng.nextGaussian();
            }
        }

        @Override
        public void advance(Potential potential, double[] x, double lambda, LangevinParameters p, RandomGenerator rng,
                double[] scratch) {
            potential.gradient(x, lambda, scratch);
            double mobilityDt = p.dt() / p.gamma();
            double halfNoise = 0.5 * Math.sqrt(2 * p.kT() * mobilityDt);
            int d = x.length;
            for (int i = 0; i < d; i++) {
                double xi = rng.nextGaussian();
                x[i] += -scratch[i] * mobilityDt + halfNoise * (scratch[d + i] + xi);
                scratch[d + i] = xi;
            }
        }

    }

    /**
     * Exact propagator of a harmonic trap. Scratch holds the stiffness, decay factor {@code a} and noise amplitude
     * of the last step, so {@code exp} is evaluated only when the stiffness changes.
     */
    enum ExactHarmonic implements OverdampedScheme {
        /** The scheme. */
        EXACT_ORNSTEIN_UHLENBECK;

        @Override
        public int scratchLength(int dimension) {
            return 3;
        }

        @Override
        public void start(RandomGenerator rng, double[] scratch) {
            scratch[0] = Double.NaN;
        }

        @Override
        public void advance(Potential potential, double[] x, double lambda, LangevinParameters p, RandomGenerator rng,
                double[] scratch) {
            if (potential instanceof HarmonicTrap trap) {
                double k = trap.stiffnessAt(lambda);
                prepare(k, p, scratch);
                double c = trap.centreAt(lambda);
                x[0] = c + (x[0] - c) * scratch[1] + scratch[2] * rng.nextGaussian();
            } else {
                MovingTrap trap = (MovingTrap) potential;
                prepare(trap.stiffness(), p, scratch);
                for (int i = 0; i < x.length; i++) {
                    double c = lambda * trap.direction().get(i);
                    x[i] = c + (x[i] - c) * scratch[1] + scratch[2] * rng.nextGaussian();
                }
            }
        }

        private static void prepare(double k, LangevinParameters p, double[] scratch) {
            if (k != scratch[0]) {
                double a = Math.exp(-k * p.dt() / p.gamma());
                scratch[0] = k;
                scratch[1] = a;
                scratch[2] = Math.sqrt(p.kT() / k * (1 - a * a));
            }
        }

        @Override
        public boolean supports(Potential potential) {
            return potential instanceof HarmonicTrap || potential instanceof MovingTrap;
        }
    }
}
