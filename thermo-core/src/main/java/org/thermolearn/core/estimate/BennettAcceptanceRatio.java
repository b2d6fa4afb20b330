package org.thermolearn.core.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thermolearn.core.FreeEnergyEstimate;
import org.thermolearn.core.Warning;
import org.thermolearn.core.internal.Checks;

/**
 * Bennett acceptance ratio (BAR) from forward work {@code W_F} (switch {@code 0 -> 1}) and reverse work
 * {@code W_R} (switch {@code 1 -> 0}), all in kT.
 *
 * <p>{@code dF} solves {@code sum_F f(M + W_F - dF) = sum_R f(-M + W_R + dF)} with the Fermi function
 * {@code f(x) = 1/(1 + e^x)} and {@code M = ln(n_F/n_R)}. It is found as the root of the increasing function
 * {@code g(x) = ln sum_F f(M + W_F - x) - ln sum_R f(-M + W_R + x)} by safeguarded Newton inside a bracket
 * (default) or by Bennett's self-consistent iteration {@code x <- x - g(x)}. Both sums are taken with a common
 * scale, so work values of thousands of kT neither overflow nor underflow. A {@code +Infinity} work is a sample of
 * zero weight that still counts in {@code n_F} or {@code n_R}.
 *
 * <p>Standard errors: Bennett's form {@code var = sum_F (f_i - mean f)^2/(sum_F f)^2 + (same for R)} (pymbar's
 * default, written without cancellation, so constant work gives exactly 0), and the MBAR form
 * {@code var = 1/(sum f(1-f)) - 1/n_F - 1/n_R}. The overlap {@code (1/n_F + 1/n_R) sum f(1-f)} is pymbar's
 * two-state overlap scalar; below {@value #MIN_OVERLAP} the estimate carries {@link Warning.PoorOverlap}.
 *
 * <p>Reference: C. H. Bennett, J. Comput. Phys. 22, 245 (1976), doi:10.1016/0021-9991(76)90078-4; M. R. Shirts
 * et al., Phys. Rev. Lett. 91, 140601 (2003), doi:10.1103/PhysRevLett.91.140601. Stateless and thread-safe.
 *
 * <pre>{@code
 * BennettAcceptanceRatio.estimate(new double[] {0.1, 0.4, 0.9, 1.3, 2.0, 2.2, 3.1, 0.7},
 *     new double[] {-0.5, 0.2, -1.1, 0.3, -0.2, 0.8}, BennettAcceptanceRatio.Options.defaults());
 * // dF = 0.695256 +/- 0.234
 * }</pre>
 *
 * @since 1.0
 */
public final class BennettAcceptanceRatio {
    /** Below this overlap the estimate carries a {@link Warning.PoorOverlap} (pymbar's rule of thumb). */
    public static final double MIN_OVERLAP = 0.03;
    /** Below this many samples per direction the estimate carries a {@link Warning.TooFewSamples}. */
    public static final int MIN_SAMPLES = 10;
    private static final double SCALE_THRESHOLD = -300;

    /** How the root is found. */
    public enum Solver {
        /** Safeguarded Newton in a bracket (fast, always converges). */
        NEWTON,
        /** Bennett's self-consistent iteration {@code x <- x - g(x)} (may need many iterations). */
        SELF_CONSISTENT
    }

    /** Which standard error the estimate reports (the other is in the diagnostics). */
    public enum ErrorForm {
        /** Bennett's form (pymbar's default). */
        BENNETT,
        /** The MBAR asymptotic form. */
        MBAR
    }

    /**
     * Solver options.
     *
     * @param solver root finder
     * @param errorForm reported standard error
     * @param tolerance relative tolerance on {@code dF}, in (0, 1e-3]
     * @param maxIterations iteration limit, >= 1
     */
    public record Options(Solver solver, ErrorForm errorForm, double tolerance, int maxIterations) {
        /** Validates. */
        public Options {
            Checks.notNull(solver, "solver");
            Checks.notNull(errorForm, "errorForm");
            if (!(tolerance > 0 && tolerance <= 1e-3)) {
                throw new IllegalArgumentException("tolerance must be in (0, 1e-3], got " + tolerance);
            }
            Checks.positive(maxIterations, "maxIterations");
        }

