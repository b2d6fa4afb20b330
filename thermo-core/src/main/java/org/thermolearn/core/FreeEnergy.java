package org.thermolearn.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.thermolearn.core.estimate.BennettAcceptanceRatio;
import org.thermolearn.core.estimate.Bootstrap;
import org.thermolearn.core.estimate.CrooksCrossing;
import org.thermolearn.core.estimate.WorkSamples;
import org.thermolearn.core.internal.Checks;

/**
 * Free-energy estimators from non-equilibrium work (the entry point of thermo-core).
 *
 * <p>Signs (Seifert): {@code W} is the work done <em>on</em> the system in the forward switch {@code 0 -> 1};
 * the estimators return {@code dF = F_1 - F_0}. Energies are in kT unless a {@code kT} argument gives their unit.
 * Exponential averages are evaluated in log space, so work values of thousands of kT neither overflow nor
 * underflow. Stateless and thread-safe.
 *
 * <p>Estimators: {@link #exp} (Jarzynski), {@link #expReverse}, {@link #expGauss} (second cumulant),
 * {@link #bar} (Bennett), {@link #mbar} (K states), {@link #crooksGaussian} and {@link #crooksHistogram} (crossing
 * of forward and mirrored reverse work distributions), {@link #bootstrap} around any of them, and the diagnostics
 * {@link #effectiveSampleSize} and {@link #expectedJarzynskiBias}. Every estimate shifts by exactly {@code c} when
 * every forward work shifts by {@code c} and every reverse work by {@code -c}.
 *
 * <p>References: C. Jarzynski, Phys. Rev. Lett. 78, 2690 (1997), doi:10.1103/PhysRevLett.78.2690; C. H. Bennett,
 * J. Comput. Phys. 22, 245 (1976), doi:10.1016/0021-9991(76)90078-4; M. R. Shirts and J. D. Chodera, J. Chem.
 * Phys. 129, 124105 (2008), doi:10.1063/1.2978177; J. Gore, F. Ritort, C. Bustamante, PNAS 100, 12564 (2003),
 * doi:10.1073/pnas.1635159100.
 *
 * <pre>{@code
 * double[] wF = {0.1, 0.4, 0.9, 1.3, 2.0, 2.2, 3.1, 0.7};
 * double[] wR = {-0.5, 0.2, -1.1, 0.3, -0.2, 0.8};
 * FreeEnergy.exp(wF);        // dF = 0.966916 +/- 0.261
 * FreeEnergy.expGauss(wF);   // dF = 0.881328 +/- 0.417
 * FreeEnergy.bar(wF, wR);    // dF = 0.695256 +/- 0.234
 * }</pre>
 *
 * @since 1.0
 */
public final class FreeEnergy {
    /** Below this many samples an estimate carries a {@link Warning.TooFewSamples}. */
    public static final int MIN_SAMPLES = 10;
    /** Below this effective sample size an exponential average carries a warning. */
    public static final double MIN_EFFECTIVE_SAMPLE_SIZE = 10;
    /**
     * Beyond this |z| of the third-cumulant term (and when that term exceeds the standard error) a second-cumulant
     * estimate carries a model-mismatch warning.
     */
    public static final double MAX_CUMULANT_Z = 3;

    private FreeEnergy() {
    }

