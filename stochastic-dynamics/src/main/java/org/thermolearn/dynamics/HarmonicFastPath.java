package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;

/**
 * The hot loop of {@link OverdampedLangevin} specialised to a 1-D {@link HarmonicTrap} with Euler-Maruyama or the
 * exact propagator: the same arithmetic in the same order as the general loop (so results are bit-identical, which
 * a test checks), with the configuration in a local variable, the trap's parameters hoisted and the noise
 * amplitude computed once. No allocation, no boxing.
 *
 * <p>Stateless; thread-safe.
 */
final class HarmonicFastPath {
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
}
