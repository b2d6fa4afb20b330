package org.thermolearn.dynamics;

import java.util.function.DoubleBinaryOperator;
import org.thermolearn.core.internal.Checks;

/**
 * A potential from user-supplied functions for {@code U(x, lambda)}, {@code dU/dx} and {@code dU/dlambda}.
 *
 * <p>The functions must be consistent (the tests of your model should check {@code dU/dx} against finite
 * differences); the bookkeeping uses {@code U} for work and heat, the gradient only to move x. Immutable and
 * thread-safe if the functions are. Obtain one from {@link Potential#of} or {@link Potential#of1d}.
 *
 * <pre>{@code
 * Potential quartic = Potential.of1d((x, l) -> x * x * x * x - l * x, (x, l) -> 4 * x * x * x - l, (x, l) -> -x);
 * quartic.energy(new double[] {1.0}, 0.5);   // 0.5
 * }</pre>
 *
 * @since 1.0
 */
public final class FunctionPotential implements Potential {
    /** A scalar function of a configuration and lambda. */
    @FunctionalInterface
    public interface Energy {
        /**
         * @param x configuration (Not modified)
         * @param lambda protocol parameter
         */
        double at(double[] x, double lambda);
    }

    /** The gradient {@code dU/dx}. */
    @FunctionalInterface
    public interface Gradient {
        /**
         * @param x configuration (Not modified)
         * @param lambda protocol parameter
         * @param out receives dU/dx (Modified)
         */
        void at(double[] x, double lambda, double[] out);
    }

    private final int dimension;
    private final Energy energy;
    private final Gradient gradient;
    private final Energy lambdaDerivative;
    private final String name;

    FunctionPotential(int dimension, Energy energy, Gradient gradient, Energy lambdaDerivative, String name) {
        this.dimension = Checks.positive(dimension, "dimension");
        this.energy = Checks.notNull(energy, "energy");
        this.gradient = Checks.notNull(gradient, "gradient");
        this.lambdaDerivative = Checks.notNull(lambdaDerivative, "lambdaDerivative");
        this.name = name;
    }

    static FunctionPotential oneDimensional(DoubleBinaryOperator u, DoubleBinaryOperator dUdx,
            DoubleBinaryOperator dUdlambda) {
        Checks.notNull(u, "energy");
        Checks.notNull(dUdx, "dUdx");
        Checks.notNull(dUdlambda, "dUdlambda");
        return new FunctionPotential(1, (x, l) -> u.applyAsDouble(x[0], l),
                (x, l, out) -> out[0] = dUdx.applyAsDouble(x[0], l), (x, l) -> dUdlambda.applyAsDouble(x[0], l),
                "user potential (1-D)");
    }

    /** Copy with a name for provenance and JSON. */
    public FunctionPotential named(String newName) {
        return new FunctionPotential(dimension, energy, gradient, lambdaDerivative, Checks.notNull(newName, "name"));
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double energy(double[] x, double lambda) {
        return energy.at(x, lambda);
    }

    @Override
    public void gradient(double[] x, double lambda, double[] out) {
        gradient.at(x, lambda, out);
    }

    @Override
    public double lambdaDerivative(double[] x, double lambda) {
        return lambdaDerivative.at(x, lambda);
    }

    @Override
    public String toString() {
        return name;
    }
}