    /**
     * Jarzynski (EXP) estimate {@code dF = -ln <exp(-W)>} in kT, with the delta-method standard error
     * {@code sd(x) / (mean(x) sqrt(N))}, {@code x = exp(-W)} (population standard deviation, as pymbar's EXP);
     * {@code +Infinity} for a single sample, whose error is undefined.
     *
     * <p><b>Reliability.</b> Besides too few samples, a Kish effective sample size below
     * {@link #MIN_EFFECTIVE_SAMPLE_SIZE} and a Gore-Ritort-Bustamante bias above the error bar, the estimate carries
     * {@link Warning.UndersampledTail} when {@code N < exp(4 W_diss / kT)}, {@code W_diss = <W> - dF} the
     * dissipated work of the sample (mean over finite work). Reason: the exponential average is dominated by rare
     * low-work trajectories; for Gaussian work ({@code W_diss = var/(2 kT)}) the mean {@code <e^-W>} is dominated by
     * work near {@code <W> - 2 W_diss}, drawn with probability about {@code exp(-W_diss)} (Jarzynski's
     * {@code N* ~ exp(W_diss)}, Phys. Rev. E 73, 046105 (2006)), and the variance behind the error bar,
     * {@code <e^-2W>}, by work near {@code <W> - 4 W_diss}, drawn with probability about {@code exp(-4 W_diss)}.
     * With fewer samples the tail that sets the error bar is missing: the delta-method error (and the sample's
     * effective sample size, and the bias formula that uses the sample variance) then underestimate the true
     * scatter several-fold. Calibration (Gaussian work with variance {@code 2<W>}, {@code <W>} from 0.05 to 4 kT,
     * N from 20 to 10,000, 200 seeds each; {@code FreeEnergyExpCalibrationTest}): the other checks alone leave
     * 91.1% of reliable estimates within 2 standard errors of the truth (93.1% for {@code N >= 1000}, worst cell
     * 81%); with this check 92.3% (94.5% for {@code N >= 1000}, worst cell 86%). The two-standard-error coverage of an exponential average
     * approaches 95% only slowly (its sampling distribution is skewed), so treat 2-sigma intervals of a reliable
     * estimate from fewer than about 100 samples as roughly 90% intervals. The sample's {@code W_diss} itself is
     * biased low when the tail is missing, so the check errs on the lenient side.
     *
     * @param work forward work in kT (Not modified); {@code +Infinity} is a sample of zero weight
     * @throws IllegalArgumentException for an empty array, a NaN or {@code -Infinity} element, or when every
     *     element is {@code +Infinity}
     */
    public static FreeEnergyEstimate exp(double[] work) {
        return expInUnits(work, 1.0, FreeEnergyEstimate.Method.EXP);
    }

    /**
     * Jarzynski estimate with work in an energy unit in which the thermal energy is {@code kT}.
     *
     * @param work forward work (Not modified)
     * @param kT thermal energy in the unit of {@code work}, > 0
     */
    public static FreeEnergyEstimate exp(double[] work, double kT) {
        return expInUnits(work, Checks.positiveFinite(kT, "kT"), FreeEnergyEstimate.Method.EXP);
    }

    /**
     * Forward {@code dF} from the work of the reverse switch {@code 1 -> 0}: {@code dF = +ln <exp(-W_R)>}, with the
     * same error and reliability checks as {@link #exp(double[])} applied to the reverse work.
     *
     * @param reverseWork reverse work in kT (Not modified)
     */
    public static FreeEnergyEstimate expReverse(double[] reverseWork) {
        FreeEnergyEstimate r = expInUnits(reverseWork, 1.0, FreeEnergyEstimate.Method.EXP_REVERSE);
        return new FreeEnergyEstimate(r.method(), -r.deltaF(), r.standardError(), r.n(), r.diagnostics(),
                r.warnings());
    }

    /**
     * Samples an exponential average of work with dissipation {@code W_diss} (in kT) needs for a trustworthy error
     * bar: {@code exp(4 W_diss)} (see {@link #exp(double[])}).
     *
     * @param dissipatedWorkKT {@code <W> - dF} in kT, >= 0
     * @return the sample count (+Infinity when too large to represent)
     */
    public static double samplesNeeded(double dissipatedWorkKT) {
        Checks.nonNegativeFinite(dissipatedWorkKT, "dissipatedWorkKT");
        return Math.exp(4 * dissipatedWorkKT);
    }

