package org.thermolearn.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thermolearn.core.estimate.MbarCovariance;
import org.thermolearn.core.estimate.MbarSolver;

/**
 * The result of the multistate Bennett acceptance ratio (MBAR): reduced free energies of K states relative to
 * state 0, their asymptotic covariance, the overlap matrix and the solver's report.
 *
 * <p>Input {@code u_kn} holds the reduced energy {@code u_k(x_n) = beta U_k(x_n)} (in kT) of every pooled sample
 * {@code n} in every state {@code k}; {@code N_k} samples came from state {@code k} (their order does not matter;
 * {@code N_k = 0} is an unsampled state, estimated by reweighting). Free energies solve
 * {@code f_i = -ln sum_n exp(-u_in) / sum_k N_k exp(f_k - u_kn)}; errors come from
 * {@code Theta = W^T (I - W N W^T)^+ W}, {@code var(f_j - f_i) = Theta_ii + Theta_jj - 2 Theta_ij}. A solver that
 * did not converge is reported by {@link #converged()} and a {@link Warning.NotConverged}, never hidden.
 * Reference: M. R. Shirts and J. D. Chodera, J. Chem. Phys. 129, 124105 (2008), doi:10.1063/1.2978177.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * double[][] u = {{0, 0, 0.5, 0.1}, {0.3, 0.2, 0, 0}};   // 2 states x 4 samples (2 from each state)
 * Mbar m = FreeEnergy.mbar(u, new int[] {2, 2});
 * m.freeEnergies();    // [0, f_1 - f_0]
 * m.deltaF(0, 1);      // as a FreeEnergyEstimate with its error and warnings
 * }</pre>
 *
 * @since 1.0
 */
public final class Mbar {
    /** Below this overlap scalar the result carries a {@link Warning.PoorOverlap}. */
    public static final double MIN_OVERLAP = 0.03;
    /** Default relative gradient tolerance of the solver. */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Default iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    private final double[] f;
    private final double[] theta;
    private final double[] overlap;
    private final double[] eigenvalues;
    private final double[] ess;
    private final int[] nK;
    private final boolean converged;
    private final int newtonSteps;
    private final int selfConsistentSteps;
    private final double residual;
    private final List<Warning> warnings;

    private Mbar(MbarSolver s, boolean converged, int[] nK) {
        this.f = s.freeEnergies();
        this.nK = nK.clone();
        this.ess = new double[f.length];
        double[][] w = s.weights();
        for (int k = 0; k < f.length; k++) {
            double sq = 0;
            for (double v : w[k]) {
                sq += v * v;
            }
            ess[k] = 1.0 / sq;
        }
        MbarCovariance.Result cov = MbarCovariance.compute(w, nK);
        this.theta = cov.theta();
        this.overlap = cov.overlap();
        this.eigenvalues = cov.overlapEigenvalues();
        this.converged = converged;
        this.newtonSteps = s.newtonSteps();
        this.selfConsistentSteps = s.selfConsistentSteps();
        this.residual = s.residual();
        this.warnings = List.copyOf(collectWarnings());
    }

    /**
     * Solves MBAR.
     *
     * @param uKn reduced energies, K rows of N (Not modified)
     * @param nK samples per state, summing to N (Not modified)
     * @param tolerance relative gradient tolerance
     * @param maxIterations iteration limit
     * @throws IllegalArgumentException for inconsistent shapes, NaN or -Infinity energies (naming the index)
     */
    public static Mbar solve(double[][] uKn, int[] nK, double tolerance, int maxIterations) {
        MbarSolver s = new MbarSolver(uKn, nK, tolerance, maxIterations);
        boolean ok = s.solve();
        return new Mbar(s, ok, nK);
    }

    private List<Warning> collectWarnings() {
        List<Warning> out = new ArrayList<>();
        int minSampled = Arrays.stream(nK).filter(v -> v > 0).min().orElse(0);
        if (minSampled < FreeEnergy.MIN_SAMPLES) {
            out.add(new Warning.TooFewSamples(minSampled, FreeEnergy.MIN_SAMPLES));
        }
        double minEss = Arrays.stream(ess).min().orElse(0);
        if (minEss < FreeEnergy.MIN_EFFECTIVE_SAMPLE_SIZE) {
            out.add(new Warning.LowEffectiveSampleSize(minEss, FreeEnergy.MIN_EFFECTIVE_SAMPLE_SIZE));
        }
        if (f.length > 1 && !(overlap() >= MIN_OVERLAP)) {
            out.add(new Warning.PoorOverlap(overlap(), MIN_OVERLAP));
        }
        if (!converged) {
            out.add(new Warning.NotConverged(newtonSteps + selfConsistentSteps, residual));
        }
        return out;
    }

