package org.thermolearn.dynamics;

import java.util.Arrays;
import java.util.List;
import org.thermolearn.core.internal.Checks;

/**
 * The sum {@code U = sum_k U_k(x, lambda)} of potentials of one dimension, all driven by the same lambda.
 *
 * <p>Gradients and lambda derivatives add. Immutable and thread-safe. Obtain one from {@link Potential#sum}.
 *
 * <pre>{@code
 * var p = Potential.sum(Potential.doubleWell(5, 1), Potential.tiltedPeriodic(0.5, 0.25));
 * p.energy(new double[] {1.0}, 0.0);   // 0.5
 * }</pre>
 *
 * @since 1.0
 */
public final class SumPotential implements Potential {
    private final Potential[] terms;
    private final int dimension;

    private SumPotential(Potential[] terms) {
        this.terms = terms;
        this.dimension = terms[0].dimension();
    }

    static SumPotential of(Potential... terms) {
        Checks.notNull(terms, "terms");
        if (terms.length == 0) {
            throw new IllegalArgumentException("terms must not be empty");
        }
        for (int k = 0; k < terms.length; k++) {
            Checks.notNull(terms[k], "terms[" + k + "]");
            if (terms[k].dimension() != terms[0].dimension()) {
                throw new IllegalArgumentException("terms[" + k + "] has dimension " + terms[k].dimension()
                        + ", terms[0] has " + terms[0].dimension());
            }
        }
        return new SumPotential(terms.clone());
    }

    /** The terms. */
    public List<Potential> terms() {
        return List.of(terms);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double energy(double[] x, double lambda) {
        double s = 0;
        for (Potential p : terms) {
            s += p.energy(x, lambda);
        }
        return s;
    }

    /** {@inheritDoc} Allocates one d-length scratch array per call for the second and later terms. */
    @Override
    public void gradient(double[] x, double lambda, double[] out) {
        terms[0].gradient(x, lambda, out);
        double[] g = new double[dimension];
        for (int k = 1; k < terms.length; k++) {
            terms[k].gradient(x, lambda, g);
            for (int i = 0; i < dimension; i++) {
                out[i] += g[i];
            }
        }
    }

    @Override
    public double lambdaDerivative(double[] x, double lambda) {
        double s = 0;
        for (Potential p : terms) {
            s += p.lambdaDerivative(x, lambda);
        }
        return s;
    }

    @Override
    public String toString() {
        return "sum" + Arrays.toString(terms);
    }
}
