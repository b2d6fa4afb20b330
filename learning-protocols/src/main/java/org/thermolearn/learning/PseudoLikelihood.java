package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.core.internal.LogSpace;

/**
 * Pseudo-log-likelihood of a binary visible vector (Besag 1975, doi:10.2307/2987782):
 * {@code PLL(v) = sum_i log p(v_i | v_-i)} with {@code log p(v_i | v_-i) = -softplus(F(v) - F(v~i))}, where
 * {@code v~i} is {@code v} with unit {@code i} flipped and {@code F} the free energy (kT). The exact version sums all
 * sites ({@code O(n^2 m)}); the stochastic one-site version is {@code n log p(v_i | v_-i)} at one uniformly drawn
 * site, the unbiased estimator scikit-learn's {@code score_samples} reports. Nats. Stateless and thread-safe.
 *
 * <pre>{@code
 * PseudoLikelihood.exact(rbm, new double[] {1, 0, 1});
 * PseudoLikelihood.perSite(rbm, new double[] {1, 0, 1});
 * PseudoLikelihood.stochasticOneSite(rbm, new double[] {1, 0, 1}, RandomStreams.of(1).stream(0));
 * }</pre>
 *
 * @since 1.0
 */
public final class PseudoLikelihood {
    private PseudoLikelihood() {
    }

    /** Exact {@code sum_i log p(v_i | v_-i)}, nats. */
    public static double exact(BernoulliRbm rbm, double[] v) {
        double sum = 0;
        for (double s : perSite(rbm, v)) {
            sum += s;
        }
        return sum;
    }

    /** {@code log p(v_i | v_-i)} for every site {@code i}, nats. */
    public static double[] perSite(BernoulliRbm rbm, double[] v) {
        checkBinary(rbm, v);
        int nv = rbm.visibleCount();
        double[] out = new double[nv];
        for (int i = 0; i < nv; i++) {
            out[i] = site(rbm, v, i);
        }
        return out;
    }

    /** {@code n log p(v_i | v_-i)} at one site drawn uniformly from {@code rng}, nats. */
    public static double stochasticOneSite(BernoulliRbm rbm, double[] v, RandomGenerator rng) {
        checkBinary(rbm, v);
        Checks.notNull(rng, "rng");
        int i = rng.nextInt(rbm.visibleCount());
        return rbm.visibleCount() * site(rbm, v, i);
    }

    private static double site(BernoulliRbm rbm, double[] v, int i) {
        double[] flipped = v.clone();
        flipped[i] = 1 - v[i];
        return -LogSpace.softplus(rbm.freeEnergy(v) - rbm.freeEnergy(flipped));
    }

    private static void checkBinary(BernoulliRbm rbm, double[] v) {
        rbm.checkVisible(v);
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0 && v[i] != 1) {
                throw new IllegalArgumentException("v[" + i + "] must be 0 or 1 for the pseudo-likelihood, got " + v[i]);
            }
        }
    }
}
