package org.thermolearn.learning;

import org.thermolearn.core.internal.LogSpace;

/** Test models and brute-force oracles. */
final class SmallRbms {
    private SmallRbms() {
    }

    /** The 3 x 2 reference model. */
    static BernoulliRbm reference() {
        return BernoulliRbm.of(new double[][] {{1.0, 0.3}, {-2.0, 0.8}, {0.5, -1.5}},
                new double[] {0.1, -0.2, 0.3}, new double[] {-0.5, 0.4});
    }

    /** log Z by summing exp(-E) over every joint state (v, h). */
    static double bruteLogZ(BernoulliRbm rbm) {
        int nv = rbm.visibleCount();
        int nh = rbm.hiddenCount();
        double[] terms = new double[1 << (nv + nh)];
        for (int s = 0; s < terms.length; s++) {
            terms[s] = -rbm.energy(bits(s, nv), bits(s >>> nv, nh));
        }
        return LogSpace.logSumExp(terms);
    }

    static double[] bits(int s, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (s >>> i) & 1;
        }
        return v;
    }

    /** Exact visible marginals p(v_i = 1). */
    static double[] visibleMarginals(BernoulliRbm rbm) {
        int nv = rbm.visibleCount();
        double logZ = rbm.logPartitionExact();
        double[] m = new double[nv];
        for (int s = 0; s < 1 << nv; s++) {
            double[] v = bits(s, nv);
            double p = Math.exp(-rbm.freeEnergy(v) - logZ);
            for (int i = 0; i < nv; i++) {
                m[i] += p * v[i];
            }
        }
        return m;
    }

    /** n exact samples of the visible layer (inverse CDF over all 2^nv states). */
    static double[][] exactSamples(BernoulliRbm rbm, int n, java.util.random.RandomGenerator g) {
        int nv = rbm.visibleCount();
        double logZ = rbm.logPartitionExact();
        double[] cdf = new double[1 << nv];
        double acc = 0;
        for (int s = 0; s < cdf.length; s++) {
            acc += Math.exp(-rbm.freeEnergy(bits(s, nv)) - logZ);
            cdf[s] = acc;
        }
        double[][] out = new double[n][];
        for (int r = 0; r < n; r++) {
            double u = g.nextDouble() * acc;
            int s = java.util.Arrays.binarySearch(cdf, u);
            out[r] = bits(s >= 0 ? s : Math.min(cdf.length - 1, -s - 1), nv);
        }
        return out;
    }
}
