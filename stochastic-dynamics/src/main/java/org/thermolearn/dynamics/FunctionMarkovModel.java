package org.thermolearn.dynamics;

import java.util.function.DoubleFunction;

/** A {@link MarkovModel} from two functions; checks each result's shape. Immutable if the functions are. */
final class FunctionMarkovModel implements MarkovModel {
    private final int states;
    private final double kT;
    private final DoubleFunction<double[]> energies;
    private final DoubleFunction<RateMatrix> rates;
    private final String description;

    FunctionMarkovModel(int states, double kT, DoubleFunction<double[]> energies, DoubleFunction<RateMatrix> rates,
            String description) {
        this.states = states;
        this.kT = kT;
        this.energies = energies;
        this.rates = rates;
        this.description = description;
    }

    @Override
    public int states() {
        return states;
    }

    @Override
    public double kT() {
        return kT;
    }

    @Override
    public double[] energies(double lambda) {
        double[] e = energies.apply(lambda);
        if (e == null || e.length != states) {
            throw new IllegalArgumentException("energies(" + lambda + ") must have " + states + " entries, got "
                    + (e == null ? "null" : e.length));
        }
        for (int i = 0; i < states; i++) {
            if (!Double.isFinite(e[i])) {
                throw new IllegalArgumentException("energies(" + lambda + ")[" + i + "] must be finite, got " + e[i]);
            }
        }
        return e.clone();
    }

    @Override
    public RateMatrix rates(double lambda) {
        RateMatrix r = rates.apply(lambda);
        if (r == null || r.states() != states) {
            throw new IllegalArgumentException("rates(" + lambda + ") must have " + states + " states, got "
                    + (r == null ? "null" : r.states()));
        }
        return r;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "MarkovModel[" + description + ", kT=" + kT + "]";
    }
}
