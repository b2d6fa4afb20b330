package org.thermolearn.learning;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.Checks;

/**
 * A restricted Boltzmann machine with Bernoulli visible units {@code v} in {0,1}^n and hidden units {@code h} in
 * {0,1}^m: energy {@code E(v,h) = -b.v - c.h - v^T W h} in kT, Gibbs distribution {@code p(v,h) = exp(-E)/Z}, and
 * free energy of a visible vector (hidden units summed out)
 * {@code F(v) = -b.v - sum_j softplus(c_j + (W^T v)_j)}, so that {@code p(v) = exp(-F(v))/Z}. Softplus is
 * evaluated as {@code max(x,0) + log1p(exp(-|x|))}, exact for pre-activations of +-1e6.
 *
 * <p>Immutable and thread-safe; parameter updates make a new model ({@link #withParameters}). Visible vectors may
 * hold probabilities in [0, 1] (the energy is linear in {@code v}); samples are 0/1.
 * Reference: Hinton, Neural Comput. 14, 1771 (2002), doi:10.1162/089976602760128018.
 *
 * <pre>{@code
 * var rbm = BernoulliRbm.of(new double[][] {{1.0, 0.3}, {-2.0, 0.8}, {0.5, -1.5}},
 *         new double[] {0.1, -0.2, 0.3}, new double[] {-0.5, 0.4});
 * rbm.freeEnergy(new double[] {1, 0, 1});   // -2.084362353466
 * rbm.logPartitionExact();                  // 3.685950559409
 * }</pre>
 *
 * @since 1.0
 */
public final class BernoulliRbm {
    private final int nv;
    private final int nh;
    private final double[] w;
    private final double[] wt;
    private final double[] b;
    private final double[] c;

    private BernoulliRbm(int nv, int nh, double[] w, double[] b, double[] c) {
        this.nv = nv;
        this.nh = nh;
        this.w = w;
        this.b = b;
        this.c = c;
        this.wt = new double[nv * nh];
        int tile = 32;   // transposed in 32 x 32 tiles: the strided writes stay in cache
        for (int i0 = 0; i0 < nv; i0 += tile) {
            for (int j0 = 0; j0 < nh; j0 += tile) {
                for (int i = i0; i < Math.min(nv, i0 + tile); i++) {
                    for (int j = j0; j < Math.min(nh, j0 + tile); j++) {
                        wt[j * nv + i] = w[i * nh + j];
                    }
                }
            }
        }
    }