    private static FreeEnergyEstimate expInUnits(double[] work, double kT, FreeEnergyEstimate.Method method) {
        ExponentialAverage avg = ExponentialAverage.of(work, kT, "work");
        List<Warning> warnings = new ArrayList<>();
        if (work.length < MIN_SAMPLES) {
            warnings.add(new Warning.TooFewSamples(work.length, MIN_SAMPLES));
        }
        if (avg.effectiveSampleSize() < MIN_EFFECTIVE_SAMPLE_SIZE && work.length >= MIN_SAMPLES) {
            warnings.add(new Warning.LowEffectiveSampleSize(avg.effectiveSampleSize(), MIN_EFFECTIVE_SAMPLE_SIZE));
        }
        double bias = kT * expectedJarzynskiBias(finiteVariance(work) / (kT * kT), work.length);
        double se = work.length < 2 ? Double.POSITIVE_INFINITY : kT * avg.relativeStandardError();
        if (bias > se && work.length >= MIN_SAMPLES) {
            warnings.add(new Warning.LargeBias(bias, se));
        }
        // dissipated work of the sample in kT, <W>/kT + ln <exp(-W/kT)> (>= 0 by Jensen up to round-off)
        double dissipated = dissipatedWork(work, kT, avg.logMean());
        double needed = Math.exp(4 * dissipated);
        if (work.length >= MIN_SAMPLES && work.length < needed) {
            warnings.add(new Warning.UndersampledTail(dissipated, work.length, needed));
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("effectiveSampleSize", avg.effectiveSampleSize());
        if (Double.isFinite(bias)) {
            diagnostics.put("expectedBias", bias);
        }
        diagnostics.put("dissipatedWork", kT * dissipated);
        if (Double.isFinite(needed)) {
            diagnostics.put("samplesNeeded", needed);
        }
        return new FreeEnergyEstimate(method, -kT * avg.logMean(), se, work.length, diagnostics, warnings);
    }

    /**
     * Second-cumulant (Gaussian) estimate {@code dF = <W> - var(W)/(2 kT)} in kT, with pymbar's standard error
     * {@code sqrt(var/N + var^2/(2 (N-1)))} ({@code var} the population variance; {@code +Infinity} for a single
     * sample). Exact for Gaussian work.
     *
     * <p><b>Model check.</b> The cumulant expansion continues {@code dF = <W> - var/(2 kT) + kappa3/(6 kT^2) - ...};
     * the next term {@code T = k3/(6 kT^2)} ({@code k3} the unbiased sample third cumulant) is reported in the
     * diagnostics as {@code thirdCumulantTerm} with its delta-method error {@code thirdCumulantTermError}
     * ({@code var(m3) ~ (m6 - m3^2 - 6 m4 m2 + 9 m2^3)/N}). When {@code |T|} exceeds the estimate's standard error
     * and differs from 0 by more than {@value #MAX_CUMULANT_Z} of its own standard errors (a 0.3% false alarm for
     * Gaussian work), the work is not Gaussian enough for this estimate and it carries
     * {@link Warning.ModelMismatch} with that z.
     *
     * @param work forward work in kT (Not modified), all finite
     * @throws IllegalArgumentException for an empty array or a non-finite element (naming its index)
     */
    public static FreeEnergyEstimate expGauss(double[] work) {
        return expGauss(work, 1.0);
    }

    /**
     * Second-cumulant estimate with work in a unit in which the thermal energy is {@code kT}.
     *
     * @param work forward work (Not modified), all finite
     * @param kT thermal energy in the unit of {@code work}, > 0
     */
    public static FreeEnergyEstimate expGauss(double[] work, double kT) {
        Checks.nonEmptyFinite(work, "work");
        Checks.positiveFinite(kT, "kT");
        int n = work.length;
        double mean = 0;
        for (double w : work) {
            mean += w;
        }
        mean /= n;
        double[] m = new double[7];   // central moments m2..m6 in kT units
        for (double w : work) {
            double d = (w - mean) / kT;
            double p = d * d;
            for (int k = 2; k <= 6; k++) {
                m[k] += p;
                p *= d;
            }
        }
        for (int k = 2; k <= 6; k++) {
            m[k] /= n;
        }
        double var = m[2];
        double se = n < 2 ? Double.POSITIVE_INFINITY : kT * Math.sqrt(var / n + 0.5 * var * var / (n - 1));
        List<Warning> warnings = new ArrayList<>();
        if (n < MIN_SAMPLES) {
            warnings.add(new Warning.TooFewSamples(n, MIN_SAMPLES));
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("meanWork", mean);
        diagnostics.put("varianceWork", var * kT * kT);
        if (n >= 3) {
            double term = kT * (double) n * n / ((double) (n - 1) * (n - 2)) * m[3] / 6;
            double varM3 = Math.max(0, m[6] - m[3] * m[3] - 6 * m[4] * m[2] + 9 * m[2] * m[2] * m[2]) / n;
            double termSe = kT * Math.sqrt(varM3) / 6;
            double z = termSe > 0 ? term / termSe : 0;
            if (Double.isFinite(term) && Double.isFinite(termSe)) {
                diagnostics.put("thirdCumulantTerm", term);
                diagnostics.put("thirdCumulantTermError", termSe);
                if (Math.abs(term) > se && Math.abs(z) > MAX_CUMULANT_Z && n >= MIN_SAMPLES) {
                    warnings.add(new Warning.ModelMismatch(
                            "Gaussian work: third-cumulant term kappa3/(6 kT^2) below the standard error", z));
                }
            }
        }
        return new FreeEnergyEstimate(FreeEnergyEstimate.Method.GAUSSIAN, mean - 0.5 * var * kT, se, n, diagnostics,
                warnings);
    }

    /**
     * Bennett acceptance ratio with the default options (safeguarded Newton, Bennett's error, as pymbar's default).
     *
     * @param forward work of the switch {@code 0 -> 1} in kT (Not modified); {@code +Infinity} weighs zero
     * @param reverse work of the switch {@code 1 -> 0} in kT (Not modified)
     * @throws IllegalArgumentException for an empty side, NaN or {@code -Infinity} (naming its index)
     * @see BennettAcceptanceRatio
     */
    public static FreeEnergyEstimate bar(double[] forward, double[] reverse) {
        return BennettAcceptanceRatio.estimate(forward, reverse, BennettAcceptanceRatio.Options.defaults());
    }

    /**
     * Bennett acceptance ratio with work in a unit in which the thermal energy is {@code kT}.
     *
     * @param forward forward work (Not modified)
     * @param reverse reverse work (Not modified)
     * @param kT thermal energy in the unit of the work, > 0
     */
    public static FreeEnergyEstimate bar(double[] forward, double[] reverse, double kT) {
        Checks.positiveFinite(kT, "kT");
        return bar(WorkSamples.reduced(forward, kT), WorkSamples.reduced(reverse, kT)).scaled(kT);
    }

    /**
     * Bennett acceptance ratio with explicit options (solver, reported error form, tolerance).
     *
     * @param forward forward work in kT (Not modified)
     * @param reverse reverse work in kT (Not modified)
     * @param options e.g. {@code Options.defaults().withSolver(Solver.SELF_CONSISTENT)}
     */
    public static FreeEnergyEstimate bar(double[] forward, double[] reverse, BennettAcceptanceRatio.Options options) {
        return BennettAcceptanceRatio.estimate(forward, reverse, options);
    }

    /**
     * Multistate Bennett acceptance ratio.
     *
     * @param uKn reduced energies {@code u_k(x_n)} in kT, K rows of N pooled samples (Not modified)
     * @param nK samples drawn from each state, summing to N; 0 for an unsampled state (Not modified)
     * @throws IllegalArgumentException for inconsistent shapes or a NaN/-Infinity energy (naming its index)
     */
    public static Mbar mbar(double[][] uKn, int[] nK) {
        return Mbar.solve(uKn, nK, Mbar.DEFAULT_TOLERANCE, Mbar.DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Crossing of Gaussian fits to {@code P_F(W)} and {@code P_R(-W)}, in kT.
     *
     * @param forward forward work in kT (Not modified)
     * @param reverse reverse work in kT (Not modified)
     * @see CrooksCrossing
     */
    public static FreeEnergyEstimate crooksGaussian(double[] forward, double[] reverse) {
        return CrooksCrossing.gaussian(forward, reverse);
    }

    /**
     * Crossing of the work histograms ({@link CrooksCrossing#defaultBins} common bins), in kT.
     *
     * @param forward forward work in kT (Not modified)
     * @param reverse reverse work in kT (Not modified)
     */
    public static FreeEnergyEstimate crooksHistogram(double[] forward, double[] reverse) {
        return CrooksCrossing.histogram(forward, reverse, CrooksCrossing.defaultBins(forward.length, reverse.length));
    }

    /**
     * Bootstrap standard error of any two-sample estimator, e.g. {@code bootstrap(wF, wR, FreeEnergy::bar, 200, rng)}.
     *
     * @param forward forward work (Not modified)
     * @param reverse reverse work (Not modified)
     * @param estimator the estimator
     * @param replicates number of resamples, >= 2
     * @param rng random source, e.g. {@code RandomStreams.of(seed).stream(0)} (Modified: advanced)
     */
    public static FreeEnergyEstimate bootstrap(double[] forward, double[] reverse,
            Bootstrap.TwoSampleEstimator estimator, int replicates, RandomGenerator rng) {
        return Bootstrap.twoSample(forward, reverse, estimator, replicates, rng);
    }

    /**
     * Bootstrap standard error of a one-sample estimator, e.g. {@code bootstrap(w, FreeEnergy::exp, 200, rng)}.
     *
     * @param work work (Not modified)
     * @param estimator the estimator
     * @param replicates number of resamples, >= 2
     * @param rng random source (Modified: advanced)
     */
    public static FreeEnergyEstimate bootstrap(double[] work, Function<double[], FreeEnergyEstimate> estimator,
            int replicates, RandomGenerator rng) {
        return Bootstrap.oneSample(work, estimator, replicates, rng);
    }

    /**
     * Kish effective sample size {@code (sum x)^2 / sum x^2} of the Jarzynski weights {@code x = exp(-W)}.
     *
     * @param work work in kT (Not modified)
     */
    public static double effectiveSampleSize(double[] work) {
        return ExponentialAverage.of(work, 1.0, "work").effectiveSampleSize();
    }

    /**
     * Expected bias of the Jarzynski estimate from {@code n} samples of Gaussian work with variance
     * {@code sigma^2} (in kT^2): {@code B = (e^(sigma^2) - 1) / (2n)} (Gore, Ritort and Bustamante 2003, the
     * large-n limit, valid for {@code n >> e^(sigma^2)}); the estimate exceeds {@code dF} by B on average.
     *
     * @param varianceKT2 work variance in kT^2, >= 0 (+Infinity allowed: a spread too large to represent)
     * @param n number of samples, >= 1
     * @return the bias in kT (+Infinity when {@code sigma^2} is too large to represent)
     */
    public static double expectedJarzynskiBias(double varianceKT2, long n) {
        Checks.nonNegative(varianceKT2, "varianceKT2");
        Checks.positive(n, "n");
        return Math.expm1(varianceKT2) / (2.0 * n);
    }

    /**
     * {@code <W>/kT + ln <exp(-W/kT)>} over the finite work, both shifted by the minimum so that large work values
     * neither overflow nor cancel; clamped to >= 0 (Jensen), +Infinity only when the spread overflows.
     */
    private static double dissipatedWork(double[] work, double kT, double logMean) {
        double min = Double.POSITIVE_INFINITY;
        for (double w : work) {
            min = Math.min(min, w);
        }
        double sum = 0;
        long n = 0;
        for (double w : work) {
            if (w != Double.POSITIVE_INFINITY) {
                sum += (w - min) / kT;
                n++;
            }
        }
        return Math.max(0, sum / n + (logMean + min / kT));
    }

    /** Unbiased variance of the finite values (0 for fewer than two), one pass shifted by the first finite value. */
    private static double finiteVariance(double[] work) {
        double ref = Double.NaN;
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (double w : work) {
            if (w != Double.POSITIVE_INFINITY) {
                if (n == 0) {
                    ref = w;
                }
                double d = w - ref;
                sum += d;
                sumSq += d * d;
                n++;
            }
        }
        double v = n < 2 ? 0 : (sumSq - sum * sum / n) / (n - 1);
        return Double.isNaN(v) || v == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : Math.max(0, v);
    }
}
