package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;

/**
 * The hot loop of {@link OverdampedLangevin} specialised to a 1-D {@link HarmonicTrap} with Euler-Maruyama or the
 * exact propagator: the same arithmetic in the same order as the general loop (so results are bit-identical, which
 * a test checks), with the configuration in a local variable, the trap's parameters hoisted and the noise
 * amplitude computed once. No allocation, no boxing.
 *
 * <p>{@link #runLanes} advances {@value HarmonicLanes#LANES} trajectories of the same protocol side by side
 * ({@link HarmonicLanes}, on SIMD registers where available): one trajectory's update is a chain of dependent
 * floating-point operations (about 15 cycles a step) that leaves the core waiting on latency, while the lanes are
 * independent. Each lane's Gaussian draws are taken ahead in blocks, in the lane's own order, and each lane does
 * the same arithmetic in the same order as {@link #run}, so the results are bit-identical to running the
 * trajectories one by one.
 *
 * <p>Stateless; thread-safe.
 */
final class HarmonicFastPath {
    /** Gaussian draws taken ahead per lane and block, so the arithmetic loop calls nothing. */
    private static final int BLOCK = 256;

    private HarmonicFastPath() {
    }

    /** Whether the fast path applies. */
    static boolean applies(Potential potential, OverdampedScheme scheme) {
        return potential instanceof HarmonicTrap
                && (scheme == OverdampedScheme.eulerMaruyama() || scheme == OverdampedScheme.exactHarmonic());
    }

    /**
     * Runs the steps from {@code x0} at {@code lambda(0)}.
     *
     * @param lambdas {@code lambda(n dt)} for n = 0..steps (Not modified)
     * @param out receives work, heat, final energy minus initial, final x (Modified)
     * @param density followed if not null (Modified)
     */
    static void run(HarmonicTrap trap, double[] lambdas, LangevinParameters p, boolean exact, double x0,
            RandomGenerator rng, GaussianDensity density, double[] out) {
        int steps = lambdas.length - 1;
        double dt = p.dt();
        double mobilityDt = dt / p.gamma();
        double noise = Math.sqrt(2 * p.kT() * mobilityDt);
        double lambda = lambdas[0];
        double k = trap.stiffnessAt(lambda);
        double c = trap.centreAt(lambda);
        double x = x0;
        double d0 = x - c;
        double energy = 0.5 * k * d0 * d0;
        double initialEnergy = energy;
        double work = 0;
        double heat = 0;
        double cachedK = Double.NaN;
        double a = 0;
        double sd = 0;
        for (int n = 0; n < steps; n++) {
            double next = lambdas[n + 1];
            if (next != lambda) {
                k = trap.stiffnessAt(next);
                c = trap.centreAt(next);
                double d = x - c;
                double shifted = 0.5 * k * d * d;
                work += shifted - energy;
                energy = shifted;
                lambda = next;
            }
            if (exact) {
                if (k != cachedK) {
                    a = Math.exp(-k * p.dt() / p.gamma());
                    cachedK = k;
                    sd = Math.sqrt(p.kT() / k * (1 - a * a));
                }
                x = c + (x - c) * a + sd * rng.nextGaussian();
            } else {
                double grad = k * (x - c);
                x += -grad * mobilityDt + noise * rng.nextGaussian();
            }
            double d = x - c;
            double relaxed = 0.5 * k * d * d;
            heat += energy - relaxed;
            energy = relaxed;
            if (!Double.isFinite(energy)) {
                throw NonFiniteStateException.energy(n, energy, new double[] {x}, dt);
            }
            if (density != null) {
                density.relax(trap, lambda, p);
            }
        }
        out[0] = work;
        out[1] = heat;
        out[2] = energy - initialEnergy;
        out[3] = x;
    }

    /**
     * Runs {@value HarmonicLanes#LANES} trajectories from {@code x0[l]} at {@code lambda(0)}, lane l drawing from
     * {@code rng[l]}, and returns false (results unusable) after a block of steps in which a lane's energy went
     * non-finite: the caller then reruns the trajectories one by one with {@link #run}, which names the step.
     *
     * @param x0 initial positions, one per lane (Not modified)
     * @param rng one stream per lane (Modified: advanced)
     * @param density the exact density shared by every lane (all lanes start from the same distribution), or null
     *     (Modified)
     * @param out {@code out[4 l + m]}: work, heat, energy change and final x of lane l (Modified)
     */
    static boolean runLanes(HarmonicTrap trap, double[] lambdas, LangevinParameters p, boolean exact, double[] x0,
            RandomGenerator[] rng, GaussianDensity density, double[] out) {
        int lanes = HarmonicLanes.LANES;
        int steps = lambdas.length - 1;
        double mobilityDt = p.dt() / p.gamma();
        double noise = Math.sqrt(2 * p.kT() * mobilityDt);
        double lambda = lambdas[0];
        double k = trap.stiffnessAt(lambda);
        double c = trap.centreAt(lambda);
        HarmonicLanes s = HarmonicLanes.create();
        System.arraycopy(x0, 0, s.x, 0, lanes);
        s.jump(k, c);   // from zero energy: the initial energies, booked as work and taken back below
        double[] initialEnergy = s.work.clone();
        java.util.Arrays.fill(s.work, 0);
        double cachedK = Double.NaN;
        double a = 0;
        double sd = 0;
        double[] gauss = new double[lanes * Math.min(steps, BLOCK)];
        int block = gauss.length / lanes;
        for (int n0 = 0; n0 < steps; n0 += block) {
            int m = Math.min(block, steps - n0);
            draw(rng, gauss, m);
            for (int i = 0; i < m; i++) {
                double next = lambdas[n0 + i + 1];
                if (next != lambda) {
                    k = trap.stiffnessAt(next);
                    c = trap.centreAt(next);
                    lambda = next;
                    s.jump(k, c);
                }
                if (exact) {
                    if (k != cachedK) {
                        a = Math.exp(-k * p.dt() / p.gamma());
                        cachedK = k;
                        sd = Math.sqrt(p.kT() / k * (1 - a * a));
                    }
                    s.exact(k, c, a, sd, gauss, i * lanes);
                } else {
                    s.euler(k, c, mobilityDt, noise, gauss, i * lanes);
                }
                if (density != null) {
                    density.relax(trap, lambda, p);
                }
            }
            if (!s.finite()) {
                return false;
            }
        }
        for (int l = 0; l < lanes; l++) {
            out[4 * l] = s.work[l];
            out[4 * l + 1] = s.heat[l];
            out[4 * l + 2] = s.energy[l] - initialEnergy[l];
            out[4 * l + 3] = s.x[l];
        }
        return true;
    }

    /** {@code m} Gaussians per lane into {@code gauss[i * LANES + l]}, each lane's draws in its own order. */
    private static void draw(RandomGenerator[] rng, double[] gauss, int m) {
        int lanes = HarmonicLanes.LANES;
        for (int l = 0; l < lanes; l++) {
            for (int i = 0; i < m; i++) {
                gauss[i * lanes + l] = rng[l].nextGaussian();
            }
        }
    }
}
