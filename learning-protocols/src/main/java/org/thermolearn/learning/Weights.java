package org.thermolearn.learning;

/** Log-weight helpers (effective sample size). Stateless. */
final class Weights {
    private Weights() {
    }

    /** {@code (sum e^a)^2 / sum e^{2a}}, computed relative to the largest log-weight. */
    static double effectiveSampleSize(double[] logWeights) {
        double max = Double.NEGATIVE_INFINITY;
        for (double a : logWeights) {
            max = Math.max(max, a);
        }
        double s = 0;
        double s2 = 0;
        for (double a : logWeights) {
            double e = Math.exp(a - max);
            s += e;
            s2 += e * e;
        }
        return s * s / s2;
    }
}
