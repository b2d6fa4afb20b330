package org.thermolearn.dynamics;

import org.thermolearn.core.internal.Checks;

/**
 * The Schmiedl-Seifert protocols of minimal mean work for an overdamped particle in a harmonic trap, started in
 * equilibrium, in closed form, with their jumps at both ends.
 *
 * <p><b>Trap move</b> ({@code U = k/2 (x - lambda)^2}, centre from {@code a} to {@code b = a + D}, {@code tau =
 * gamma/k}): {@code lambda(t) = a + D (t + tau) / (T + 2 tau)} for {@code 0 < t < T}, so lambda jumps by
 * {@code D tau / (T + 2 tau)} at both ends; minimal mean work {@code W* = gamma D^2 / (T + 2 tau) = k D^2 / (2 + k
 * T / gamma)}, {@code dF = 0}.
 *
 * <p><b>Stiffness change</b> ({@code U = lambda/2 x^2}, {@code k0 -> k1}): the optimal variance {@code w(t) =
 * <x^2>} has {@code y = sqrt(w)} linear in t from {@code y0 = sqrt(kT/k0)} to {@code y1}, with {@code (k1 + 2
 * gamma/T) y1^2 - (2 gamma y0 / T) y1 - kT = 0}; {@code lambda(t) = (kT - gamma y y') / y^2} inside, which jumps at
 * both ends; {@code W* = k1 y1^2/2 - kT/2 - kT ln(y1/y0) + gamma (y1 - y0)^2 / T}, {@code dF = (kT/2) ln(k1/k0)}.
 *
 * <p>Jumps are returned as described in {@link Protocol}: the start value at exactly {@code t = 0}, the end value
 * at exactly {@code t = T}. Immutable and thread-safe. Reference: T. Schmiedl and U. Seifert, Phys. Rev. Lett. 98,
 * 108301 (2007), doi:10.1103/PhysRevLett.98.108301.
 *
 * <pre>{@code
 * var p = Protocol.optimalTrapMove(0, 5, 1.0, 1.0, 1.0);
 * p.meanWork();   // 8.333... = 25/3
 * p.lambda(0.5);  // 2.5
 * }</pre>
 *
 * @since 1.0
 */
public sealed interface OptimalProtocol extends Protocol {
    /** The minimal mean work of the continuous-time protocol (energy unit of the parameters). */
    double meanWork();

    /** The free-energy difference between the end states. */
    double deltaF();

    /** Optimal trap move; see {@link OptimalProtocol}. */
    static TrapMove trapMove(double from, double to, double duration, double stiffness, double gamma) {
        return new TrapMove(from, to, duration, stiffness, gamma);
    }

    /** Optimal stiffness change; see {@link OptimalProtocol}. */
    static StiffnessChange stiffnessChange(double k0, double k1, double duration, double gamma, double kT) {
        return new StiffnessChange(k0, k1, duration, gamma, kT);
    }

    /**
     * Optimal move of the trap centre.
     *
     * @param from centre at t = 0
     * @param to centre at t = duration
     * @param duration T > 0
     * @param stiffness k > 0
     * @param gamma friction > 0
     */
    record TrapMove(double from, double to, double duration, double stiffness, double gamma)
            implements OptimalProtocol {
        /** Validates the fields. */
        public TrapMove {
            Checks.finite(from, "from");
            Checks.finite(to, "to");
            Checks.positiveFinite(duration, "duration");
            Checks.positiveFinite(stiffness, "stiffness");
            Checks.positiveFinite(gamma, "gamma");
        }

        @Override
        public double lambda(double t) {
            if (t <= 0) {
                return from;
            }
            if (t >= duration) {
                return to;
            }
            double tau = gamma / stiffness;
            return from + (to - from) * (t + tau) / (duration + 2 * tau);
        }

        @Override
        public double meanWork() {
            double d = to - from;
            return gamma * d * d / (duration + 2 * gamma / stiffness);
        }

        @Override
        public double deltaF() {
            return 0;
        }

        @Override
        public String description() {
            return "optimal trap move " + from + " -> " + to + " in " + duration;
        }
    }

    /**
     * Optimal change of the trap stiffness.
     *
     * @param k0 stiffness at t = 0, > 0
     * @param k1 stiffness at t = duration, > 0
     * @param duration T > 0
     * @param gamma friction > 0
     * @param kT thermal energy > 0
     */
    record StiffnessChange(double k0, double k1, double duration, double gamma, double kT) implements OptimalProtocol {
        /** Validates the fields. */
        public StiffnessChange {
            Checks.positiveFinite(k0, "k0");
            Checks.positiveFinite(k1, "k1");
            Checks.positiveFinite(duration, "duration");
            Checks.positiveFinite(gamma, "gamma");
            Checks.positiveFinite(kT, "kT");
        }

        /** {@code y0 = sqrt(kT/k0)}, the initial standard deviation. */
        public double initialWidth() {
            return Math.sqrt(kT / k0);
        }

        /** {@code y1}, the standard deviation at the end of the optimal protocol (before the final jump). */
        public double finalWidth() {
            double a = k1 + 2 * gamma / duration;
            double b = 2 * gamma * initialWidth() / duration;
            return (b + Math.sqrt(b * b + 4 * a * kT)) / (2 * a);
        }

        @Override
        public double lambda(double t) {
            if (t <= 0) {
                return k0;
            }
            if (t >= duration) {
                return k1;
            }
            double y0 = initialWidth();
            double slope = (finalWidth() - y0) / duration;
            double y = y0 + slope * t;
            return (kT - gamma * y * slope) / (y * y);
        }

        @Override
        public double meanWork() {
            double y0 = initialWidth();
            double y1 = finalWidth();
            return 0.5 * k1 * y1 * y1 - 0.5 * kT - kT * Math.log(y1 / y0) + gamma * (y1 - y0) * (y1 - y0) / duration;
        }

        @Override
        public double deltaF() {
            return 0.5 * kT * Math.log(k1 / k0);
        }

        @Override
        public String description() {
            return "optimal stiffness " + k0 + " -> " + k1 + " in " + duration;
        }
    }
}
