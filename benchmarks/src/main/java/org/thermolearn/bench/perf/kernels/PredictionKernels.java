package org.thermolearn.bench.perf.kernels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.thermolearn.bench.perf.DescribedKernel;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.core.Information;
import org.thermolearn.core.InformationEstimator;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.learning.DrivenSystem;
import org.thermolearn.learning.PredictionSampler;
import org.thermolearn.learning.Relaxation;
import org.thermolearn.learning.Signal;

/**
 * Performance kernels of the information measures and the thermodynamics of prediction.
 *
 * <p>{@code mutual-information}: plug-in mutual information of {@code samples} paired outcomes over an alphabet of
 * {@code alphabet} symbols (contingency table plus sum); peer {@code sklearn.metrics.mutual_info_score}, which
 * computes the same plug-in value in nats. {@code prediction-sampling}: {@link PredictionSampler} on a 3-state ring
 * signal driving a 3-state Glauber system, {@code trajectories} independent trajectories of {@code burnIn + 1}
 * steps each, then plug-in and Miller-Madow information; the unit is steps; peer: the same chain in numpy,
 * vectorised across trajectories in lock-step. Immutable.
 *
 * <pre>{@code
 * thermolearn bench mutual-information prediction-sampling
 * }</pre>
 *
 * @since 1.0
 */
public final class PredictionKernels {
    /** The ring signal of {@code prediction-sampling}. */
    static final double[][] SIGNAL = {{0.8, 0.2, 0}, {0, 0.8, 0.2}, {0.2, 0, 0.8}};
    /** The system energies {@code E[s][x]} of {@code prediction-sampling}, kT. */
    static final double[][] ENERGIES = {{0, 3, 1}, {1, 0, 3}, {3, 1, 0}};

    private PredictionKernels() {
    }

    /** Every kernel of this area. */
    public static List<Kernel> all() {
        return List.of(new MutualInformationKernel(), new SamplingKernel());
    }

    static Map<String, Long> sizes(String k1, long v1, String k2, long v2) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static void writeInts(Path file, int[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        write(file, b.array());
    }

    static void writeDoubles(Path file, double[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        write(file, b.array());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Plug-in mutual information of paired samples. */
    static final class MutualInformationKernel extends DescribedKernel {
        MutualInformationKernel() {
            super("mutual-information",
                    "plug-in mutual information of paired discrete samples (4e6 samples, 16 symbols)",
                    "samples", 1,
                    sizes("samples", 4_000_000, "alphabet", 16), sizes("samples", 10_000, "alphabet", 4));
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            int n = Math.toIntExact(sizes.get("samples"));
            int k = Math.toIntExact(sizes.get("alphabet"));
            int[] a = new int[n];
            int[] b = new int[n];
            RandomGenerator rng = RandomStreams.of(seed).stream(0);
            for (int i = 0; i < n; i++) {
                a[i] = rng.nextInt(k);
                b[i] = rng.nextBoolean() ? a[i] : rng.nextInt(k);
            }
            writeInts(inputDir.resolve("mi_a.bin"), a);
            writeInts(inputDir.resolve("mi_b.bin"), b);
            return () -> {
                double i = Information.mutualInformation(a, b, InformationEstimator.PLUG_IN).value();
                return i < 0 ? -1 : n;
            };
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            return Optional.of(new Peer("scikit-learn mutual_info_score", "mutual_information.py",
                    List.of(inputDir.resolve("mi_a.bin").toString(), inputDir.resolve("mi_b.bin").toString()),
                    "pip install scikit-learn numpy", List.of("numpy", "sklearn")));
        }
    }

    /** Trajectory sampling of a driven system with information estimates. */
    static final class SamplingKernel extends DescribedKernel {
        SamplingKernel() {
            super("prediction-sampling",
                    "sampled thermodynamics of prediction, 3-state signal and system (2e5 trajectories x 51 steps)",
                    "steps", 1,
                    sizes("trajectories", 200_000, "burnIn", 50), sizes("trajectories", 1000, "burnIn", 5));
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            int n = Math.toIntExact(sizes.get("trajectories"));
            int burnIn = Math.toIntExact(sizes.get("burnIn"));
            DrivenSystem system = DrivenSystem.of(ENERGIES, Relaxation.glauber(1, 0.5));
            Signal signal = Signal.markov(SIGNAL);
            PredictionSampler sampler = new PredictionSampler(signal, system);
            writeModel(inputDir, signal, system);
            RandomStreams streams = RandomStreams.of(seed);
            return () -> {
                double w = sampler.sample(n, burnIn, streams).work().value();
                return Double.isNaN(w) ? -1 : (double) n * (burnIn + 1);
            };
        }

        private static void writeModel(Path dir, Signal signal, DrivenSystem system) {
            int k = SIGNAL.length;
            double[] t = new double[k * k];
            double[] kernels = new double[k * k * k];
            double[] eq = new double[k * k];
            double[] e = new double[k * k];
            for (int x = 0; x < k; x++) {
                double[][] kx = system.kernel(x);
                double[] px = system.equilibrium(x);
                for (int s = 0; s < k; s++) {
                    t[x * k + s] = signal.transition(x, s);
                    eq[x * k + s] = px[s];
                    e[s * k + x] = system.energy(s, x);
                    for (int u = 0; u < k; u++) {
                        kernels[(x * k + s) * k + u] = kx[s][u];
                    }
                }
            }
            writeDoubles(dir.resolve("pred_signal.bin"), t);
            writeDoubles(dir.resolve("pred_kernels.bin"), kernels);
            writeDoubles(dir.resolve("pred_equilibrium.bin"), eq);
            writeDoubles(dir.resolve("pred_energies.bin"), e);
            writeDoubles(dir.resolve("pred_stationary.bin"), signal.stationaryDistribution());
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            return Optional.of(new Peer("numpy lock-step Markov chains", "prediction_sampling.py",
                    List.of(inputDir.toString(), Long.toString(sizes.get("trajectories")),
                            Long.toString(sizes.get("burnIn"))),
                    "pip install numpy", List.of("numpy")));
        }
    }
}