    /**
     * A model from its parameters (copied).
     *
     * @param weights {@code visible x hidden}, finite; not modified
     * @param visibleBias {@code b}, length = visible units; not modified
     * @param hiddenBias {@code c}, length = hidden units; not modified
     * @throws IllegalArgumentException on empty, ragged, mismatched or non-finite input
     */
    public static BernoulliRbm of(double[][] weights, double[] visibleBias, double[] hiddenBias) {
        Checks.notNull(weights, "weights");
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must have at least one row (visible unit)");
        }
        int nh = Checks.notNull(weights[0], "weights[0]").length;
        double[] flat = new double[weights.length * nh];
        for (int i = 0; i < weights.length; i++) {
            Checks.notNull(weights[i], "weights[" + i + "]");
            if (weights[i].length != nh) {
                throw new IllegalArgumentException("weights must be rectangular: row " + i + " has "
                        + weights[i].length + " entries, row 0 has " + nh);
            }
            System.arraycopy(weights[i], 0, flat, i * nh, nh);
        }
        return ofFlat(weights.length, nh, flat, visibleBias, hiddenBias);
    }

    /**
     * A model from row-major weights ({@code weights[i * hidden + j]}), copied.
     *
     * @throws IllegalArgumentException on mismatched lengths or non-finite values
     */
    public static BernoulliRbm ofFlat(int visible, int hidden, double[] weights, double[] visibleBias,
            double[] hiddenBias) {
        Checks.positive(visible, "visible");
        Checks.positive(hidden, "hidden");
        Checks.allFinite(weights, "weights");
        Checks.allFinite(visibleBias, "visibleBias");
        Checks.allFinite(hiddenBias, "hiddenBias");
        if (weights.length != (long) visible * hidden) {
            throw new IllegalArgumentException("weights must have visible*hidden = " + (long) visible * hidden
                    + " entries, got " + weights.length);
        }
        requireLength(visibleBias, visible, "visibleBias");
        requireLength(hiddenBias, hidden, "hiddenBias");
        return new BernoulliRbm(visible, hidden, weights.clone(), visibleBias.clone(), hiddenBias.clone());
    }

    /** A model with {@code W = 0}, the given visible biases and zero hidden biases (independent pixels). */
    public static BernoulliRbm independent(double[] visibleBias, int hidden) {
        Checks.notNull(visibleBias, "visibleBias");
        return ofFlat(visibleBias.length, hidden, new double[visibleBias.length * hidden], visibleBias,
                new double[hidden]);
    }

    /**
     * Random Gaussian weights {@code N(0, weightScale^2)}, visible biases {@code visibleBias}, zero hidden biases.
     *
     * @param rng source of the weights (e.g. {@code RandomStreams.of(1).stream(0)})
     */
    public static BernoulliRbm random(int visible, int hidden, double weightScale, double visibleBias,
            RandomGenerator rng) {
        Checks.positive(visible, "visible");
        Checks.positive(hidden, "hidden");
        Checks.nonNegativeFinite(weightScale, "weightScale");
        double[] w = new double[visible * hidden];
        for (int k = 0; k < w.length; k++) {
            w[k] = weightScale * rng.nextGaussian();
        }
        double[] b = new double[visible];
        Arrays.fill(b, Checks.finite(visibleBias, "visibleBias"));
        return new BernoulliRbm(visible, hidden, w, b, new double[hidden]);
    }

    /**
     * The usual starting point for training on {@code data}: visible biases at the log-odds of the smoothed pixel
     * means ({@link Ais#baseRateBiases}), weights {@code N(0, weightScale^2)} (e.g. 0.01), hidden biases 0.
     */
    public static BernoulliRbm forData(double[][] data, int hidden, double weightScale, RandomGenerator rng) {
        double[] b = Ais.baseRateBiases(data);
        Checks.positive(hidden, "hidden");
        Checks.nonNegativeFinite(weightScale, "weightScale");
        Checks.notNull(rng, "rng");
        double[] w = new double[b.length * hidden];
        for (int k = 0; k < w.length; k++) {
            w[k] = weightScale * rng.nextGaussian();
        }
        return new BernoulliRbm(b.length, hidden, w, b, new double[hidden]);
    }

    private static void requireLength(double[] a, int n, String name) {
        if (a.length != n) {
            throw new IllegalArgumentException(name + " must have length " + n + ", got " + a.length);
        }
    }

    /** Number of visible units. */
    public int visibleCount() {
        return nv;
    }

    /** Number of hidden units. */
    public int hiddenCount() {
        return nh;
    }

    /** Weight {@code W[i][j]} between visible {@code i} and hidden {@code j}. */
    public double weight(int i, int j) {
        return w[i * nh + j];
    }

    /** A copy of the weights, {@code visible x hidden}. */
    public double[][] weights() {
        double[][] out = new double[nv][];
        for (int i = 0; i < nv; i++) {
            out[i] = Arrays.copyOfRange(w, i * nh, (i + 1) * nh);
        }
        return out;
    }

    /** A copy of the row-major weights. */
    public double[] weightsFlat() {
        return w.clone();
    }

    /** A copy of the visible biases {@code b}. */
    public double[] visibleBias() {
        return b.clone();
    }

    /** A copy of the hidden biases {@code c}. */
    public double[] hiddenBias() {
        return c.clone();
    }

    /** A new model with these parameters (same shape). */
    public BernoulliRbm withParameters(double[] flatWeights, double[] visibleBias, double[] hiddenBias) {
        return ofFlat(nv, nh, flatWeights, visibleBias, hiddenBias);
    }

    double[] w() {
        return w;
    }

    double[] wt() {
        return wt;
    }

    double[] b() {
        return b;
    }

    double[] c() {
        return c;
    }

    /** Energy {@code E(v,h) = -b.v - c.h - v^T W h} in kT. */
    public double energy(double[] v, double[] h) {
        checkVisible(v);
        checkHidden(h);
        return energyAt(v, 0, h, 0);
    }

    double energyAt(double[] v, int vOff, double[] h, int hOff) {
        double e = -RbmOps.dot(v, vOff, b, nv) - RbmOps.dot(h, hOff, c, nh);
        for (int i = 0; i < nv; i++) {
            double vi = v[vOff + i];
            if (vi != 0) {
                e -= vi * dotRow(i, h, hOff);
            }
        }
        return e;
    }

    private double dotRow(int i, double[] h, int hOff) {
        double s = 0;
        int row = i * nh;
        for (int j = 0; j < nh; j++) {
            s += w[row + j] * h[hOff + j];
        }
        return s;
    }

    /** Free energy {@code F(v) = -b.v - sum_j softplus(c_j + (W^T v)_j)} in kT; no overflow. */
    public double freeEnergy(double[] v) {
        checkVisible(v);
        double[] x = new double[nh];
        RbmOps.affine(v, nv, w, nh, c, x, 0, 1);
        return -RbmOps.dot(v, 0, b, nv) - RbmOps.sumSoftplus(x, 1, 0, nh);
    }

    double freeEnergyAt(double[] v, int vOff) {
        double[] x = c.clone();
        for (int i = 0; i < nv; i++) {
            double vi = v[vOff + i];
            if (vi != 0) {
                for (int j = 0; j < nh; j++) {
                    x[j] += vi * w[i * nh + j];
                }
            }
        }
        return -RbmOps.dot(v, vOff, b, nv) - RbmOps.sumSoftplus(x, 1, 0, nh);
    }

    /** {@code p(h_j = 1 | v) = sigmoid(c_j + (W^T v)_j)} for every j. */
    public double[] hiddenProbabilities(double[] v) {
        checkVisible(v);
        double[] x = new double[nh];
        RbmOps.affine(v, nv, w, nh, c, x, 0, 1);
        return sigmoidAll(x);
    }

    /** {@code p(v_i = 1 | h) = sigmoid(b_i + (W h)_i)} for every i. */
    public double[] visibleProbabilities(double[] h) {
        checkHidden(h);
        double[] a = new double[nv];
        RbmOps.affine(h, nh, wt, nv, b, a, 0, 1);
        return sigmoidAll(a);
    }

    private static double[] sigmoidAll(double[] x) {
        for (int k = 0; k < x.length; k++) {
            x[k] = org.thermolearn.core.internal.LogSpace.sigmoid(x[k]);
        }
        return x;
    }

    /** Exact {@code log Z} by enumerating the smaller layer (at most {@value ExactPartition#MAX_UNITS} units). */
    public double logPartitionExact() {
        return ExactPartition.logPartition(this);
    }

    /** Mean log-likelihood {@code <-F(v)> - log Z} of the rows of {@code data}, nats per row. */
    public double logLikelihood(double[][] data, double logZ) {
        Checks.finite(logZ, "logZ");
        return -meanFreeEnergy(data) - logZ;
    }

    /** Mean free energy of the rows of {@code data} (checked to lie in [0, 1]). */
    public double meanFreeEnergy(double[][] data) {
        double[] flat = Batches.flatten(data, nv, "data");
        int rows = data.length;
        double[] x = new double[rows * nh];
        RbmOps.affine(flat, nv, w, nh, c, x, 0, rows);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += -RbmOps.dot(flat, r * nv, b, nv) - RbmOps.sumSoftplus(x, 1, r * nh, (r + 1) * nh);
        }
        return sum / rows;
    }

    /** Exact pseudo-log-likelihood {@code sum_i log p(v_i | v_-i)}; see {@link PseudoLikelihood}. */
    public double pseudoLogLikelihood(double[] v) {
        return PseudoLikelihood.exact(this, v);
    }

    void checkVisible(double[] v) {
        Checks.notNull(v, "v");
        requireLength(v, nv, "v");
        Batches.checkUnitInterval(v, 0, nv, "v");
    }

    void checkHidden(double[] h) {
        Checks.notNull(h, "h");
        requireLength(h, nh, "h");
        Batches.checkUnitInterval(h, 0, nh, "h");
    }

    @Override
    public String toString() {
        double norm = 0;
        for (double x : w) {
            norm += x * x;
        }
        return String.format(java.util.Locale.ROOT, "BernoulliRbm[visible=%d, hidden=%d, |W|=%.4g]", nv, nh,
                Math.sqrt(norm));
    }
}
