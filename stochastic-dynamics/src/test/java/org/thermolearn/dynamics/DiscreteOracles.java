package org.thermolearn.dynamics;

/**
 * Exact mean work of the discrete process (exact Ornstein-Uhlenbeck propagator, lambda sampled at the right end of
 * each step) for harmonic traps started in equilibrium, by exact recursion of the Gaussian mean and variance.
 */
final class DiscreteOracles {
    private DiscreteOracles() {
    }

    /** Moving centre, stiffness k: variance stays kT/k, the mean lags; {@code <dW> = k/2 (c'-c)(c'+c-2m)}. */
    static double meanWorkCentre(Protocol p, double k, LangevinParameters par) {
        int steps = par.stepsFor(p.duration());
        double a = Math.exp(-k * par.dt() / par.gamma());
        double c = p.lambda(0);
        double m = c;
        double w = 0;
        for (int n = 0; n < steps; n++) {
            double next = p.lambda((n + 1) * par.dt());
            w += 0.5 * k * (next - c) * (next + c - 2 * m);
            c = next;
            m = c + (m - c) * a;
        }
        return w;
    }

    /** Stiffness protocol, centre 0: {@code <dW> = (k'-k)/2 <x^2>}, {@code <x^2> -> <x^2> a^2 + kT/k' (1-a^2)}. */
    static double meanWorkStiffness(Protocol p, LangevinParameters par) {
        int steps = par.stepsFor(p.duration());
        double k = p.lambda(0);
        double var = par.kT() / k;
        double w = 0;
        for (int n = 0; n < steps; n++) {
            double next = p.lambda((n + 1) * par.dt());
            w += 0.5 * (next - k) * var;
            k = next;
            double a = Math.exp(-k * par.dt() / par.gamma());
            var = var * a * a + par.kT() / k * (1 - a * a);
        }
        return w;
    }

    /** The closed form for a drag at speed v: {@code N d^2/2 + d^2 a/(1-a) [N - (1-a^N)/(1-a)]}. */
    static double dragClosedForm(double v, double dt, int steps) {
        double d = v * dt;
        double a = Math.exp(-dt);
        return steps * d * d / 2 + d * d * a / (1 - a) * (steps - (1 - Math.pow(a, steps)) / (1 - a));
    }
}
