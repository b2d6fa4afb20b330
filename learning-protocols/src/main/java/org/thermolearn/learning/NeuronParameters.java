package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * Parameters of a {@link HebbianNeuron}: {@code N} weights learning {@code P} labelled patterns by Hebbian
 * learning with rate {@code nu}, restoring stiffness {@code k}, bath temperature {@code T} (energies in units where
 * the mobility is 1), for time {@code duration} in {@code steps} steps.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * var p = NeuronParameters.of(20, 8).withLearningRate(1.5).withDuration(2);
 * }</pre>
 *
 * @param inputs {@code N}, number of weights, >= 1
 * @param patterns {@code P}, number of labelled patterns, 1..16 (the exact information enumerates 2^P labelings)
 * @param learningRate {@code nu}, Hebbian learning rate, finite
 * @param stiffness {@code k} > 0
 * @param temperature {@code T} > 0 (k_B = 1)
 * @param duration learning time > 0
 * @param steps integration steps >= 1
 * @since 1.0
 */
public record NeuronParameters(int inputs, int patterns, double learningRate, double stiffness, double temperature,
        double duration, int steps) {
    /** Largest number of patterns (2^P labelings are enumerated). */
    public static final int MAX_PATTERNS = 16;

    /** Validates. */
    public NeuronParameters {
        Checks.positive(inputs, "inputs");
        Checks.positive(patterns, "patterns");
        if (patterns > MAX_PATTERNS) {
            throw new IllegalArgumentException("patterns must be <= " + MAX_PATTERNS + ", got " + patterns);
        }
        Checks.finite(learningRate, "learningRate");
        Checks.positiveFinite(stiffness, "stiffness");
        Checks.positiveFinite(temperature, "temperature");
        Checks.positiveFinite(duration, "duration");
        Checks.positive(steps, "steps");
    }

    /** Defaults: {@code nu = k = T = 1}, duration 5 (five relaxation times), 100 steps. */
    public static NeuronParameters of(int inputs, int patterns) {
        return new NeuronParameters(inputs, patterns, 1, 1, 1, 5, 100);
    }

    /** A copy with learning rate {@code nu}. */
    public NeuronParameters withLearningRate(double nu) {
        return new NeuronParameters(inputs, patterns, nu, stiffness, temperature, duration, steps);
    }

    /** A copy with stiffness {@code k}. */
    public NeuronParameters withStiffness(double k) {
        return new NeuronParameters(inputs, patterns, learningRate, k, temperature, duration, steps);
    }

    /** A copy with temperature {@code T}. */
    public NeuronParameters withTemperature(double t) {
        return new NeuronParameters(inputs, patterns, learningRate, stiffness, t, duration, steps);
    }

    /** A copy with learning time {@code t}. */
    public NeuronParameters withDuration(double t) {
        return new NeuronParameters(inputs, patterns, learningRate, stiffness, temperature, t, steps);
    }

    /** A copy with {@code n} steps. */
    public NeuronParameters withSteps(int n) {
        return new NeuronParameters(inputs, patterns, learningRate, stiffness, temperature, duration, n);
    }

    /** {@code a = 1 - exp(-k t)}: how far the mean weights have moved towards their Hebbian target. */
    double progress() {
        return -Math.expm1(-stiffness * duration);
    }
}
