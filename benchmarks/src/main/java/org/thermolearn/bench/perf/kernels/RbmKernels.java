package org.thermolearn.bench.perf.kernels;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
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
import org.thermolearn.core.RandomStreams;
import org.thermolearn.learning.Ais;
import org.thermolearn.learning.BernoulliRbm;
import org.thermolearn.learning.LearningRateSchedule;
import org.thermolearn.learning.RbmTrainingState;
import org.thermolearn.learning.TrainingParameters;

/**
 * Performance kernels of the Bernoulli RBM: one PCD-1 epoch ({@code rbm-pcd-epoch}, peer scikit-learn's
 * {@code BernoulliRBM.fit} for one iteration), AIS with the Salakhutdinov-Murray schedule ({@code ais}, peer a
 * numpy implementation) and exact {@code log Z} by enumeration ({@code exact-logz}). Inputs are synthetic binary
 * images (a centred blob of ink, about 19% of pixels on) written as raw uint8 for the peers; weights as raw
 * little-endian float64. Immutable.
 *
 * <pre>{@code
 * thermolearn bench rbm-pcd-epoch ais exact-logz
 * }</pre>
 *
 * @since 1.0
 */
public final class RbmKernels {
    private RbmKernels() {
    }

    /** Every RBM kernel. */
    public static List<Kernel> all() {
        return List.of(new PcdEpoch(), new AisKernel(), new ExactLogZ());
    }

