package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;

/**
 * The BAOAB loop of {@link UnderdampedLangevin} specialised to a 1-D {@link HarmonicTrap}: the arithmetic of
 * {@link BaoabState} in the same order (bit-identical results, checked by a test) with the phase-space point and
 * ledger in local variables and lambda read from a precomputed table. No allocation, no boxing.
 *
 * <p>Stateless; thread-safe.
 */
final class HarmonicBaoab {
    private HarmonicBaoab() {
    }

    /**
     * @param lambdas {@code lambda(n dt)}, n = 0..steps (Not modified)
     * @param x0 initial position
     * @param v0 initial velocity
     * @return the ledger
     */
    static BaoabLedger run(HarmonicTrap trap, double[] lambdas, LangevinParameters p, double mass, double x0,
            double v0, RandomGenerator rng) {
        double halfDt = 0.5 * p.dt();
        double decay = Math.exp(-p.gamma() * p.dt() / mass);
        double kick = Math.sqrt((1 - decay * decay) * p.kT() / mass);
        double f = halfDt / mass;
        double lambda = lambdas[0];
        double k = trap.stiffnessAt(lambda);
        double c = trap.centreAt(lambda);
        double x = x0;
        double v = v0;
        double pe = energy(k, x - c);
        double kin = 0.5 * mass * (v * v);
        double grad = k * (x - c);
        double initial = pe + kin;
        double protocolWork = 0;
        double shadow = 0;
        double heat = 0;
        for (int n = 1; n < lambdas.length; n++) {
            double next = lambdas[n];
            if (next != lambda) {
                k = trap.stiffnessAt(next);
                c = trap.centreAt(next);
                double shifted = energy(k, x - c);
                protocolWork += shifted - pe;
                pe = shifted;
                lambda = next;
                grad = k * (x - c);
            }
            v -= f * grad;
            double k2 = 0.5 * mass * (v * v);
            shadow += k2 - kin;
            kin = k2;
            x += halfDt * v;
            double u = energy(k, x - c);
            shadow += u - pe;
            pe = u;
            double before = kin;
            v = decay * v + kick * rng.nextGaussian();
            kin = 0.5 * mass * (v * v);
            heat += before - kin;
            x += halfDt * v;
            u = energy(k, x - c);
            shadow += u - pe;
            pe = u;
            grad = k * (x - c);
            v -= f * grad;
            k2 = 0.5 * mass * (v * v);
            shadow += k2 - kin;
            kin = k2;
            if (!Double.isFinite(pe + kin)) {
                throw NonFiniteStateException.energy(n - 1, pe + kin, new double[] {x}, p.dt());
            }
        }
        return new BaoabLedger(protocolWork, shadow, heat, pe + kin - initial);
    }

    private static double energy(double k, double d) {
        return 0.5 * k * d * d;
    }
}
