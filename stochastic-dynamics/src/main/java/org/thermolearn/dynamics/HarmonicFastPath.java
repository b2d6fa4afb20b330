package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;

/**
 * The hot loop of {@link OverdampedLangevin} specialised to a 1-D {@link HarmonicTrap} with Euler-Maruyama or the
 * exact propagator: the same arithmetic in the same order as the general loop (so results are bit-identical, which
 * a test checks), with the configuration in a local variable, the trap's parameters hoisted and the noise
 * amplitude computed once. No allocation, no boxing. {@link #runLanes} advances {@value #LANES} trajectories of
 * the same protocol side by side: each trajectory's update is a chain of dependent floating-point operations (about
 * 15 cycles a step), so one trajectory at a time waits on latency; four independent chains fill the pipeline. Each
 * lane does the same arithmetic in the same order as {@link #run} with its own stream, so the results are
 * bit-identical to running the trajectories one by one.
 *
 * <p>Stateless; thread-safe.
 */
final class HarmonicFastPath {
    /** Trajectories advanced side by side by {@link #runLanes}. */
    static final int LANES = 8;
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
     * Runs {@value #LANES} trajectories from {@code x0[l]} at {@code lambda(0)}, lane l drawing from
     * {@code rng[l]}, and returns false (results unusable) as soon as a lane's energy is not finite: the caller
     * then reruns the trajectories one by one with {@link #run}, which names the step.
     *
     * @param x0 initial positions, one per lane (Not modified)
     * @param rng one stream per lane (Modified: advanced)
     * @param density the exact density shared by every lane (all lanes start from the same distribution), or null
     *     (Modified)
     * @param out {@code out[4 l + m]}: work, heat, energy change and final x of lane l (Modified)
     */
    static boolean runLanes(HarmonicTrap trap, double[] lambdas, LangevinParameters p, boolean exact, double[] x0,
            RandomGenerator[] rng, GaussianDensity density, double[] out) {
        int steps = lambdas.length - 1;
        double mobilityDt = p.dt() / p.gamma();
        double noise = Math.sqrt(2 * p.kT() * mobilityDt);
        double lambda = lambdas[0];
        double k = trap.stiffnessAt(lambda);
        double c = trap.centreAt(lambda);
        double[] x = x0.clone();
        double[] energy = new double[LANES];
        double[] initialEnergy = new double[LANES];
        double[] work = new double[LANES];
        double[] heat = new double[LANES];
        for (int l = 0; l < LANES; l++) {
            double d0 = x[l] - c;
            energy[l] = 0.5 * k * d0 * d0;
            initialEnergy[l] = energy[l];
        }
        double cachedK = Double.NaN;
        double a = 0;
        double sd = 0;
        double[] gauss = new double[LANES * Math.min(steps, BLOCK)];
        int block = gauss.length / LANES;
        for (int n0 = 0; n0 < steps; n0 += block) {
            int m = Math.min(block, steps - n0);
            for (int l = 0; l < LANES; l++) {
                for (int i = 0; i < m; i++) {   // each lane's draws in its own order, before the arithmetic
                    gauss[i * LANES + l] = rng[l].nextGaussian();
                }
            }
            for (int i = 0; i < m; i++) {
                double next = lambdas[n0 + i + 1];
                boolean jump = next != lambda;
                if (jump) {
                    k = trap.stiffnessAt(next);
                    c = trap.centreAt(next);
                    lambda = next;
                }
                if (exact && k != cachedK) {
                    a = Math.exp(-k * p.dt() / p.gamma());
                    cachedK = k;
                    sd = Math.sqrt(p.kT() / k * (1 - a * a));
                }
                for (int l = 0; l < LANES; l++) {
                    double xl = x[l];
                    double el = energy[l];
                    if (jump) {
                        double d = xl - c;
                        double shifted = 0.5 * k * d * d;
                        work[l] += shifted - el;
                        el = shifted;
                    }
                    double g = gauss[i * LANES + l];
                    double xn = exact ? c + (xl - c) * a + sd * g
                            : xl + (-(k * (xl - c)) * mobilityDt + noise * g);   // as run(): x += -grad dt/gamma + ..
                    double d = xn - c;
                    double relaxed = 0.5 * k * d * d;
                    heat[l] += el - relaxed;
                    energy[l] = relaxed;
                    x[l] = xn;
                }
                if (density != null) {
                    density.relax(trap, lambda, p);
                }
            }
            for (int l = 0; l < LANES; l++) {   // a non-finite energy leaves the heat non-finite from then on
                if (!Double.isFinite(heat[l]) || !Double.isFinite(energy[l])) {
                    return false;
                }
            }
        }
        for (int l = 0; l < LANES; l++) {
            out[4 * l] = work[l];
            out[4 * l + 1] = heat[l];
            out[4 * l + 2] = energy[l] - initialEnergy[l];
            out[4 * l + 3] = x[l];
        }
        return true;
    }
}
