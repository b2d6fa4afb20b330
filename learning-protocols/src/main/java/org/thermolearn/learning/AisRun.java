package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.core.internal.LogSpace;

/** One annealing schedule between a base model and an RBM; runs blocks of chains. Immutable and thread-safe. */
final class AisRun {
    private final BernoulliRbm rbm;
    private final double[] baseBias;
    private final double[] betas;
    private final double logZBase;

    private AisRun(BernoulliRbm rbm, double[] baseBias, double[] betas) {
        this.rbm = rbm;
        this.baseBias = baseBias;
        this.betas = betas;
        double z = rbm.hiddenCount() * Math.log(2);
        for (double bi : baseBias) {
            z += LogSpace.softplus(bi);
        }
        this.logZBase = z;
    }

    static AisRun of(BernoulliRbm rbm, double[] baseVisibleBias, double[] betas, boolean reverse) {
        Checks.notNull(rbm, "rbm");
        Checks.allFinite(baseVisibleBias, "baseVisibleBias");
        if (baseVisibleBias.length != rbm.visibleCount()) {
            throw new IllegalArgumentException("baseVisibleBias must have length " + rbm.visibleCount() + ", got "
                    + baseVisibleBias.length);
        }
        Checks.nonEmptyFinite(betas, "betas");
        if (betas.length < 2 || betas[0] != 0 || betas[betas.length - 1] != 1) {
            throw new IllegalArgumentException("betas must run from exactly 0 to exactly 1 with at least 2 entries, got "
                    + betas.length + " from " + betas[0] + " to " + betas[betas.length - 1]);
        }
        for (int k = 1; k < betas.length; k++) {
            if (betas[k] < betas[k - 1]) {
                throw new IllegalArgumentException("betas must be non-decreasing, betas[" + k + "] = " + betas[k]
                        + " < " + betas[k - 1]);
            }
        }
        double[] path = betas.clone();
        if (reverse) {
            for (int k = 0; k < path.length; k++) {
                path[k] = betas[betas.length - 1 - k];
            }
        }
        return new AisRun(rbm, baseVisibleBias.clone(), path);
    }

    double logZBase() {
        return logZBase;
    }

    double[] betas() {
        return betas;
    }

    /** Anneals chains r0..r1-1 along the path; states in {@code v} (modified), log-weights into {@code logW}. */
    void anneal(double[] v, double[] logW, int r0, int r1, RandomStreams streams) {
        int nv = rbm.visibleCount();
        int nh = rbm.hiddenCount();
        int n = r1 - r0;
        double[] vb = java.util.Arrays.copyOfRange(v, r0 * nv, r1 * nv);
        double[] x = new double[n * nh];
        double[] h = new double[n * nh];
        double[] y = new double[n * nv];
        double[] dB = new double[nv];
        for (int i = 0; i < nv; i++) {
            dB[i] = rbm.b()[i] - baseBias[i];
        }
        RandomGenerator[] g = new RandomGenerator[n];
        for (int r = 0; r < n; r++) {
            g[r] = streams.stream(r0 + r);
        }
        double[] lw = new double[n];
        for (int k = 1; k < betas.length; k++) {
            double prev = betas[k - 1];
            double next = betas[k];
            RbmOps.affine(vb, nv, rbm.w(), nh, rbm.c(), x, 0, n);
            boolean transition = k < betas.length - 1;
            for (int r = 0; r < n; r++) {
                double bias = (next - prev) * RbmOps.dot(vb, r * nv, dB, nv);
                double fNext = transition ? softplusAndSample(x, next, h, r * nh, nh, g[r])
                        : RbmOps.sumSoftplus(x, next, r * nh, (r + 1) * nh);
                lw[r] += bias + fNext - RbmOps.sumSoftplus(x, prev, r * nh, (r + 1) * nh);
            }
            if (transition) {
                RbmOps.affine(h, nh, rbm.wt(), nv, rbm.b(), y, 0, n);
                sampleVisible(y, next, vb, n, g);
            }
        }
        System.arraycopy(vb, 0, v, r0 * nv, n * nv);
        System.arraycopy(lw, 0, logW, r0, n);
    }

    /** {@code v_i ~ sigmoid((1 - beta) bA_i + beta y_i)} for n chains. */
    private void sampleVisible(double[] y, double beta, double[] vb, int n, RandomGenerator[] g) {
        int nv = rbm.visibleCount();
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < nv; i++) {
                int q = r * nv + i;
                double field = (1 - beta) * baseBias[i] + beta * y[q];
                vb[q] = g[r].nextDouble() < LogSpace.sigmoid(field) ? 1 : 0;
            }
        }
    }

    /** {@code sum_j softplus(beta x_j)} over one chain's hidden units while sampling {@code h_j ~ sigmoid(beta x_j)}. */
    private static double softplusAndSample(double[] x, double beta, double[] h, int off, int n, RandomGenerator g) {
        double linear = 0;
        double product = 1;
        double logs = 0;
        for (int j = off; j < off + n; j++) {
            double z = beta * x[j];
            double e = Math.exp(-Math.abs(z));
            double p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
            h[j] = g.nextDouble() < p ? 1 : 0;
            linear += Math.max(z, 0);
            product *= 1 + e;
            if (product > 1e250) {
                logs += Math.log(product);
                product = 1;
            }
        }
        return linear + logs + Math.log(product);
    }
}
