package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Checks;

/**
 * A protocol {@code lambda(t)} on {@code [0, duration]}.
 *
 * <p>The system is prepared at {@code lambda(0)}; a simulation with time step dt changes lambda to
 * {@code lambda((n+1) dt)} at fixed configuration at the start of step n (that jump is the work) and then moves x
 * for dt at that lambda (right-point sampling).
 *
 * <p><b>Jumps.</b> A protocol with a jump at {@code t = 0} returns the preparation value at exactly {@code t = 0}
 * and the value after the jump for {@code t > 0}; a jump at {@code t = duration} returns the final value at exactly
 * {@code t = duration}. In a simulation both are booked as work at fixed x: the jump at 0 together with the first
 * increment at the start of step 0 (before any motion), the jump at the end at the start of the last step, after
 * which x relaxes one dt at the final value. Both converge to the continuous-time jumps with an O(dt) error in the
 * work. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * Protocol p = Protocol.linear(1.0, 4.0, 2.0);
 * p.lambda(1.0);   // 2.5
 * Protocol mine = Protocol.of(2.0, t -> 1 + Math.sin(t));
 * Protocol best = Protocol.optimalTrapMove(0, 5, 1.0, 1.0, 1.0);   // Schmiedl-Seifert: jumps at both ends
 * }</pre>
 *
 * @since 1.0
 */
public interface Protocol {
    /** lambda at time {@code t} in {@code [0, duration]}. */
    double lambda(double t);

    /** Duration of the protocol (in the simulation's time unit). */
    double duration();

    /** A human-readable description for provenance and JSON. */
    default String description() {
        return getClass().getSimpleName() + "[duration=" + duration() + "]";
    }

    /** The same path run backwards in time: {@code lambda_R(t) = lambda(duration - t)}. */
    default Protocol reversed() {
        Protocol forward = this;
        return new Protocol() {
            @Override
            public double lambda(double t) {
                return forward.lambda(forward.duration() - t);
            }

            @Override
            public double duration() {
                return forward.duration();
            }

            @Override
            public String description() {
                return "reverse of " + forward.description();
            }
        };
    }

    /** Linear ramp from {@code from} to {@code to} over {@code duration}. */
    static Protocol linear(double from, double to, double duration) {
        return new LinearProtocol(Checks.finite(from, "from"), Checks.finite(to, "to"),
                Checks.positiveFinite(duration, "duration"));
    }

    /** lambda held at {@code value} for {@code duration}. */
    static Protocol constant(double value, double duration) {
        return linear(value, value, duration);
    }

    /**
     * Piecewise linear through the points {@code (times[i], values[i])}; {@code times} start at 0, increase
     * strictly and end at the duration. Equal consecutive times are not allowed: express jumps with
     * {@link #of}.
     */
    static Protocol piecewiseLinear(double[] times, double[] values) {
        return PiecewiseLinearProtocol.of(times, values);
    }

    /** Values tabulated at equal spacing {@code duration / (values.length - 1)}, linearly interpolated. */
    static Protocol tabulated(double duration, double... values) {
        return PiecewiseLinearProtocol.tabulated(duration, values);
    }

    /**
     * A smooth ramp {@code from + (to - from) s^3 (10 - 15 s + 6 s^2)}, {@code s = t/duration} (smootherstep:
     * zero first and second derivatives at both ends).
     */
    static Protocol smooth(double from, double to, double duration) {
        return new SmoothProtocol(Checks.finite(from, "from"), Checks.finite(to, "to"),
                Checks.positiveFinite(duration, "duration"));
    }

    /** A user-defined {@code lambda(t)} on {@code [0, duration]}. */
    static Protocol of(double duration, java.util.function.DoubleUnaryOperator lambda) {
        return new FunctionProtocol(Checks.positiveFinite(duration, "duration"), Checks.notNull(lambda, "lambda"));
    }

    /**
     * The Schmiedl-Seifert optimal protocol that moves the centre of an overdamped trap of stiffness {@code k} from
     * {@code from} to {@code to} in {@code duration}: see {@link OptimalProtocol#trapMove}.
     */
    static OptimalProtocol optimalTrapMove(double from, double to, double duration, double stiffness, double gamma) {
        return OptimalProtocol.trapMove(from, to, duration, stiffness, gamma);
    }

    /**
     * The Schmiedl-Seifert optimal protocol that changes the stiffness of an overdamped trap from {@code k0} to
     * {@code k1} in {@code duration}: see {@link OptimalProtocol#stiffnessChange}.
     */
    static OptimalProtocol optimalStiffness(double k0, double k1, double duration, double gamma, double kT) {
        return OptimalProtocol.stiffnessChange(k0, k1, duration, gamma, kT);
    }

    /**
     * A linear ramp.
     *
     * @param from lambda at t = 0
     * @param to lambda at t = duration
     * @param duration length of the ramp
     */
    record LinearProtocol(double from, double to, double duration) implements Protocol {
        @Override
        public double lambda(double t) {
            if (from == to) {
                return from;
            }
            double s = Math.min(1.0, Math.max(0.0, t / duration));
            return s == 1.0 ? to : from + (to - from) * s;
        }

        @Override
        public String description() {
            return "linear " + from + " -> " + to + " in " + duration;
        }
    }

    /**
     * The smootherstep ramp.
     *
     * @param from lambda at t = 0
     * @param to lambda at t = duration
     * @param duration length of the ramp
     */
    record SmoothProtocol(double from, double to, double duration) implements Protocol {
        @Override
        public double lambda(double t) {
            double s = Math.min(1.0, Math.max(0.0, t / duration));
            return s == 1.0 ? to : from + (to - from) * s * s * s * (10 - 15 * s + 6 * s * s);
        }

        @Override
        public String description() {
            return "smooth " + from + " -> " + to + " in " + duration;
        }
    }

    /**
     * A user-defined protocol.
     *
     * @param duration length
     * @param function lambda(t)
     */
    record FunctionProtocol(double duration, java.util.function.DoubleUnaryOperator function) implements Protocol {
        @Override
        public double lambda(double t) {
            return function.applyAsDouble(t);
        }

        @Override
        public String description() {
            return "user protocol in " + duration;
        }
    }
}
