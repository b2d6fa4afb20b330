package org.thermolearn.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;

/**
 * One stored trajectory, sampled every few steps: time, lambda, configuration, and running work and heat (energies
 * in the simulation's unit). Obtain from {@link Ensemble#paths}; trajectory i is the same one that
 * {@link Ensemble#run} simulates as trajectory i.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * var sim = Langevin.overdamped(Potential.harmonicCentre(1), Protocol.linear(0, 2, 2), LangevinParameters.of(0.01));
 * StoredPath p = Ensemble.of(sim, 100).paths(RandomStreams.of(1), 3, 10).get(0);
 * p.work().get(p.size() - 1);
 * }</pre>
 *
 * @param trajectory index of the trajectory in its ensemble
 * @param time sample times
 * @param lambda lambda at the sample times
 * @param coordinates one series per coordinate
 * @param work running work
 * @param heat running heat
 * @since 1.0
 */
public record StoredPath(long trajectory, Samples time, Samples lambda, List<Samples> coordinates, Samples work,
        Samples heat) {
    /** Validates that all series have one length. */
    public StoredPath {
        Checks.notNull(time, "time");
        coordinates = List.copyOf(coordinates);
        for (Samples s : List.of(lambda, work, heat)) {
            if (s.size() != time.size()) {
                throw new IllegalArgumentException("every series needs " + time.size() + " samples, got " + s.size());
            }
        }
    }

    /** Number of samples. */
    public int size() {
        return time.size();
    }

    /** Collects every {@code every}-th step (and step 0) of one trajectory. Mutable, one thread. */
    static final class Recorder implements PathObserver {
        private final int every;
        private final int dimension;
        private double[][] columns;
        private int size;

        Recorder(int every, int dimension) {
            this.every = every;
            this.dimension = dimension;
            this.columns = new double[4 + dimension][16];
        }

        @Override
        public void observe(int step, double time, double lambda, double[] x, double work, double heat) {
            if (step % every != 0) {
                return;
            }
            if (size == columns[0].length) {
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], 2 * size);
                }
            }
            columns[0][size] = time;
            columns[1][size] = lambda;
            columns[2][size] = work;
            columns[3][size] = heat;
            for (int i = 0; i < dimension; i++) {
                columns[4 + i][size] = x[i];
            }
            size++;
        }

        StoredPath toPath(long index) {
            List<Samples> xs = new ArrayList<>();
            for (int i = 0; i < dimension; i++) {
                xs.add(series(4 + i));
            }
            return new StoredPath(index, series(0), series(1), xs, series(2), series(3));
        }

        private Samples series(int c) {
            return Samples.of(Arrays.copyOf(columns[c], size));
        }
    }
}
