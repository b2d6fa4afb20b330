package org.thermolearn.learning;

import java.util.stream.IntStream;
import org.thermolearn.core.internal.LogSpace;

/**
 * Exact {@code log Z} of a Bernoulli RBM by enumerating the smaller layer {@code s} (n units) with the other summed
 * out analytically: {@code log Z = logsumexp_s [a.s + sum_i softplus(o_i + (M^T s)_i)]}.
 *
 * <p>The 2^n states are cut into chunks of 2^12 by their high bits; inside a chunk a Gray code flips one unit per
 * state, so the other layer's pre-activations change by one weight row. When every pre-activation in a chunk is
 * bounded by B <= {@value #FAST_BOUND}, the factors {@code 1 + exp(x_i)} are updated by multiplication with
 * precomputed {@code exp(+-M_ki)} and their logarithm is taken once per block of {@code min(64, 700/B)} factors
 * (no overflow; each chunk restarts from exact values, so round-off cannot drift beyond about 4096 ulp);
 * otherwise softplus is evaluated directly. Chunks run on the common
 * fork-join pool and are combined in index order, so the result does not depend on the core count. Stateless.
 */
final class ExactPartition {
    /** Largest enumerable layer. */
    static final int MAX_UNITS = 30;
    private static final int LOW_BITS = 12;
    private static final double FAST_BOUND = 350;

    private ExactPartition() {
    }

    static double logPartition(BernoulliRbm rbm) {
        boolean hiddenSmaller = rbm.hiddenCount() <= rbm.visibleCount();
        int n = Math.min(rbm.hiddenCount(), rbm.visibleCount());
        if (n > MAX_UNITS) {
            throw new IllegalArgumentException("exact log Z enumerates the smaller layer, at most " + MAX_UNITS
                    + " units, got " + rbm.visibleCount() + " visible x " + rbm.hiddenCount() + " hidden");
        }
        Layer layer = hiddenSmaller
                ? new Layer(n, rbm.visibleCount(), rbm.wt(), rbm.c(), rbm.b())
                : new Layer(n, rbm.hiddenCount(), rbm.w(), rbm.b(), rbm.c());
        return layer.logSum();
    }

    /** Enumerated layer: n units with biases {@code a}, rows {@code m} (n x other), other layer's biases {@code o}. */
    private record Layer(int n, int other, double[] m, double[] a, double[] o) {
        double logSum() {
            int low = Math.min(n, LOW_BITS);
            int chunks = 1 << (n - low);
            double[] expPlus = new double[low * other];
            double[] expMinus = new double[low * other];
            for (int k = 0; k < low * other; k++) {
                expPlus[k] = Math.exp(m[k]);
                expMinus[k] = Math.exp(-m[k]);
            }
            double[] maxes = new double[chunks];
            double[] sums = new double[chunks];
            IntStream.range(0, chunks).parallel().forEach(k -> {
                double[] r = chunk(k, low, expPlus, expMinus);
                maxes[k] = r[0];
                sums[k] = r[1];
            });
            double max = Double.NEGATIVE_INFINITY;
            for (double x : maxes) {
                max = Math.max(max, x);
            }
            double total = 0;
            for (int k = 0; k < chunks; k++) {
                total += sums[k] * Math.exp(maxes[k] - max);
            }
            return max + Math.log(total);
        }

        /** {max, sum exp(value - max)} over the states whose high bits are {@code k}. */
        private double[] chunk(int k, int low, double[] expPlus, double[] expMinus) {
            double[] x = o.clone();
            double linear = 0;
            for (int bit = low; bit < n; bit++) {
                if ((k >>> (bit - low) & 1) != 0) {
                    linear += a[bit];
                    for (int i = 0; i < other; i++) {
                        x[i] += m[bit * other + i];
                    }
                }
            }
            double bound = bound(x, low);
            return bound <= FAST_BOUND ? fast(x, linear, low, expPlus, expMinus, (int) Math.min(64, 700 / bound))
                    : slow(x, linear, low);
        }

        /** Largest |pre-activation| any state of the chunk can reach (at least 1). */
        private double bound(double[] x, int low) {
            double max = 1;
            for (int i = 0; i < other; i++) {
                double bound = Math.abs(x[i]);
                for (int bit = 0; bit < low; bit++) {
                    bound += Math.abs(m[bit * other + i]);
                }
                max = Math.max(max, bound);
            }
            return max;
        }

        private double[] fast(double[] x, double linear, int low, double[] expPlus, double[] expMinus, int block) {
            double[] e = new double[other];
            for (int i = 0; i < other; i++) {
                e[i] = Math.exp(x[i]);
            }
            boolean[] on = new boolean[low];
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int t = 0; t < 1 << low; t++) {
                if (t > 0) {
                    int bit = Integer.numberOfTrailingZeros(t);
                    on[bit] = !on[bit];
                    linear += on[bit] ? a[bit] : -a[bit];
                    double[] f = on[bit] ? expPlus : expMinus;
                    int row = bit * other;
                    for (int i = 0; i < other; i++) {
                        e[i] *= f[row + i];
                    }
                }
                double value = linear + logProductOnePlus(e, block);
                if (value > max) {
                    sum = sum * Math.exp(max - value) + 1;
                    max = value;
                } else {
                    sum += Math.exp(value - max);
                }
            }
            return new double[] {max, sum};
        }

        private double logProductOnePlus(double[] e, int block) {
            double logs = 0;
            for (int start = 0; start < other; start += block) {
                int end = Math.min(other, start + block);
                double p = 1;
                for (int i = start; i < end; i++) {
                    p *= 1 + e[i];
                }
                logs += Math.log(p);
            }
            return logs;
        }

        private double[] slow(double[] x, double linear, int low) {
            boolean[] on = new boolean[low];
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int t = 0; t < 1 << low; t++) {
                if (t > 0) {
                    int bit = Integer.numberOfTrailingZeros(t);
                    on[bit] = !on[bit];
                    double sign = on[bit] ? 1 : -1;
                    linear += sign * a[bit];
                    for (int i = 0; i < other; i++) {
                        x[i] += sign * m[bit * other + i];
                    }
                }
                double value = linear;
                for (int i = 0; i < other; i++) {
                    value += LogSpace.softplus(x[i]);
                }
                if (value > max) {
                    sum = sum * Math.exp(max - value) + 1;
                    max = value;
                } else {
                    sum += Math.exp(value - max);
                }
            }
            return new double[] {max, sum};
        }
    }
}