    /** Number of states K. */
    public int states() {
        return f.length;
    }

    /** Reduced free energies {@code f_k - f_0} in kT (a copy). */
    public double[] freeEnergies() {
        return f.clone();
    }

    /** Standard errors of {@code f_k - f_0} in kT (a copy; entry 0 is 0). */
    public double[] standardErrors() {
        double[] out = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            out[k] = differenceError(0, k);
        }
        return out;
    }

    /**
     * Standard error of {@code f_j - f_i} in kT.
     *
     * @throws IllegalArgumentException when {@code i} or {@code j} is not a state index in {@code [0, K-1]}
     */
    public double differenceError(int i, int j) {
        int k = f.length;
        checkState(i, "i");
        checkState(j, "j");
        double v = theta[i * k + i] + theta[j * k + j] - 2 * theta[i * k + j];
        return Math.sqrt(Math.max(0, v));
    }

    /** Matrix of {@link #differenceError(int, int)} (a copy). */
    public double[][] differenceErrors() {
        double[][] out = new double[f.length][f.length];
        for (int i = 0; i < f.length; i++) {
            for (int j = 0; j < f.length; j++) {
                out[i][j] = differenceError(i, j);
            }
        }
        return out;
    }

    /** Asymptotic covariance {@code Theta} of the reduced free energies, kT^2 (a copy). */
    public double[][] covariance() {
        return square(theta);
    }

    /**
     * {@code f_j - f_i} as an estimate with its standard error, n = N and this result's warnings.
     *
     * @throws IllegalArgumentException when {@code i} or {@code j} is not a state index in {@code [0, K-1]}
     */
    public FreeEnergyEstimate deltaF(int i, int j) {
        checkState(i, "i");
        checkState(j, "j");
        Map<String, Double> diag = new LinkedHashMap<>();
        diag.put("overlap", overlap());
        diag.put("effectiveSampleSize_" + i, ess[i]);
        diag.put("effectiveSampleSize_" + j, ess[j]);
        diag.put("newtonSteps", (double) newtonSteps);
        diag.put("selfConsistentSteps", (double) selfConsistentSteps);
        return new FreeEnergyEstimate(FreeEnergyEstimate.Method.MBAR, f[j] - f[i], differenceError(i, j),
                Arrays.stream(nK).asLongStream().sum(), diag, warnings);
    }

    /** Overlap matrix {@code O_ij = sum_n W_ni W_nj N_j} (rows sum to 1 for sampled states; a copy). */
    public double[][] overlapMatrix() {
        return square(overlap);
    }

    /** One minus the second-largest eigenvalue of the overlap matrix (1 for a single state). */
    public double overlap() {
        return eigenvalues.length < 2 ? 1.0 : Math.max(0, Math.min(1, 1 - eigenvalues[1]));
    }

    /** Kish effective sample size {@code 1 / sum_n W_nk^2} per state (a copy). */
    public double[] effectiveSampleSizes() {
        return ess.clone();
    }

    /** Samples per state (a copy). */
    public int[] sampleCounts() {
        return nK.clone();
    }

    /** True when the solver met its tolerance. */
    public boolean converged() {
        return converged;
    }

    /** Accepted Newton steps. */
    public int newtonSteps() {
        return newtonSteps;
    }

    /** Self-consistent steps. */
    public int selfConsistentSteps() {
        return selfConsistentSteps;
    }

    /** Final relative gradient {@code max_k |sum_n P_kn - N_k| / N_k}. */
    public double residual() {
        return residual;
    }

    /** Reasons not to trust the result; empty when reliable. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** True when there is no warning. */
    public boolean isReliable() {
        return warnings.isEmpty();
    }

    private void checkState(int index, String name) {
        if (index < 0 || index >= f.length) {
            throw new IllegalArgumentException(name + " must be a state index in [0, " + (f.length - 1) + "] (K = "
                    + f.length + "), got " + index);
        }
    }

    private double[][] square(double[] flat) {
        int k = f.length;
        double[][] out = new double[k][];
        for (int i = 0; i < k; i++) {
            out[i] = Arrays.copyOfRange(flat, i * k, (i + 1) * k);
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Mbar[K=").append(f.length).append(", f - f_0 = ");
        double[] se = standardErrors();
        for (int k = 0; k < f.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(String.format("%.6g +/- %.3g", f[k], se[k]));
        }
        sb.append(String.format(", overlap %.3g, %s", overlap(), converged ? "converged" : "NOT CONVERGED"));
        return sb.append(isReliable() ? ", reliable]" : ", " + warnings.size() + " warning(s)]").toString();
    }
}
