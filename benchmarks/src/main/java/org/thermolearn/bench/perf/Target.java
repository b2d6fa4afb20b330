package org.thermolearn.bench.perf;

import java.util.Locale;

/**
 * A performance target of a kernel and its check against a measurement.
 *
 * <p>Kinds: {@code SPEEDUP} (thermolearn's throughput / the peer's, at least {@code goal}), {@code SECONDS} (median
 * time of one trial, at most {@code goal}), {@code UNITS_PER_SECOND_PER_CORE} (at least {@code goal}),
 * {@code FRACTION_OF_GAUSSIAN_BOUND} (steps per second per core over Gaussian draws per second per core, at least
 * {@code goal}). Immutable.
 *
 * <pre>{@code
 * Target.speedup(4).check(5.2);   // met
 * }</pre>
 *
 * @param kind what is compared
 * @param goal the bound
 * @since 1.0
 */
public record Target(Kind kind, double goal) {
    /** What a target bounds. */
    public enum Kind {
        /** Ratio to the peer, at least goal. */
        SPEEDUP,
        /** Seconds per trial, at most goal. */
        SECONDS,
        /** Work units per second per core, at least goal. */
        UNITS_PER_SECOND_PER_CORE,
        /** Fraction of the Gaussian random-number bound, at least goal. */
        FRACTION_OF_GAUSSIAN_BOUND
    }

    /** At least {@code x} times the peer's throughput. */
    public static Target speedup(double x) {
        return new Target(Kind.SPEEDUP, x);
    }

    /** At most {@code s} seconds per trial. */
    public static Target seconds(double s) {
        return new Target(Kind.SECONDS, s);
    }

    /** At least {@code u} units per second per core. */
    public static Target unitsPerSecondPerCore(double u) {
        return new Target(Kind.UNITS_PER_SECOND_PER_CORE, u);
    }

    /** At least fraction {@code f} of the Gaussian bound. */
    public static Target fractionOfGaussianBound(double f) {
        return new Target(Kind.FRACTION_OF_GAUSSIAN_BOUND, f);
    }

    /** Checks a measured value (NaN when it could not be measured, e.g. no peer). */
    public Check check(double measured) {
        if (Double.isNaN(measured)) {
            return new Check(this, measured, false, "not measured");
        }
        return evaluate(measured);
    }

    /**
     * A measurement at sizes other than the kernel's defaults, where the goal does not apply: reported, not judged.
     */
    public Check notApplicable(double measured) {
        if (Double.isNaN(measured)) {
            return check(measured);
        }
        return new Check(this, measured, false, "not evaluated (goal set at the default sizes)");
    }

    private Check evaluate(double measured) {
        boolean atMost = kind == Kind.SECONDS;
        boolean met = atMost ? measured <= goal : measured >= goal;
        String by = atMost ? String.format(Locale.ROOT, "%.2fx over", measured / goal)
                : String.format(Locale.ROOT, "%.0f%% of goal", 100 * measured / goal);
        return new Check(this, measured, met, met ? "met" : "missed (" + by + ")");
    }

    /** Human-readable goal, e.g. {@code ">= 4x peer"}. */
    public String describe() {
        return switch (kind) {
            case SPEEDUP -> String.format(Locale.ROOT, ">= %sx peer", trim(goal));
            case SECONDS -> String.format(Locale.ROOT, "< %s s", trim(goal));
            case UNITS_PER_SECOND_PER_CORE -> String.format(Locale.ROOT, ">= %.3g /s/core", goal);
            case FRACTION_OF_GAUSSIAN_BOUND -> String.format(Locale.ROOT, ">= %s%% of Gaussian bound", trim(100 * goal));
        };
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The outcome of a check.
     *
     * @param target the target
     * @param measured the measured value (NaN when not measured)
     * @param met whether the goal is met
     * @param verdict {@code met}, {@code missed (...)}, {@code not measured} or {@code not evaluated (...)}
     */
    public record Check(Target target, double measured, boolean met, String verdict) {
        /** Whether the goal was judged (measured at the sizes it is set for); {@link #met} means something only then. */
        public boolean evaluated() {
            return met || verdict.startsWith("missed");
        }
    }
}
