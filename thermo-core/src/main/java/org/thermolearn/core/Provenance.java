package org.thermolearn.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.thermolearn.core.internal.Checks;

/**
 * Where a result came from: inputs only (library version, seed, random-stream algorithm and derivation version,
 * parameters, sample count), so the same inputs give equal records and byte-identical JSON. Wall-clock time,
 * host and JVM belong in a run report, not here. Immutable and thread-safe.
 *
 * <pre>{@code
 * var p = Provenance.of(RandomStreams.of(42), Map.of("k0", 1.0, "k1", 4.0), 10_000);
 * p.version();   // the library version
 * }</pre>
 *
 * @param library library name, {@code thermolearn}
 * @param version library version
 * @param seed the seed of the run's {@link RandomStreams}
 * @param streamAlgorithm the generator algorithm
 * @param derivationVersion {@link RandomStreams#DERIVATION_VERSION}
 * @param parameters named parameter values (sorted by name)
 * @param n number of trajectories or samples
 * @since 1.0
 */
public record Provenance(String library, String version, long seed, String streamAlgorithm, int derivationVersion,
        Map<String, Object> parameters, long n) {

    /** The library's version, read from the jar's resources. */
    public static final String LIBRARY_VERSION = readVersion();

    /** Validates and copies the parameters into name order. */
    public Provenance {
        Checks.notNull(library, "library");
        Checks.notNull(version, "version");
        Checks.notNull(streamAlgorithm, "streamAlgorithm");
        parameters = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(parameters, "parameters")));
    }

    /** Provenance of a seeded run of this library. */
    public static Provenance of(RandomStreams streams, Map<String, ?> parameters, long n) {
        return new Provenance("thermolearn", LIBRARY_VERSION, streams.seed(), streams.algorithm(),
                RandomStreams.DERIVATION_VERSION, Map.copyOf(parameters), n);
    }

    /** Provenance of data that did not come from a seeded run (e.g. read from a file). */
    public static Provenance unseeded(Map<String, ?> parameters, long n) {
        return new Provenance("thermolearn", LIBRARY_VERSION, 0, "none", 0, Map.copyOf(parameters), n);
    }

    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
