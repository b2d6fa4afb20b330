package org.thermolearn.dynamics;

import java.util.Arrays;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;

/**
 * A protocol interpolated linearly between points {@code (t_i, lambda_i)}, {@code t_0 = 0 < t_1 < ... < t_m =
 * duration}.
 *
 * <p>Evaluation is a binary search, O(log m). Immutable and thread-safe. Obtain one from
 * {@link Protocol#piecewiseLinear} or {@link Protocol#tabulated}.
 *
 * <pre>{@code
 * var p = Protocol.piecewiseLinear(new double[] {0, 1, 3}, new double[] {0, 2, 2});
 * p.lambda(0.5);   // 1.0
 * }</pre>
 *
 * @param times the knots, strictly increasing from 0
 * @param values lambda at the knots
 * @since 1.0
 */
public record PiecewiseLinearProtocol(Samples times, Samples values) implements Protocol {
    /** Validates the knots. */
    public PiecewiseLinearProtocol {
        Checks.notNull(times, "times");
        Checks.notNull(values, "values");
        if (times.size() < 2 || times.size() != values.size()) {
            throw new IllegalArgumentException("times and values need the same length >= 2, got " + times.size()
                    + " and " + values.size());
        }
        if (times.get(0) != 0) {
            throw new IllegalArgumentException("times[0] must be 0, got " + times.get(0));
        }
        for (int i = 1; i < times.size(); i++) {
            if (!(times.get(i) > times.get(i - 1)) || !Double.isFinite(times.get(i))) {
                throw new IllegalArgumentException("times must increase strictly, got times[" + i + "] = "
                        + times.get(i) + " after " + times.get(i - 1));
            }
        }
        Checks.allFinite(values.toArray(), "values");
    }

    static PiecewiseLinearProtocol of(double[] times, double[] values) {
        Checks.notNull(times, "times");
        Checks.notNull(values, "values");
        return new PiecewiseLinearProtocol(Samples.of(times), Samples.of(values));
    }

    static PiecewiseLinearProtocol tabulated(double duration, double... values) {
        Checks.positiveFinite(duration, "duration");
        Checks.nonEmpty(values, "values");
        if (values.length < 2) {
            throw new IllegalArgumentException("values needs at least 2 entries, got " + values.length);
        }
        double[] t = new double[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i == t.length - 1 ? duration : duration * i / (t.length - 1);
        }
        return of(t, values);
    }

    @Override
    public double duration() {
        return times.get(times.size() - 1);
    }

    @Override
    public double lambda(double t) {
        int m = times.size();
        if (t <= 0) {
            return values.get(0);
        }
        if (t >= duration()) {
            return values.get(m - 1);
        }
        int lo = 0;
        int hi = m - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid) <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double s = (t - times.get(lo)) / (times.get(hi) - times.get(lo));
        return values.get(lo) + (values.get(hi) - values.get(lo)) * s;
    }

    @Override
    public String description() {
        return "piecewise linear through " + Arrays.toString(values.toArray()) + " at "
                + Arrays.toString(times.toArray());
    }
}
