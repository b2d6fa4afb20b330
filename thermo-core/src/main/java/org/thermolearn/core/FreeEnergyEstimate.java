package org.thermolearn.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thermolearn.core.internal.Checks;

/**
 * A free-energy difference with its standard error, method, diagnostics and warnings.
 *
 * <p>{@code deltaF} and {@code standardError} are in the same energy unit as the input work (kT by default).
 * An estimate that cannot be trusted keeps finite fields and lists its {@link Warning}s; {@link #isReliable()} is
 * false then. Where the error is undefined (fewer than two samples) {@code standardError} is {@code +Infinity}
 * (written to JSON as the string {@code "Infinity"}), never a misleading 0; a z-score against it is 0.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * var est = FreeEnergy.exp(new double[] {1000, 1001, 1002});
 * est.deltaF();        // 1000.691006324224
 * est.isReliable();    // false: only 3 samples
 * }</pre>
 *
 * @param method the estimator
 * @param deltaF the estimated free-energy difference (finite)
 * @param standardError its standard error (>= 0; {@code +Infinity} when undefined)
 * @param n number of samples used
 * @param diagnostics named numbers such as the effective sample size (insertion order kept)
 * @param warnings reasons not to trust the estimate; empty when reliable
 * @since 1.0
 */
public record FreeEnergyEstimate(Method method, double deltaF, double standardError, long n,
        Map<String, Double> diagnostics, List<Warning> warnings) {

    private static final Set<String> ENERGY_DIAGNOSTICS = Set.of("expectedBias", "bennettStandardError",
            "mbarFormStandardError", "meanWork", "analyticStandardError", "bootstrapMean", "forwardMean",
            "mirroredReverseMean", "dissipatedWork", "thirdCumulantTerm", "thirdCumulantTermError");
    private static final Set<String> ENERGY_SQUARED_DIAGNOSTICS = Set.of("varianceWork", "forwardVariance",
            "mirroredReverseVariance");

    /** The estimators. */
    public enum Method {
        /** Jarzynski exponential average of forward work (EXP). */
        EXP,
        /** Exponential average of reverse work, reported as the forward difference. */
        EXP_REVERSE,
        /** Second-cumulant (Gaussian) approximation. */
        GAUSSIAN,
        /** Bennett acceptance ratio. */
        BAR,
        /** Multistate Bennett acceptance ratio. */
        MBAR,
        /** Crossing of Gaussian fits to the forward and mirrored reverse work distributions. */
        CROOKS,
        /** Crossing of the forward and mirrored reverse work histograms. */
        CROOKS_HISTOGRAM
    }

    /** Validates and copies. */
    public FreeEnergyEstimate {
        Checks.notNull(method, "method");
        Checks.finite(deltaF, "deltaF");
        Checks.nonNegative(standardError, "standardError");
        diagnostics = Map.copyOf(diagnostics).isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
        warnings = List.copyOf(warnings);
    }

    /** True when no warning was raised. */
    public boolean isReliable() {
        return warnings.isEmpty();
    }

    /** The value and error as an {@link Estimate}. */
    public Estimate estimate() {
        return new Estimate(deltaF, standardError, n);
    }

    /**
     * The same estimate with every energy multiplied by {@code factor} (e.g. kT in zJ): {@code deltaF},
     * {@code standardError}, the energy-valued diagnostics (times {@code factor}, variances times
     * {@code factor^2}; see {@link #energyExponent}) and the energies of a {@link Warning.LargeBias}. Dimensionless
     * diagnostics (overlap, effective sample size, iterations) are unchanged.
     *
     * @param factor the new unit's value of the old unit, {@code > 0} and finite
     */
    public FreeEnergyEstimate scaled(double factor) {
        Checks.positiveFinite(factor, "factor");
        Map<String, Double> d = new LinkedHashMap<>();
        diagnostics.forEach((k, v) -> d.put(k, v * Math.pow(factor, energyExponent(k))));
        List<Warning> w = warnings.stream().map(x -> x instanceof Warning.LargeBias b
                ? new Warning.LargeBias(b.expectedBias() * factor, b.standardError() * factor) : x).toList();
        return new FreeEnergyEstimate(method, deltaF * factor, standardError * factor, n, d, w);
    }

    /**
     * The power of energy in the unit of a diagnostic: 1 for energies ({@code expectedBias},
     * {@code bennettStandardError}, {@code mbarFormStandardError}, {@code meanWork}, {@code analyticStandardError},
     * {@code bootstrapMean}, {@code forwardMean}, {@code mirroredReverseMean}, {@code dissipatedWork},
     * {@code thirdCumulantTerm}, {@code thirdCumulantTermError}), 2 for variances
     * ({@code varianceWork}, {@code forwardVariance}, {@code mirroredReverseVariance}), 0 for every other
     * (dimensionless) one.
     *
     * @param diagnostic a key of {@link #diagnostics()}
     */
    public static int energyExponent(String diagnostic) {
        return ENERGY_DIAGNOSTICS.contains(diagnostic) ? 1 : ENERGY_SQUARED_DIAGNOSTICS.contains(diagnostic) ? 2 : 0;
    }

    @Override
    public String toString() {
        String status = isReliable() ? "reliable"
                : warnings.stream().map(Warning::message).collect(Collectors.joining("; ", "UNRELIABLE: ", ""));
        return String.format("dF = %.6g +/- %.3g (n=%d, %s, %s)", deltaF, standardError, n, method, status);
    }
}
