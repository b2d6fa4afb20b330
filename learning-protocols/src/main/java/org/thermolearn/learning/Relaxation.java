package org.thermolearn.learning;

/**
 * How a system relaxes at a fixed signal: a row-stochastic kernel {@code K[s][s']} over one step that satisfies
 * detailed balance with respect to the Boltzmann distribution {@code p_eq(s) ~ exp(-E(s))} of the energies it is
 * given (in kT), so that the relaxation never increases the non-equilibrium free energy.
 *
 * <p>Implementations are immutable and thread-safe. Users may plug in their own kernel; it must keep detailed
 * balance (the identity of Still et al. 2012 needs only that the relaxation happens at fixed signal, the bound on
 * the relaxation dissipation needs detailed balance).
 *
 * <pre>{@code
 * Relaxation.partial(0.5).kernel(new double[] {0, 2});      // [[1-r+r p0, r p1], [r p0, 1-r+r p1]]
 * Relaxation.glauber(1.0, 0.7).kernel(new double[] {0, 2}); // exp(L t) of Glauber rates
 * }</pre>
 *
 * @since 1.0
 */
public interface Relaxation {
    /**
     * The one-step transition kernel at fixed signal.
     *
     * @param energies {@code E(s)} in kT for the current signal state (Not modified)
     * @return a new row-stochastic matrix {@code K[s][s']}
     */
    double[][] kernel(double[] energies);

    /** A short description for reports and JSON. */
    String description();

    /**
     * With probability {@code r} the system is redrawn from equilibrium, otherwise it stays:
     * {@code K = (1 - r) I + r 1 p_eq^T} (the relaxation of Still et al. 2012).
     *
     * @param r relaxation probability in [0, 1]
     */
    static Relaxation partial(double r) {
        return new PartialRelaxation(r);
    }

    /**
     * A continuous-time Markov jump process with Glauber rates {@code w(s -> s') = rate / (1 + exp(E(s') - E(s)))}
     * between every pair of states, run for {@code duration}: {@code K = exp(L duration)}, computed exactly from the
     * symmetrised generator's eigen-decomposition.
     *
     * @param rate attempt rate, > 0
     * @param duration relaxation time per step, >= 0
     */
    static Relaxation glauber(double rate, double duration) {
        return new GlauberRelaxation(rate, duration);
    }

    /** Boltzmann distribution {@code exp(-E(s)) / Z} computed stably. */
    static double[] boltzmann(double[] energies) {
        double min = Double.POSITIVE_INFINITY;
        for (double e : energies) {
            min = Math.min(min, e);
        }
        double[] p = new double[energies.length];
        double z = 0;
        for (int s = 0; s < p.length; s++) {
            p[s] = Math.exp(-(energies[s] - min));
            z += p[s];
        }
        for (int s = 0; s < p.length; s++) {
            p[s] /= z;
        }
        return p;
    }
}