        /** Newton, Bennett error, tolerance 1e-14, 10 000 iterations. */
        public static Options defaults() {
            return new Options(Solver.NEWTON, ErrorForm.BENNETT, 1e-14, 10_000);
        }

        /** The same options with another solver. */
        public Options withSolver(Solver s) {
            return new Options(s, errorForm, tolerance, maxIterations);
        }

        /** The same options with another reported error form. */
        public Options withErrorForm(ErrorForm e) {
            return new Options(solver, e, tolerance, maxIterations);
        }
    }

    private BennettAcceptanceRatio() {
    }

    /**
     * BAR estimate of {@code dF = F_1 - F_0} in kT.
     *
     * @param forward forward work in kT (Not modified)
     * @param reverse reverse work in kT (Not modified)
     * @param options solver options
     * @throws IllegalArgumentException for empty arrays, NaN or {@code -Infinity} (naming the index), or a side
     *     whose every value is {@code +Infinity}
     */
    public static FreeEnergyEstimate estimate(double[] forward, double[] reverse, Options options) {
        double minF = WorkSamples.check(forward, "forward");
        double minR = WorkSamples.check(reverse, "reverse");
        Checks.notNull(options, "options");
        Root root = new Root(forward, reverse, minF, minR);
        double x0 = 0.5 * (WorkSamples.finiteMean(forward) - WorkSamples.finiteMean(reverse));
        boolean newton = options.solver() == Solver.NEWTON;
        double x = newton ? root.newton(x0, options) : root.selfConsistent(x0, options);
        return result(root, x, options);
    }

    private static FreeEnergyEstimate result(Root root, double x, Options options) {
        double[] f = root.errorSums(root.forward, x - root.m, root.minF);
        double[] r = root.errorSums(root.reverse, root.m - x, root.minR);
        double nrat = 1.0 / root.forward.length + 1.0 / root.reverse.length;
        double bennett = Math.sqrt(f[0] + r[0]);
        double curvature = f[1] + r[1];
        double overlap = Math.min(1.0, nrat * curvature);
        double mbarForm = Math.sqrt(Math.max(0, 1.0 / curvature - nrat));
        Map<String, Double> diag = new LinkedHashMap<>();
        diag.put("iterations", (double) root.iterations);
        diag.put("overlap", overlap);
        diag.put("bennettStandardError", bennett);
        if (Double.isFinite(mbarForm)) {
            diag.put("mbarFormStandardError", mbarForm);
        }
        List<Warning> warnings = new ArrayList<>();
        int nMin = Math.min(root.forward.length, root.reverse.length);
        if (nMin < MIN_SAMPLES) {
            warnings.add(new Warning.TooFewSamples(nMin, MIN_SAMPLES));
        }
        if (!(overlap >= MIN_OVERLAP)) {
            warnings.add(new Warning.PoorOverlap(overlap, MIN_OVERLAP));
        }
        if (!root.converged) {
            warnings.add(new Warning.NotConverged(root.iterations, root.residual));
        }
        boolean useMbar = options.errorForm() == ErrorForm.MBAR && Double.isFinite(mbarForm);
        // one sample on a side has no variance to estimate: the error is undefined, not zero
        double se = nMin < 2 ? Double.POSITIVE_INFINITY : useMbar ? mbarForm : bennett;
        return new FreeEnergyEstimate(FreeEnergyEstimate.Method.BAR, x, se,
                (long) root.forward.length + root.reverse.length, diag, warnings);
    }

    /** The root-finding state: data and the function {@code g}. */
    private static final class Root {
        final double[] forward;
        final double[] reverse;
        final double minF;
        final double minR;
        final double m;
        int iterations;
        boolean converged;
        double residual;
        private double derivative;

        Root(double[] forward, double[] reverse, double minF, double minR) {
            this.forward = forward;
            this.reverse = reverse;
            this.minF = minF;
            this.minR = minR;
            this.m = Math.log((double) forward.length / reverse.length);
        }

        /** g(x); also sets {@link #derivative}. */
        double g(double x) {
            iterations++;
            double[] f = new double[3];
            double[] r = new double[3];
            logSigmoidSum(forward, x - m, minF, f);
            logSigmoidSum(reverse, m - x, minR, r);
            derivative = 2 - f[1] - r[1];
            return f[0] - r[0];
        }

