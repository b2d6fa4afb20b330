package org.thermolearn.learning;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thermolearn.core.internal.AtomicFiles;
import org.thermolearn.core.internal.Checks;

/**
 * Saves and restores an {@link RbmTrainingState} between epochs: model, momentum, persistent chains with their
 * ledger, counters and the seed (never generator state: every epoch's streams derive from seed and epoch). The file
 * is written to a temporary name and moved into place, so a killed run leaves the previous checkpoint intact.
 * Resuming with the same {@link TrainingParameters} continues bit-identically. Stateless.
 *
 * <pre>{@code
 * RbmCheckpoint.save(state, Path.of("run.ckpt"));
 * var resumed = RbmCheckpoint.load(Path.of("run.ckpt"), state.parameters());
 * }</pre>
 *
 * @since 1.0
 */
public final class RbmCheckpoint {
    private static final int MAGIC = 0x52424d31;
    private static final int VERSION = 1;

    private RbmCheckpoint() {
    }

    /** Writes the state atomically to {@code file}. */
    public static void save(RbmTrainingState state, Path file) {
        Checks.notNull(state, "state");
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(state.parameters().toString());
            out.writeLong(state.seed());
            out.writeInt(state.epoch());
            out.writeLong(state.updates());
            out.writeLong(state.sweeps());
            BernoulliRbm m = state.model();
            out.writeInt(m.visibleCount());
            out.writeInt(m.hiddenCount());
            writeArrays(out, m.w(), m.b(), m.c(), state.velocity());
            GibbsChainState chains = state.persistentChains();
            if (chains != null) {
                writeArrays(out, chains.visibleFlat(), chains.hiddenFlat());
                writeArrays(out, chains.ledgerArrays());
            }
            out.flush();
        });
    }

    /**
     * Reads a checkpoint written by {@link #save}.
     *
     * @param params the run's settings; must equal those stored
     * @throws IllegalArgumentException if the file is not a checkpoint or the settings differ
     * @throws UncheckedIOException if it cannot be read
     */
    public static RbmTrainingState load(Path file, TrainingParameters params) {
        Checks.notNull(params, "params");
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException(file + " is not an RBM checkpoint of version " + VERSION);
            }
            String stored = in.readUTF();
            if (!stored.equals(params.toString())) {
                throw new IllegalArgumentException("checkpoint " + file + " was written with " + stored
                        + ", not " + params + " (delete it or resume with the same options)");
            }
            long seed = in.readLong();
            int epoch = in.readInt();
            long updates = in.readLong();
            long sweeps = in.readLong();
            int nv = in.readInt();
            int nh = in.readInt();
            double[][] p = readArrays(in, 4);
            BernoulliRbm model = BernoulliRbm.ofFlat(nv, nh, p[0], p[1], p[2]);
            RbmTrainingState state = new RbmTrainingState(model, params, seed, p[3], epoch, updates, sweeps);
            if (state.persistentChains() != null) {
                double[][] s = readArrays(in, 2);
                double[][] l = readArrays(in, 4);
                state.persistentChains().restore(s[0], s[1], l[0], l[1], l[2], l[3]);
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a checkpoint written by {@link #save} for a run that expects {@code seed} and a
     * {@code visible x hidden} model: a checkpoint of another run is refused, never silently continued.
     *
     * @throws IllegalArgumentException if the settings, the seed or the model's shape differ
     */
    public static RbmTrainingState load(Path file, TrainingParameters params, long seed, int visible, int hidden) {
        RbmTrainingState state = load(file, params);
        if (state.seed() != seed) {
            throw new IllegalArgumentException("checkpoint " + file + " was written by a run with another seed"
                    + " (delete it or resume with the same --seed)");
        }
        BernoulliRbm m = state.model();
        if (m.visibleCount() != visible || m.hiddenCount() != hidden) {
            throw new IllegalArgumentException("checkpoint " + file + " holds a " + m.visibleCount() + " x "
                    + m.hiddenCount() + " RBM, not " + visible + " x " + hidden
                    + " (delete it or resume with the same --hidden)");
        }
        return state;
    }

    private static void writeArrays(DataOutputStream out, double[]... arrays) throws IOException {
        for (double[] a : arrays) {
            out.writeInt(a.length);
            for (double x : a) {
                out.writeDouble(x);
            }
        }
    }

    private static double[][] readArrays(DataInputStream in, int count) throws IOException {
        double[][] out = new double[count][];
        for (int k = 0; k < count; k++) {
            int n = in.readInt();
            if (n < 0 || n > 1 << 28) {
                throw new IOException("corrupt array length " + n);
            }
            out[k] = new double[n];
            for (int i = 0; i < n; i++) {
                out[k][i] = in.readDouble();
            }
        }
        return out;
    }
}
