package org.thermolearn.dynamics;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.Checks;

/**
 * Samples the Boltzmann distribution {@code p(x) ~ exp(-U(x, lambda)/kT)} of a 1-D potential on {@code [lo, hi]} by
 * inverting its cumulative distribution tabulated on {@value #CELLS} cells (trapezoid rule, uniform within a cell):
 * the density is exact to O(h^2) in the cell width h.
 *
 * <p>Immutable and thread-safe; one uniform draw per sample. Obtain one from {@link InitialCondition#boltzmann}.
 *
 * <pre>{@code
 * var start = InitialCondition.boltzmann(Potential.doubleWell(8, 1), 0, 1, -2, 2);
 * }</pre>
 *
 * @since 1.0
 */
public final class TabulatedBoltzmann implements InitialCondition {
    /** Number of cells. */
    public static final int CELLS = 1 << 14;
    private final double lo;
    private final double width;
    private final double[] cdf;

    TabulatedBoltzmann(Potential potential, double lambda, double kT, double lo, double hi) {
        Checks.notNull(potential, "potential");
        if (potential.dimension() != 1) {
            throw new IllegalArgumentException("potential must be 1-D, got dimension " + potential.dimension());
        }
        Checks.positiveFinite(kT, "kT");
        Checks.finite(lo, "lo");
        Checks.finite(hi, "hi");
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must exceed lo, got [" + lo + ", " + hi + "]");
        }
        this.lo = lo;
        this.width = (hi - lo) / CELLS;
        double[] u = new double[CELLS + 1];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= CELLS; i++) {
            u[i] = potential.energy(new double[] {lo + i * width}, lambda) / kT;
            Checks.finite(u[i], "U(x) at x = " + (lo + i * width));
            min = Math.min(min, u[i]);
        }
        cdf = new double[CELLS + 1];
        for (int i = 1; i <= CELLS; i++) {
            cdf[i] = cdf[i - 1] + 0.5 * (Math.exp(min - u[i - 1]) + Math.exp(min - u[i]));
        }
        double total = cdf[CELLS];
        for (int i = 1; i <= CELLS; i++) {
            cdf[i] /= total;
        }
    }

    @Override
    public void sample(RandomGenerator rng, double[] x) {
        double r = rng.nextDouble();
        int loIdx = 0;
        int hiIdx = CELLS;
        while (hiIdx - loIdx > 1) {
            int mid = (loIdx + hiIdx) >>> 1;
            if (cdf[mid] <= r) {
                loIdx = mid;
            } else {
                hiIdx = mid;
            }
        }
        double span = cdf[hiIdx] - cdf[loIdx];
        double s = span > 0 ? (r - cdf[loIdx]) / span : 0.5;
        x[0] = lo + (loIdx + s) * width;
    }

    @Override
    public String toString() {
        return "Boltzmann on [" + lo + ", " + (lo + CELLS * width) + "]";
    }
}