        /**
         * {@code out[0] = ln sum_i s(offset - w_i)} with the logistic {@code s}, {@code out[1] = sum s^2 / sum s}.
         */
        static void logSigmoidSum(double[] w, double offset, double wMin, double[] out) {
            double tMax = offset - wMin;
            double s1 = 0;
            double s2 = 0;
            if (tMax >= SCALE_THRESHOLD) {
                for (double wi : w) {
                    double s = 1.0 / (1.0 + Math.exp(wi - offset));
                    s1 += s;
                    s2 += s * s;
                }
                out[0] = Math.log(s1);
                out[1] = s2 / s1;
            } else {
                for (double wi : w) {
                    double t = offset - wi;
                    double s = Math.exp(t - tMax) / (1.0 + Math.exp(t));
                    s1 += s;
                    s2 += s * s;
                }
                out[0] = tMax + Math.log(s1);
                out[1] = Math.exp(tMax) * s2 / s1;
            }
        }

        /**
         * {@code [sum (s_i - mean s)^2 / (sum s)^2, sum s_i (1 - s_i)]} at the root, for the error bars.
         */
        double[] errorSums(double[] w, double offset, double wMin) {
            double scale = Math.min(0, offset - wMin);
            if (scale < SCALE_THRESHOLD) {
                return scaledErrorSums(w, offset, scale);
            }
            double ref = 1.0 / (1.0 + Math.exp(wMin - offset));
            double sum = 0;
            double sumSq = 0;
            double curvature = 0;
            for (double wi : w) {
                double e = Math.exp(wi - offset);
                double s = 1.0 / (1.0 + e);
                double d = s - ref;
                sum += d;
                sumSq += d * d;
                if (e != Double.POSITIVE_INFINITY) {
                    curvature += e * s * s;
                }
            }
            int n = w.length;
            double total = sum + n * ref;
            double ss = Math.max(0, sumSq - sum * sum / n);
            return new double[] {ss / (total * total), curvature};
        }

        /** The same sums when every logistic value is below e^-300 (two exponentials per sample, rare). */
        private static double[] scaledErrorSums(double[] w, double offset, double scale) {
            double sum = 0;
            for (double wi : w) {
                sum += Math.exp(offset - wi - scale) / (1.0 + Math.exp(offset - wi));
            }
            double mean = sum / w.length;
            double ss = 0;
            double curvature = 0;
            for (double wi : w) {
                double t = offset - wi;
                double s = Math.exp(t - scale) / (1.0 + Math.exp(t));
                ss += (s - mean) * (s - mean);
                curvature += 1.0 / ((1.0 + Math.exp(-t)) * (1.0 + Math.exp(t)));
            }
            return new double[] {ss / (sum * sum), curvature};
        }

        /**
         * Safeguarded Newton: Newton steps while no bracket is known (g is increasing with slope in (0, 2]),
         * bisection whenever a step leaves the bracket; stops when the step is below sqrt(tolerance) relative,
         * where quadratic convergence puts the next iterate within the tolerance.
         */
        double newton(double x0, Options o) {
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            double x = x0;
            double stop = Math.sqrt(o.tolerance());
            while (iterations < o.maxIterations()) {
                double gx = g(x);
                if (gx == 0) {
                    return finish(x, 0);
                }
                if (gx < 0) {
                    lo = x;
                } else {
                    hi = x;
                }
                double next = x - gx / derivative;
                if (!(derivative > 0) || !(next > lo && next < hi)) {
                    next = Double.isInfinite(lo) || Double.isInfinite(hi) ? x - 2 * gx : 0.5 * (lo + hi);
                }
                if (Math.abs(next - x) <= stop * Math.max(1, Math.abs(x)) || next == lo || next == hi) {
                    return finish(next, gx);
                }
                x = next;
                residual = gx;
            }
            return x;
        }

        double selfConsistent(double x0, Options o) {
            double x = x0;
            while (iterations < o.maxIterations()) {
                double gx = g(x);
                double next = x - gx;
                if (gx == 0 || Math.abs(next - x) <= o.tolerance() * Math.max(1, Math.abs(next))) {
                    return finish(next, gx);
                }
                x = next;
                residual = gx;
            }
            return x;
        }

        private double finish(double x, double gx) {
            converged = true;
            residual = gx;
            return x;
        }
    }
}
