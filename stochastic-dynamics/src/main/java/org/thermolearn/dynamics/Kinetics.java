package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Checks;
import org.thermolearn.core.internal.LogSpace;

/**
 * A rule that turns state energies into rates obeying local detailed balance
 * {@code w_ij / w_ji = exp(-(E_j - E_i)/kT)}, so that the Boltzmann distribution is stationary and every jump's heat
 * into the bath is {@code E_i - E_j}.
 *
 * <p>Catalogue: {@link #arrhenius} (barrier crossing, Kramers/Eyring form), {@link #metropolis} and
 * {@link #glauber} (heat-bath). Edges are given by a symmetric matrix of barriers or attempt rates; an absent edge
 * is {@code +Infinity} (barrier) or {@code 0} (attempt rate). Implementations are immutable and thread-safe.
 * References: Metropolis et al. 1953, doi:10.1063/1.1699114; Glauber 1963, doi:10.1063/1.1703954.
 *
 * <pre>{@code
 * double[][] a = {{0, 1}, {1, 0}};
 * Kinetics.glauber(a).rates(new double[] {0, 1.5}, 1.0);   // 0 -> 1 at 1/(1+e^1.5), 1 -> 0 at 1/(1+e^-1.5)
 * }</pre>
 *
 * @since 1.0
 */
@FunctionalInterface
public interface Kinetics {
    /**
     * The rates for the given energies.
     *
     * @param energies state energies (Not modified), finite
     * @param kT thermal energy in the same unit, > 0
     */
    RateMatrix rates(double[] energies, double kT);

    /**
     * Arrhenius rates {@code w_ij = nu exp(-(B_ij - E_i)/kT)} over a transition state of energy {@code B_ij = B_ji}.
     *
     * @param barriers symmetric transition-state energies (Not modified); {@code +Infinity} means no edge
     * @param attemptFrequency prefactor {@code nu} per unit time, > 0
     */
    static Kinetics arrhenius(double[][] barriers, double attemptFrequency) {
        double[][] b = symmetric(barriers, "barriers", true);
        Checks.positiveFinite(attemptFrequency, "attemptFrequency");
        return (e, kT) -> build(b, e, kT, (bij, ei, ej) -> bij == Double.POSITIVE_INFINITY ? 0
                : attemptFrequency * Math.exp(-(bij - ei) / kT));
    }

    /**
     * Metropolis rates {@code w_ij = a_ij min(1, exp(-(E_j - E_i)/kT))}.
     *
     * @param attemptRates symmetric attempt rates {@code a_ij >= 0} (Not modified); 0 means no edge
     */
    static Kinetics metropolis(double[][] attemptRates) {
        double[][] a = symmetric(attemptRates, "attemptRates", false);
        return (e, kT) -> build(a, e, kT, (aij, ei, ej) -> aij * Math.min(1.0, Math.exp(-(ej - ei) / kT)));
    }

    /**
     * Glauber (heat-bath) rates {@code w_ij = a_ij / (1 + exp((E_j - E_i)/kT))}, computed without overflow.
     *
     * @param attemptRates symmetric attempt rates {@code a_ij >= 0} (Not modified); 0 means no edge
     */
    static Kinetics glauber(double[][] attemptRates) {
        double[][] a = symmetric(attemptRates, "attemptRates", false);
        return (e, kT) -> build(a, e, kT, (aij, ei, ej) -> aij * LogSpace.sigmoid(-(ej - ei) / kT));
    }

    /** One edge's rate from its parameter and the two energies. */
    @FunctionalInterface
    interface EdgeRate {
        /** The rate {@code i -> j}. */
        double rate(double parameter, double energyFrom, double energyTo);
    }

    private static RateMatrix build(double[][] param, double[] energies, double kT, EdgeRate rule) {
        Checks.positiveFinite(kT, "kT");
        Checks.allFinite(energies, "energies");
        int n = param.length;
        if (energies.length != n) {
            throw new IllegalArgumentException("energies must have " + n + " entries, got " + energies.length);
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = i == j ? 0 : rule.rate(param[i][j], energies[i], energies[j]);
            }
        }
        return RateMatrix.of(w);
    }

    private static double[][] symmetric(double[][] m, String name, boolean infinityAllowed) {
        if (Checks.notNull(m, name).length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        double[][] copy = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null || m[i].length != m.length) {
                throw new IllegalArgumentException(name + " must be square, row " + i + " is not");
            }
            for (int j = 0; j < m.length; j++) {
                double v = m[i][j];
                boolean ok = i == j || v == m[j][i] && (infinityAllowed ? !Double.isNaN(v) : v >= 0 && Double.isFinite(v));
                if (!ok) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] = " + v + " must be "
                            + (infinityAllowed ? "a number or +Infinity" : ">= 0 and finite") + " and equal "
                            + name + "[" + j + "][" + i + "] = " + m[j][i]);
                }
                copy[i][j] = i == j ? 0 : v;
            }
        }
        return copy;
    }
}
