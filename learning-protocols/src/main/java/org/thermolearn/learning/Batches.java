package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/** Checks and row-major flattening of data sets. Stateless. */
final class Batches {
    private Batches() {
    }

    /** Copies {@code rows x width} into one row-major array, checking shape and the unit interval. */
    static double[] flatten(double[][] data, int width, String name) {
        Checks.notNull(data, name);
        if (data.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row");
        }
        double[] out = new double[data.length * width];
        for (int r = 0; r < data.length; r++) {
            double[] row = Checks.notNull(data[r], name + "[" + r + "]");
            if (row.length != width) {
                throw new IllegalArgumentException(name + "[" + r + "] must have length " + width + ", got "
                        + row.length);
            }
            checkUnitInterval(row, 0, width, name + "[" + r + "]");
            System.arraycopy(row, 0, out, r * width, width);
        }
        return out;
    }

    /** Throws unless every entry in [from, to) lies in [0, 1]. */
    static void checkUnitInterval(double[] a, int from, int to, String name) {
        for (int k = from; k < to; k++) {
            if (!(a[k] >= 0 && a[k] <= 1)) {
                throw new IllegalArgumentException(name + "[" + (k - from) + "] must be in [0, 1] for a Bernoulli RBM, got "
                        + a[k]);
            }
        }
    }
}
