package org.thermolearn.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thermolearn.core.internal.Checks;

/**
 * Free-energy estimators from non-equilibrium work (the entry point of thermo-core).
 *
 * <p>Signs (Seifert): {@code W} is the work done <em>on</em> the system in the forward switch {@code 0 -> 1};
 * the estimators return {@code dF = F_1 - F_0}. Energies are in kT unless a {@code kT} argument gives their unit.
 * Exponential averages are evaluated in log space, so work values of thousands of kT neither overflow nor
 * underflow. Stateless and thread-safe.
 *
 * <p>Reference: C. Jarzynski, Phys. Rev. Lett. 78, 2690 (1997), doi:10.1103/PhysRevLett.78.2690.
 *
 * <pre>{@code
 * FreeEnergy.exp(new double[] {0.1, 0.4, 0.9, 1.3, 2.0, 2.2, 3.1, 0.7});   // dF = 0.966916 +/- 0.261
 * }</pre>
 *
 * @since 1.0
 */
public final class FreeEnergy {
    /** Below this many samples an estimate carries a {@link Warning.TooFewSamples}. */
    public static final int MIN_SAMPLES = 10;
    /** Below this effective sample size an exponential average carries a warning. */
    public static final double MIN_EFFECTIVE_SAMPLE_SIZE = 10;

    private FreeEnergy() {
    }

    /**
     * Jarzynski (EXP) estimate {@code dF = -ln <exp(-W)>} in kT, with the delta-method standard error
     * {@code sd(x) / (mean(x) sqrt(N))}, {@code x = exp(-W)} (population standard deviation, as pymbar's EXP).
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
     * Forward {@code dF} from the work of the reverse switch {@code 1 -> 0}: {@code dF = +ln <exp(-W_R)>}.
     *
     * @param reverseWork reverse work in kT (Not modified)
     */
    public static FreeEnergyEstimate expReverse(double[] reverseWork) {
        FreeEnergyEstimate r = expInUnits(reverseWork, 1.0, FreeEnergyEstimate.Method.EXP_REVERSE);
        return new FreeEnergyEstimate(r.method(), -r.deltaF(), r.standardError(), r.n(), r.diagnostics(),
                r.warnings());
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
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("effectiveSampleSize", avg.effectiveSampleSize());
        return new FreeEnergyEstimate(method, -kT * avg.logMean(), kT * avg.relativeStandardError(), work.length,
                diagnostics, warnings);
    }
}
