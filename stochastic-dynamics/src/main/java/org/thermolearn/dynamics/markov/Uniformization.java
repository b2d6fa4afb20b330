package org.thermolearn.dynamics.markov;

/**
 * Exact propagation of the master equation {@code dp/dt = p Q} over a time {@code tau} at constant rates by
 * uniformization (Jensen's method), together with the occupation integral {@code int_0^tau p(s) ds}.
 *
 * <p>With {@code L >= max exit rate} and the stochastic matrix {@code P = I + Q/L}:
 * {@code p(tau) = sum_k Pois(k; L tau) p P^k} and {@code int_0^tau p = (1/L) sum_k P[N(tau) > k] p P^k}. Every term
 * is non-negative, so there is no cancellation; the series is cut when the Poisson weight falls below
 * {@value #CUTOFF} past the mode (truncation error below 1e-16 relative), and {@code tau} is split so that
 * {@code L h <= }{@value #MAX_LAMBDA_H} (no underflow of {@code exp(-L h)}). A distribution that is already
 * stationary (residual {@code |p Q| <= 1e-14 L}) is returned unchanged. Reference: Grassmann, Transient solutions
 * in Markovian queueing systems, Comput. Oper. Res. 4 (1977) 47, doi:10.1016/0305-0548(77)90007-7.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * double[] p = {1, 0}, occ = new double[2];
 * Uniformization.propagate(new double[][] {{0, 1}, {1, 0}}, new double[] {1, 0}, 1.0, p, occ);
 * }</pre>
 *
 * @since 1.0
 */
public final class Uniformization {
    /** Poisson weight below which the series is cut (past the mode). */
    public static final double CUTOFF = 1e-18;
    /** Largest {@code L h} per sub-interval. */
    public static final double MAX_LAMBDA_H = 20;

    private Uniformization() {
    }

    /**
     * Propagates {@code p} over {@code tau} and accumulates the occupation integral.
     *
     * @param w rates {@code i -> j} (Not modified), diagonal ignored
     * @param p0 initial distribution (Not modified)
     * @param tau duration, >= 0
     * @param p receives {@code p(tau)} (Modified)
     * @param occupation receives {@code int_0^tau p(s) ds} (Modified, overwritten)
     */
    public static void propagate(double[][] w, double[] p0, double tau, double[] p, double[] occupation) {
        int n = p0.length;
        double[] exit = new double[n];
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                exit[i] += j == i ? 0 : w[i][j];
            }
            lambda = Math.max(lambda, exit[i]);
        }
        System.arraycopy(p0, 0, p, 0, n);
        if (lambda == 0 || tau == 0 || isStationary(w, exit, p0, lambda)) {
            for (int i = 0; i < n; i++) {
                occupation[i] = p0[i] * tau;
            }
            return;
        }
        java.util.Arrays.fill(occupation, 0);
        int pieces = (int) Math.ceil(lambda * tau / MAX_LAMBDA_H);
        double h = tau / pieces;
        for (int k = 0; k < pieces; k++) {
            step(w, exit, lambda, h, p, occupation);
        }
    }

    private static void step(double[][] w, double[] exit, double lambda, double h, double[] p, double[] occupation) {
        int n = p.length;
        double[] v = p.clone();
        double[] next = new double[n];
        double lh = lambda * h;
        double weight = Math.exp(-lh);
        double cdf = weight;
        java.util.Arrays.fill(p, 0);
        for (int k = 0; ; k++) {
            double tail = Math.max(0, 1 - cdf);
            for (int i = 0; i < n; i++) {
                p[i] += weight * v[i];
                occupation[i] += tail / lambda * v[i];
            }
            if (k > lh && weight < CUTOFF) {
                return;
            }
            multiply(w, exit, lambda, v, next);
            double[] t = v;
            v = next;
            next = t;
            weight *= lh / (k + 1);
            cdf += weight;
        }
    }

    /** {@code out = v (I + Q/L)}. */
    private static void multiply(double[][] w, double[] exit, double lambda, double[] v, double[] out) {
        int n = v.length;
        for (int j = 0; j < n; j++) {
            out[j] = v[j] * (1 - exit[j] / lambda);
        }
        for (int i = 0; i < n; i++) {
            double vi = v[i] / lambda;
            if (vi != 0) {
                double[] row = w[i];
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        out[j] += vi * row[j];
                    }
                }
            }
        }
    }

    private static boolean isStationary(double[][] w, double[] exit, double[] p, double lambda) {
        int n = p.length;
        for (int j = 0; j < n; j++) {
            double flow = -p[j] * exit[j];
            for (int i = 0; i < n; i++) {
                flow += i == j ? 0 : p[i] * w[i][j];
            }
            if (Math.abs(flow) > 1e-14 * lambda) {
                return false;
            }
        }
        return true;
    }
}
