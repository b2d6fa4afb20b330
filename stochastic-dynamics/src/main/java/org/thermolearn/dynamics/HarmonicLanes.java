package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Simd;

/**
 * The state of {@value #LANES} trajectories in a 1-D harmonic trap advanced side by side by
 * {@link HarmonicFastPath#runLanes}: position, energy, work and heat per lane, and the three operations of a step
 * (protocol jump at fixed x, Euler-Maruyama move, exact Ornstein-Uhlenbeck move). Each lane does the same IEEE
 * operations in the same order as the one-trajectory loop of {@link HarmonicFastPath#run}, so the results are
 * bit-identical to it. {@link #create} picks the SIMD twin ({@code SimdHarmonicLanes}) where
 * {@link Simd#enabled()}. Mutable; one thread.
 */
class HarmonicLanes {
    /** Trajectories side by side. */
    static final int LANES = 8;

    final double[] x = new double[LANES];
    final double[] energy = new double[LANES];
    final double[] work = new double[LANES];
    final double[] heat = new double[LANES];

    HarmonicLanes() {
    }

    /** Lanes on SIMD registers where available, else this scalar loop. */
    static HarmonicLanes create() {
        return Simd.enabled() && SimdHarmonicLanes.fits() ? new SimdHarmonicLanes() : new HarmonicLanes();
    }

    /** Protocol jump to stiffness {@code k}, centre {@code c} at fixed x: its energy change is work. */
    void jump(double k, double c) {
        for (int l = 0; l < LANES; l++) {
            double d = x[l] - c;
            double shifted = 0.5 * k * d * d;
            work[l] += shifted - energy[l];
            energy[l] = shifted;
        }
    }

    /** Euler-Maruyama move at fixed lambda, {@code x += -k (x - c) dt/gamma + noise g}; energy lost is heat. */
    void euler(double k, double c, double mobilityDt, double noise, double[] g, int off) {
        for (int l = 0; l < LANES; l++) {
            relax(l, k, c, x[l] + (-(k * (x[l] - c)) * mobilityDt + noise * g[off + l]));
        }
    }

    /** Exact Ornstein-Uhlenbeck move, {@code x = c + (x - c) a + sd g}; energy lost is heat. */
    void exact(double k, double c, double a, double sd, double[] g, int off) {
        for (int l = 0; l < LANES; l++) {
            relax(l, k, c, c + (x[l] - c) * a + sd * g[off + l]);
        }
    }

    private void relax(int l, double k, double c, double xn) {
        double d = xn - c;
        double relaxed = 0.5 * k * d * d;
        heat[l] += energy[l] - relaxed;
        energy[l] = relaxed;
        x[l] = xn;
    }

    /** Whether every lane's energy and heat are finite (a non-finite energy leaves the heat non-finite for good). */
    boolean finite() {
        for (int l = 0; l < LANES; l++) {
            if (!Double.isFinite(heat[l]) || !Double.isFinite(energy[l])) {
                return false;
            }
        }
        return true;
    }
}
