package org.thermolearn.testing;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Statistical assertions for oracle tests: a value within k standard errors of the exact one, and an error bar
 * small enough to catch the error the test is meant to catch. Helpers throw; they never return a boolean.
 *
 * <pre>{@code
 * StatAssert.withinStandardErrors(Math.log(2) / 2, est.deltaF(), est.standardError(), 4.0);
 * }</pre>
 */
public final class StatAssert {
    private StatAssert() {
    }

    /** Fails unless {@code |estimate - exact| <= k * se}; the message prints estimate, SE and z. */
    public static void withinStandardErrors(double exact, double estimate, double se, double k) {
        double z = (estimate - exact) / se;
        if (!(Math.abs(estimate - exact) <= k * se)) {
            fail(String.format("estimate %.10g differs from exact %.10g by %.3g = %.2f standard errors (SE %.3g, k %.1f)",
                    estimate, exact, estimate - exact, z, se, k));
        }
    }

    /** Fails unless the standard error is at most {@code maxSe} (so the test has the power it claims). */
    public static void precisionAtLeast(double se, double maxSe) {
        if (!(se <= maxSe)) {
            fail(String.format("standard error %.3g exceeds %.3g: the test cannot catch the error it is meant to", se,
                    maxSe));
        }
    }

    /** Fails unless {@code |actual - expected| <= tol * max(1, |expected|)}. */
    public static void closeRelative(double expected, double actual, double tol) {
        if (!(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)))) {
            fail(String.format("expected %.17g, got %.17g (relative tolerance %.1g)", expected, actual, tol));
        }
    }
}
