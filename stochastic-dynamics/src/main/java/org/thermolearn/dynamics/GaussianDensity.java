package org.thermolearn.dynamics;

/**
 * The Gaussian density {@code N(m, s)} of an overdamped particle in a harmonic trap under the exact propagator,
 * followed step by step: a lambda jump leaves it unchanged, a relaxation step at fixed lambda maps
 * {@code m -> c + (m - c) a}, {@code s -> s a^2 + (kT/k)(1 - a^2)}, {@code a = exp(-k dt/gamma)}.
 *
 * <p>Mutable, one per trajectory, one thread.
 */
final class GaussianDensity {
    private double mean;
    private double variance;
    private double cachedK = Double.NaN;
    private double decay;

    GaussianDensity(InitialCondition.Gaussian start) {
        this.mean = start.mean();
        this.variance = start.variance();
    }

    void relax(HarmonicTrap trap, double lambda, LangevinParameters p) {
        double k = trap.stiffnessAt(lambda);
        double c = trap.centreAt(lambda);
        if (k != cachedK) {
            decay = Math.exp(-k * p.dt() / p.gamma());
            cachedK = k;
        }
        double a = decay;
        mean = c + (mean - c) * a;
        variance = variance * a * a + p.kT() / k * (1 - a * a);
    }

    /** {@code ln p(x)}. */
    double logDensity(double x) {
        double d = x - mean;
        return -0.5 * d * d / variance - 0.5 * Math.log(2 * Math.PI * variance);
    }
}