    /** {@code rows} synthetic 28x28-like binary images of {@code visible} pixels. */
    static double[][] images(int rows, int visible, RandomGenerator g) {
        int side = (int) Math.ceil(Math.sqrt(visible));
        double[][] x = new double[rows][visible];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < visible; i++) {
                double dx = (i % side - side / 2.0) / side;
                double dy = (i / side - side / 2.0) / side;
                double p = 0.7 * Math.exp(-(dx * dx + dy * dy) / 0.03);
                x[r][i] = g.nextDouble() < p ? 1 : 0;
            }
        }
        return x;
    }

    static void writeBytes(Path file, double[][] x) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (double[] row : x) {
                for (double v : row) {
                    out.write((int) v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeDoubles(Path file, double[]... arrays) {
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (double[] a : arrays) {
                for (double v : a) {
                    b.clear();
                    b.putDouble(v);
                    out.write(b.array());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int size(Map<String, Long> sizes, String key) {
        Long v = sizes.get(key);
        if (v == null || v < 1 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("size " + key + " must be a positive int, got " + v);
        }
        return v.intValue();
    }

    /** 784 x H model with weights N(0, 0.05^2) and visible biases -1.5 + N(0, 0.5^2). */
    static BernoulliRbm model(int visible, int hidden, long seed) {
        RandomGenerator g = RandomStreams.of(seed).stream(1);
        double[] w = new double[visible * hidden];
        for (int k = 0; k < w.length; k++) {
            w[k] = 0.05 * g.nextGaussian();
        }
        double[] b = new double[visible];
        for (int i = 0; i < visible; i++) {
            b[i] = -1.5 + 0.5 * g.nextGaussian();
        }
        return BernoulliRbm.ofFlat(visible, hidden, w, b, new double[hidden]);
    }

    /** One PCD-1 epoch. */
    static final class PcdEpoch extends DescribedKernel {
        PcdEpoch() {
            super("rbm-pcd-epoch",
                    "one PCD-1 epoch, 60,000 x 784 binary images, 500 hidden, batch 100, 100 chains",
                    "images", 0,
                    Map.of("rows", 60_000L, "visible", 784L, "hidden", 500L, "batch", 100L),
                    Map.of("rows", 300L, "visible", 64L, "hidden", 20L, "batch", 100L));
        }

        @Override
        public double flopsPerTrial(Map<String, Long> s) {
            // dense-equivalent: 2 products (data, chains) + 1 reconstruction + 2 outer products, 2 flops each
            return 2.0 * 5 * s.get("rows") * s.get("visible") * s.get("hidden");
        }

        @Override
        public Trial prepare(Map<String, Long> s, long seed, Path inputDir) {
            int rows = size(s, "rows");
            int nv = size(s, "visible");
            int nh = size(s, "hidden");
            int batch = size(s, "batch");
            double[][] x = images(rows, nv, RandomStreams.of(seed).stream(0));
            if (inputDir != null) {
                writeBytes(inputDir.resolve("rbm-pcd-epoch.u8"), x);
            }
            BernoulliRbm init = BernoulliRbm.forData(x, nh, 0.01, RandomStreams.of(seed).stream(2));
            var p = TrainingParameters.pcd(batch, LearningRateSchedule.constant(0.1)).withBatchSize(batch);
            return () -> {
                RbmTrainingState.start(init, p, seed).runEpoch(x);
                return rows;
            };
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> s, Path inputDir) {
            return Optional.of(new Peer("scikit-learn BernoulliRBM.fit, n_iter=1", "rbm_pcd_epoch.py",
                    List.of(inputDir.resolve("rbm-pcd-epoch.u8").toString(), s.get("rows").toString(),
                            s.get("visible").toString(), s.get("hidden").toString(), s.get("batch").toString()),
                    "apt-get install python3-sklearn", List.of("numpy", "sklearn")));
        }
    }

    /** Forward AIS with the standard schedule. */
    static final class AisKernel extends DescribedKernel {
        AisKernel() {
            super("ais",
                    "forward AIS, 784 x 500 RBM, 14,500 temperatures, 100 chains",
                    "chain-temperatures", 0,
                    Map.of("visible", 784L, "hidden", 500L, "betas", 14_500L, "chains", 100L),
                    Map.of("visible", 64L, "hidden", 10L, "betas", 100L, "chains", 10L));
        }

        @Override
        public double flopsPerTrial(Map<String, Long> s) {
            return 2.0 * 2 * s.get("betas") * s.get("chains") * s.get("visible") * s.get("hidden");
        }

        @Override
        public Trial prepare(Map<String, Long> s, long seed, Path inputDir) {
            int nv = size(s, "visible");
            int nh = size(s, "hidden");
            int nb = size(s, "betas");
            int chains = size(s, "chains");
            BernoulliRbm rbm = model(nv, nh, seed);
            double[] betas = nb == 14_500 ? Ais.standardBetas() : Ais.linearBetas(nb);
            if (inputDir != null) {
                writeDoubles(inputDir.resolve("ais-model.f64"), rbm.weightsFlat(), rbm.visibleBias(), rbm.hiddenBias(),
                        betas);
            }
            return () -> {
                Ais.logPartition(rbm, chains, betas, seed);
                return (double) chains * nb;
            };
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> s, Path inputDir) {
            return Optional.of(new Peer("numpy AIS (Salakhutdinov-Murray, vectorized over chains)", "rbm_ais.py",
                    List.of(inputDir.resolve("ais-model.f64").toString(), s.get("visible").toString(),
                            s.get("hidden").toString(), s.get("betas").toString(), s.get("chains").toString()),
                    "apt-get install python3-numpy", List.of("numpy")));
        }
    }

    /** Exact log Z by enumerating the hidden layer. */
    static final class ExactLogZ extends DescribedKernel {
        ExactLogZ() {
            super("exact-logz",
                    "exact log Z of a 784 x 20 RBM (2^20 hidden states)",
                    "states", 0,
                    Map.of("visible", 784L, "hidden", 20L), Map.of("visible", 64L, "hidden", 12L));
        }

        @Override
        public Trial prepare(Map<String, Long> s, long seed, Path inputDir) {
            BernoulliRbm rbm = model(size(s, "visible"), size(s, "hidden"), seed);
            return () -> {
                rbm.logPartitionExact();
                return Math.pow(2, rbm.hiddenCount());
            };
        }
    }
}
