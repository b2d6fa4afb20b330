package org.thermolearn.learning;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The momentum step {@code vel = mu vel + eta (g - lambda W)}, {@code theta += vel} (no decay on biases) on the
 * layout of {@link RbmGradient}, and the epoch's row permutation. Stateless.
 */
final class ParameterStep {
    private ParameterStep() {
    }

    /**
     * The model after one step.
     *
     * @param velocity momentum buffer; modified
     * @param g gradient; not modified
     */
    static BernoulliRbm apply(BernoulliRbm model, double[] velocity, double[] g, Rates rates) {
        double eta = rates.eta();
        double mu = rates.momentum();
        double weightDecay = rates.weightDecay();
        int nv = model.visibleCount();
        int nw = nv * model.hiddenCount();
        double[] theta = new double[velocity.length];
        System.arraycopy(model.w(), 0, theta, 0, nw);
        System.arraycopy(model.b(), 0, theta, nw, nv);
        System.arraycopy(model.c(), 0, theta, nw + nv, model.hiddenCount());
        for (int k = 0; k < velocity.length; k++) {
            double decay = k < nw ? weightDecay * theta[k] : 0;
            velocity[k] = mu * velocity[k] + eta * (g[k] - decay);
            theta[k] += velocity[k];
        }
        return model.withParameters(Arrays.copyOf(theta, nw), Arrays.copyOfRange(theta, nw, nw + nv),
                Arrays.copyOfRange(theta, nw + nv, theta.length));
    }

    /** Learning rate, momentum and L2 weight decay of one step. */
    record Rates(double eta, double momentum, double weightDecay) {
    }

    /** Fisher-Yates permutation of 0..n-1. */
    static int[] permutation(int n, RandomGenerator g) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
