package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;

/**
 * The phase-space point and running ledger of one BAOAB trajectory; see {@link UnderdampedLangevin}. Mutable, one
 * per trajectory, one thread. The gradient at (x, lambda) is kept between steps and recomputed only after x or
 * lambda changed.
 */
final class BaoabState {
    final double[] x;
    final double[] v;
    private final double[] grad;
    private final Potential potential;
    private final double mass;
    private final double halfDt;
    private final double decay;
    private final double kick;
    private final double maxwellSd;
    private double lambda;
    private double potentialEnergy;
    private double kinetic;
    double protocolWork;
    double shadowWork;
    double heat;

    BaoabState(Potential potential, LangevinParameters p, double mass) {
        this.potential = potential;
        this.mass = mass;
        int d = potential.dimension();
        this.x = new double[d];
        this.v = new double[d];
        this.grad = new double[d];
        this.halfDt = 0.5 * p.dt();
        this.decay = Math.exp(-p.gamma() * p.dt() / mass);
        this.kick = Math.sqrt((1 - decay * decay) * p.kT() / mass);
        this.kinetic = Double.NaN;
        this.maxwellSd = Math.sqrt(p.kT() / mass);
    }

    void maxwell(RandomGenerator rng) {
        for (int i = 0; i < v.length; i++) {
            v[i] = maxwellSd * rng.nextGaussian();
        }
    }

    void begin(double lambda0) {
        lambda = lambda0;
        potentialEnergy = potential.energy(x, lambda);
        kinetic = kinetic();
        potential.gradient(x, lambda, grad);
    }

    double totalEnergy() {
        return potentialEnergy + kinetic;
    }

    /** Lambda jump at fixed (x, v); returns the new lambda. */
    double protocolStep(double next) {
        if (next != lambda) {
            double shifted = potential.energy(x, next);
            protocolWork += shifted - potentialEnergy;
            potentialEnergy = shifted;
            lambda = next;
            potential.gradient(x, lambda, grad);
        }
        return lambda;
    }

    /** B A O A B at fixed lambda. */
    void step(RandomGenerator rng) {
        kickB();
        driftA();
        double before = kinetic;
        for (int i = 0; i < v.length; i++) {
            v[i] = decay * v[i] + kick * rng.nextGaussian();
        }
        kinetic = kinetic();
        heat += before - kinetic;
        driftA();
        potential.gradient(x, lambda, grad);
        kickB();
    }

    private void kickB() {
        double f = halfDt / mass;
        for (int i = 0; i < v.length; i++) {
            v[i] -= f * grad[i];
        }
        double k = kinetic();
        shadowWork += k - kinetic;
        kinetic = k;
    }

    private void driftA() {
        for (int i = 0; i < x.length; i++) {
            x[i] += halfDt * v[i];
        }
        double u = potential.energy(x, lambda);
        shadowWork += u - potentialEnergy;
        potentialEnergy = u;
    }

    private double kinetic() {
        double s = 0;
        for (double vi : v) {
            s += vi * vi;
        }
        return 0.5 * mass * s;
    }
}
