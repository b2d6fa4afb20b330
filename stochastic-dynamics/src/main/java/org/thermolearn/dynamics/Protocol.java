package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Checks;

/**
 * A protocol {@code lambda(t)} on {@code [0, duration]}.
 *
 * <p>The system is prepared at {@code lambda(0)}; a simulation with time step dt changes lambda to
 * {@code lambda((n+1) dt)} at fixed configuration at the start of step n (that jump is the work). Implementations
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * Protocol p = Protocol.linear(1.0, 4.0, 2.0);
 * p.lambda(1.0);   // 2.5
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
}
