package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * Learning rate as a function of the update count {@code t = 0, 1, 2, ...}. Implementations are immutable records.
 *
 * <pre>{@code
 * LearningRateSchedule.constant(0.05).rate(100);            // 0.05
 * LearningRateSchedule.linear(0.1, 0.001, 20_000).rate(10_000);   // 0.0505
 * LearningRateSchedule.inverse(0.1, 1000).rate(1000);       // 0.05
 * }</pre>
 *
 * @since 1.0
 */
public interface LearningRateSchedule {
    /** The rate at update {@code t} (>= 0), per nat of gradient. */
    double rate(long t);

    /** A constant rate. */
    static LearningRateSchedule constant(double rate) {
        return new Constant(rate);
    }

    /** Linear from {@code start} at t = 0 to {@code end} at {@code t = updates}, then {@code end}. */
    static LearningRateSchedule linear(double start, double end, long updates) {
        return new Linear(start, end, updates);
    }

    /** {@code start / (1 + t / tau)}. */
    static LearningRateSchedule inverse(double start, double tau) {
        return new Inverse(start, tau);
    }

    /** Constant schedule. @param rate the rate */
    record Constant(double rate) implements LearningRateSchedule {
        /** Checks the rate. */
        public Constant {
            Checks.positiveFinite(rate, "rate");
        }

        @Override
        public double rate(long t) {
            return rate;
        }
    }

    /** Linear schedule. @param start rate at 0 @param end final rate @param updates length of the ramp */
    record Linear(double start, double end, long updates) implements LearningRateSchedule {
        /** Checks the fields. */
        public Linear {
            Checks.positiveFinite(start, "start");
            Checks.nonNegativeFinite(end, "end");
            Checks.positive(updates, "updates");
        }

        @Override
        public double rate(long t) {
            return t >= updates ? end : start + (end - start) * t / updates;
        }
    }

    /** Inverse schedule. @param start rate at 0 @param tau halving time in updates */
    record Inverse(double start, double tau) implements LearningRateSchedule {
        /** Checks the fields. */
        public Inverse {
            Checks.positiveFinite(start, "start");
            Checks.positiveFinite(tau, "tau");
        }

        @Override
        public double rate(long t) {
            return start / (1 + t / tau);
        }
    }
}
