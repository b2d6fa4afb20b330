package org.thermolearn.dynamics;

import java.util.function.DoubleFunction;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.core.internal.LogSpace;

/**
 * A Markov jump process whose state energies {@code E_i(lambda)} and rates {@code w_ij(lambda)} depend on a
 * control parameter {@code lambda}: the discrete-state analogue of {@link Potential}.
 *
 * <p>Thermodynamics (Seifert's signs, energies in the model's unit with thermal energy {@link #kT()}): a protocol
 * step {@code lambda -> lambda'} at fixed state {@code x} is work {@code E_x(lambda') - E_x(lambda)}; a jump
 * {@code i -> j} puts the heat {@code q_ij = kT ln(w_ij/w_ji)} into the bath (local detailed balance) and does the
 * non-conservative work {@code q_ij - (E_i - E_j)}, zero when the rates come from the energies through
 * {@link Kinetics}. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * // a two-level system whose gap is lambda, Glauber rates with attempt rate 1
 * var model = MarkovModel.twoLevel(1.0, 1.0);
 * model.rates(2.0);         // 0 -> 1 at 1/(1+e^2)
 * model.freeEnergy(2.0);    // -ln(1 + e^-2)
 * }</pre>
 *
 * @since 1.0
 */
public interface MarkovModel {
    /** Number of states. */
    int states();

    /** Thermal energy in the energy unit of {@link #energies}. */
    double kT();

    /** State energies at {@code lambda} (a fresh array). */
    double[] energies(double lambda);

    /** Rates at {@code lambda}. */
    RateMatrix rates(double lambda);

    /** A description for provenance and JSON. */
    default String description() {
        return getClass().getSimpleName() + "[" + states() + " states]";
    }

    /**
     * Equilibrium free energy {@code F = -kT ln sum_i exp(-E_i/kT)} at {@code lambda}; the stationary state is the
     * Boltzmann distribution only for models built from energies with {@link Kinetics}.
     */
    default double freeEnergy(double lambda) {
        double[] e = energies(lambda);
        double[] x = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            x[i] = -e[i] / kT();
        }
        return -kT() * LogSpace.logSumExp(x);
    }

    /** Constant rates, all energies zero, {@code kT = 1}: every jump's heat is {@code ln(w_ij/w_ji)}. */
    static MarkovModel of(RateMatrix rates) {
        return of(rates, new double[Checks.notNull(rates, "rates").states()], 1.0);
    }

    /**
     * Constant rates with state energies; any violation of detailed balance is non-conservative driving.
     *
     * @param energies state energies (Not modified)
     */
    static MarkovModel of(RateMatrix rates, double[] energies, double kT) {
        Checks.notNull(rates, "rates");
        double[] e = Checks.allFinite(energies, "energies").clone();
        if (e.length != rates.states()) {
            throw new IllegalArgumentException("energies must have " + rates.states() + " entries, got " + e.length);
        }
        return new FunctionMarkovModel(rates.states(), Checks.positiveFinite(kT, "kT"), l -> e.clone(), l -> rates,
                "constant rates " + rates);
    }

    /**
     * Energies depending on lambda, rates from a detailed-balance rule.
     *
     * @param states number of states
     * @param energies {@code lambda -> E(lambda)}, arrays of length {@code states}
     */
    static MarkovModel detailedBalance(int states, DoubleFunction<double[]> energies, Kinetics kinetics, double kT) {
        Checks.notNull(kinetics, "kinetics");
        return of(states, energies, l -> kinetics.rates(energies.apply(l), kT), kT);
    }

    /**
     * Arbitrary lambda-dependent energies and rates (driven, non-conservative rates allowed).
     *
     * @param states number of states
     * @param energies {@code lambda -> E(lambda)}
     * @param rates {@code lambda -> w(lambda)}
     */
    static MarkovModel of(int states, DoubleFunction<double[]> energies, DoubleFunction<RateMatrix> rates, double kT) {
        return new FunctionMarkovModel(Checks.positive(states, "states"), Checks.positiveFinite(kT, "kT"),
                Checks.notNull(energies, "energies"), Checks.notNull(rates, "rates"), "user model");
    }

    /**
     * A two-level system with energies {@code (0, lambda)} and Glauber rates {@code a / (1 + exp(+-lambda/kT))}:
     * a memristive or molecular switch whose gap is the control parameter.
     *
     * @param attemptRate {@code a}, the sum of the two rates, per unit time
     */
    static MarkovModel twoLevel(double attemptRate, double kT) {
        Checks.positiveFinite(attemptRate, "attemptRate");
        Kinetics k = Kinetics.glauber(new double[][] {{0, attemptRate}, {attemptRate, 0}});
        MarkovModel m = detailedBalance(2, l -> new double[] {0, l}, k, kT);
        return new FunctionMarkovModel(2, kT, m::energies, m::rates,
                "two-level switch, gap lambda, Glauber attempt rate " + attemptRate);
    }
}
