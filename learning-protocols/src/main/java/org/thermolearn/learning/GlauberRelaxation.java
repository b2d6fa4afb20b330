package org.thermolearn.learning;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.thermolearn.core.internal.Checks;

/**
 * Glauber-rate jump process for a fixed time: {@code K = exp(L t)} with {@code L = D^{-1/2} S D^{1/2}},
 * {@code S} symmetric ({@code D = diag(p_eq)}), exponentiated by eigen-decomposition. Immutable and thread-safe.
 *
 * @param rate attempt rate, > 0
 * @param duration time per step, >= 0
 */
record GlauberRelaxation(double rate, double duration) implements Relaxation {
    GlauberRelaxation {
        Checks.positiveFinite(rate, "rate");
        Checks.nonNegativeFinite(duration, "duration");
    }

    @Override
    public double[][] kernel(double[] energies) {
        Checks.nonEmptyFinite(energies, "energies");
        int n = energies.length;
        double[] peq = Relaxation.boltzmann(energies);
        double[][] sym = new double[n][n];
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                if (s != t) {
                    double w = rate / (1 + Math.exp(energies[t] - energies[s]));
                    sym[s][t] = w * Math.sqrt(peq[s] / peq[t]);
                    sym[s][s] -= w;
                }
            }
        }
        for (int s = 0; s < n; s++) {             // exact symmetry against round-off
            for (int t = 0; t < s; t++) {
                double m = 0.5 * (sym[s][t] + sym[t][s]);
                sym[s][t] = m;
                sym[t][s] = m;
            }
        }
        return exponential(sym, peq);
    }

    private double[][] exponential(double[][] sym, double[] peq) {
        int n = peq.length;
        var eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(sym, false));
        double[] lambda = eig.getEigenvalues();
        var v = eig.getV();
        double[][] k = new double[n][n];
        for (int s = 0; s < n; s++) {
            double rowSum = 0;
            for (int t = 0; t < n; t++) {
                double e = 0;
                for (int m = 0; m < n; m++) {
                    e += v.getEntry(s, m) * Math.exp(lambda[m] * duration) * v.getEntry(t, m);
                }
                k[s][t] = Math.max(0, e * Math.sqrt(peq[t] / peq[s]));
                rowSum += k[s][t];
            }
            for (int t = 0; t < n; t++) {
                k[s][t] /= rowSum;
            }
        }
        return k;
    }

    @Override
    public String description() {
        return "Glauber jump process, rate " + rate + ", duration " + duration;
    }
}
