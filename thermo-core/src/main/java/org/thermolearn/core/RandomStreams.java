package org.thermolearn.core;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.thermolearn.core.internal.Checks;

/**
 * Reproducible random streams: stream {@code i} of seed {@code s} depends only on {@code (s, i)}, so an ensemble
 * gives bit-identical results on 1 thread or 16.
 *
 * <p>Derivation (version {@value #DERIVATION_VERSION}): the generator of the named {@code java.util.random}
 * algorithm is created with the SplitMix64 finalizer of {@code seed + (index + 1) * 0x9E3779B97F4A7C15L}. Changing
 * it bumps {@link #DERIVATION_VERSION}, which provenance records. Immutable and thread-safe; the generators it
 * returns are not (one per trajectory or chain).
 *
 * <pre>{@code
 * var streams = RandomStreams.of(42);
 * double z = streams.stream(7).nextGaussian();   // same value every time, on any thread
 * }</pre>
 *
 * @param seed the user's seed
 * @param algorithm a {@link RandomGeneratorFactory} name, e.g. {@code L64X128MixRandom}
 * @since 1.0
 */
public record RandomStreams(long seed, String algorithm) {
    /** Version of the (seed, index) derivation; part of the reproducibility contract. */
    public static final int DERIVATION_VERSION = 1;
    /** The default algorithm. */
    public static final String DEFAULT_ALGORITHM = "L64X128MixRandom";

    /** Validates that the algorithm exists. */
    public RandomStreams {
        Checks.notNull(algorithm, "algorithm");
        try {
            RandomGeneratorFactory.of(algorithm);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("algorithm must name a java.util.random generator, got " + algorithm, e);
        }
    }

    /** Streams of the default algorithm ({@value #DEFAULT_ALGORITHM}). */
    public static RandomStreams of(long seed) {
        return new RandomStreams(seed, DEFAULT_ALGORITHM);
    }

    /** The generator of stream {@code index}; a new object each call, positioned at its start. */
    public RandomGenerator stream(long index) {
        return RandomGeneratorFactory.of(algorithm).create(mix(seed, index));
    }

    /** An independent family of streams keyed by {@code key} (for example an epoch number). */
    public RandomStreams child(long key) {
        return new RandomStreams(mix(seed, ~key), algorithm);
    }

    /** SplitMix64 finalizer over {@code seed + (index + 1) * golden gamma}. */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
