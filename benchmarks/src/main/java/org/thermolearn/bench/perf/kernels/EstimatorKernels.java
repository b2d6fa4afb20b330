package org.thermolearn.bench.perf.kernels;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.thermolearn.bench.perf.DescribedKernel;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.core.Mbar;
import org.thermolearn.core.RandomStreams;

/**
 * Kernels of the free-energy estimators, each side by side with pymbar on the same arrays.
 *
 * <ul>
 *   <li>{@code exp}: Jarzynski on {@code samples} Gaussian work values (peer: pymbar EXP);</li>
 *   <li>{@code bar}: BAR on {@code samples} forward + {@code samples} reverse Gaussian work values obeying Crooks
 *       with {@code dF = 2 kT}, {@code var W = 4 kT^2} (peer: pymbar BAR, value and Bennett error);</li>
 *   <li>{@code mbar}: MBAR with free energies and their covariance for {@code states} harmonic oscillators
 *       {@code u_k = K_k/2 (x - O_k)^2}, {@code K_k = 1 + k/4}, {@code O_k = k/5}, {@code samplesPerState} each
 *       (peer: pymbar MBAR and its free-energy differences with uncertainties).</li>
 * </ul>
 *
 * <p>Inputs are written as raw little-endian float64 for numpy. Immutable.
 *
 * <pre>{@code
 * thermolearn bench exp bar mbar
 * }</pre>
 *
 * @since 1.0
 */
public final class EstimatorKernels {
    static final String HINT = "apt-get install python3-pymbar (or pip install pymbar)";

    private EstimatorKernels() {
    }

    /** The estimator kernels: exp, bar, mbar. */
    public static List<Kernel> all() {
        return List.of(new Exp(), new Bar(), new MbarKernel());
    }

    /** Gaussian work {@code mean + sd * z}. */
    static double[] gaussian(int n, double mean, double sd, RandomGenerator rng) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = mean + sd * rng.nextGaussian();
        }
        return w;
    }

    /** Writes doubles as little-endian float64. */
    static void writeRaw(Path file, double[]... rows) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                for (double[] row : rows) {
                    ByteBuffer b = ByteBuffer.allocate(row.length * 8).order(ByteOrder.LITTLE_ENDIAN);
                    b.asDoubleBuffer().put(row);
                    out.write(b.array());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark input " + file + ": " + e.getMessage(), e);
        }
    }

    private static int size(Map<String, Long> sizes, String key) {
        Long v = sizes.get(key);
        if (v == null || v < 1 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("size " + key + " must be in [1, 2^31), got " + v);
        }
        return v.intValue();
    }

    /** Jarzynski kernel. */
    static final class Exp extends DescribedKernel {
        Exp() {
            super("exp",
                    "Jarzynski exponential average with error and ESS (samples=1000000)",
                    "samples", 1,
                    Map.of("samples", 1_000_000L), Map.of("samples", 1_000L));
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            int n = size(sizes, "samples");
            double[] w = gaussian(n, 4, 2, RandomStreams.of(seed).stream(0));
            writeRaw(inputDir.resolve("exp-forward.f64"), w);
            return () -> FreeEnergy.exp(w).deltaF() * 0 + n;
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            return Optional.of(new Peer("pymbar EXP", "estimators.py",
                    List.of("exp", inputDir.resolve("exp-forward.f64").toString()), HINT, List.of("numpy", "pymbar")));
        }
    }

    /** BAR kernel. */
    static final class Bar extends DescribedKernel {
        Bar() {
            super("bar",
                    "Bennett acceptance ratio, value and Bennett error (samples=1000000 forward + 1000000 reverse)",
                    "samples", 1,
                    Map.of("samples", 1_000_000L), Map.of("samples", 1_000L));
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            int n = size(sizes, "samples");
            RandomStreams s = RandomStreams.of(seed);
            double[] f = gaussian(n, 2 + 2, 2, s.stream(0));
            double[] r = gaussian(n, -2 + 2, 2, s.stream(1));
            writeRaw(inputDir.resolve("bar-forward.f64"), f);
            writeRaw(inputDir.resolve("bar-reverse.f64"), r);
            return () -> FreeEnergy.bar(f, r).deltaF() * 0 + 2.0 * n;
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            return Optional.of(new Peer("pymbar BAR", "estimators.py", List.of("bar",
                    inputDir.resolve("bar-forward.f64").toString(), inputDir.resolve("bar-reverse.f64").toString()),
                    HINT, List.of("numpy", "pymbar")));
        }
    }

    /** MBAR kernel. */
    static final class MbarKernel extends DescribedKernel {
        MbarKernel() {
            super("mbar",
                    "MBAR free energies and covariance, harmonic oscillators (states=20, samplesPerState=5000)",
                    "samples", 1,
                    Map.of("states", 20L, "samplesPerState", 5_000L), Map.of("states", 4L, "samplesPerState", 100L));
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            int k = size(sizes, "states");
            int per = size(sizes, "samplesPerState");
            double[][] u = harmonic(k, per, RandomStreams.of(seed).stream(0));
            int[] nK = new int[k];
            java.util.Arrays.fill(nK, per);
            writeRaw(inputDir.resolve("mbar-ukn.f64"), u);
            return () -> {
                Mbar m = FreeEnergy.mbar(u, nK);
                if (!m.converged()) {
                    throw new IllegalStateException("MBAR did not converge in the benchmark: " + m);
                }
                return (double) k * per;
            };
        }

        static double[][] harmonic(int k, int per, RandomGenerator rng) {
            double[] x = new double[k * per];
            for (int s = 0; s < k; s++) {
                double spring = 1 + s / 4.0;
                for (int j = 0; j < per; j++) {
                    x[s * per + j] = s / 5.0 + rng.nextGaussian() / Math.sqrt(spring);
                }
            }
            double[][] u = new double[k][x.length];
            for (int s = 0; s < k; s++) {
                double spring = 1 + s / 4.0;
                for (int n = 0; n < x.length; n++) {
                    double d = x[n] - s / 5.0;
                    u[s][n] = 0.5 * spring * d * d;
                }
            }
            return u;
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            return Optional.of(new Peer("pymbar MBAR", "estimators.py", List.of("mbar",
                    inputDir.resolve("mbar-ukn.f64").toString(), String.valueOf(sizes.get("states")),
                    String.valueOf(sizes.get("samplesPerState"))), HINT, List.of("numpy", "pymbar")));
        }
    }
}
