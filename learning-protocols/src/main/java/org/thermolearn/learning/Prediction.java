package org.thermolearn.learning;

import java.util.ArrayList;
import java.util.List;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.internal.Checks;

/**
 * Thermodynamics of prediction: a system driven by a Markov signal, analysed exactly in its stationary state.
 *
 * <p>Each step the signal moves {@code x_t -> x_{t+1}} at fixed system state (work {@code E(s, x_{t+1}) -
 * E(s, x_t)} kT on the system), then the system relaxes at fixed signal. In the stationary state, per step and in
 * nats / kT: {@link #memory()} {@code = I[s_t; x_t]}, {@link #predictivePower()} {@code = I[s_t; x_{t+1}]},
 * {@link #work()}, {@link #freeEnergyChange()} (work step), {@link #relaxationDissipation()}, and the identity
 * {@code beta(<W> - <dF_neq>) = I_mem - I_pred} = {@link #nonpredictiveInformation()}. Since the stationary
 * free energy returns to itself, {@code beta <W> = (I_mem - I_pred) + relaxation dissipation >= I_mem - I_pred}.
 * Reference: S. Still, D. A. Sivak, A. J. Bell and G. E. Crooks, PRL 109, 120604 (2012),
 * doi:10.1103/PhysRevLett.109.120604. Immutable and thread-safe.
 *
 * <pre>{@code
 * var p = Prediction.twoState(2.0, 0.1, 0.5);      // beta epsilon = 2, flip probability 0.1, relax probability 0.5
 * p.memory();                                      // 0.217730 nats
 * p.predictivePower();                             // 0.135098 nats
 * p.work();                                        // 0.126932 kT
 * var mine = Prediction.of(Signal.markov(new double[][] {{0.9, 0.1, 0}, {0, 0.9, 0.1}, {0.1, 0, 0.9}}),
 *         DrivenSystem.of(new double[][] {{0, 2, 2}, {2, 0, 2}, {2, 2, 0}}, Relaxation.glauber(1, 0.5)));
 * mine.sample(20_000, 50, RandomStreams.of(42)).nonpredictiveInformation();   // estimate with SE
 * }</pre>
 *
 * @since 1.0
 */
public final class Prediction {
    private final Signal signal;
    private final DrivenSystem system;
    private final double[][] joint;
    private final PredictionStep step;

    private Prediction(Signal signal, DrivenSystem system) {
        this.signal = signal;
        this.system = system;
        this.joint = PredictionCalculus.stationaryJoint(signal, system);
        this.step = PredictionCalculus.step(signal, system, joint, null);
    }

    /**
     * The stationary analysis of {@code system} driven by {@code signal}.
     *
     * @throws IllegalArgumentException if the numbers of signal states differ or the stationary state is not unique
     */
    public static Prediction of(Signal signal, DrivenSystem system) {
        Checks.notNull(signal, "signal");
        Checks.notNull(system, "system");
        if (system.signalStates() != signal.states()) {
            throw new IllegalArgumentException("system energies cover " + system.signalStates()
                    + " signal states but the signal has " + signal.states());
        }
        return new Prediction(signal, system);
    }

    /**
     * The two-state model: signal flipping with probability {@code q}, system with {@code E = epsilon [s != x]},
     * partial relaxation with probability {@code r}.
     *
     * @param betaEpsilon {@code epsilon / kT}
     * @param flipProbability {@code q} in (0, 1]
     * @param relaxProbability {@code r} in (0, 1]
     */
    public static Prediction twoState(double betaEpsilon, double flipProbability, double relaxProbability) {
        if (!(relaxProbability > 0)) {
            throw new IllegalArgumentException("relaxProbability must be in (0, 1], got " + relaxProbability);
        }
        return of(Signal.flip(flipProbability), DrivenSystem.twoState(betaEpsilon, Relaxation.partial(relaxProbability)));
    }

    /** The signal. */
    public Signal signal() {
        return signal;
    }

    /** The system. */
    public DrivenSystem system() {
        return system;
    }

    /** Stationary joint {@code p[s][x]} after the relaxation (a copy). */
    public double[][] stationaryJoint() {
        return Stochastic.copy(joint);
    }

    /** The stationary step with every quantity. */
    public PredictionStep step() {
        return step;
    }

    /** {@code I[s_t; x_t]}, nats. */
    public double memory() {
        return step.memory();
    }

    /** {@code I[s_t; x_{t+1}]}, nats. */
    public double predictivePower() {
        return step.predictivePower();
    }

    /** {@code I_mem - I_pred}, nats. */
    public double nonpredictiveInformation() {
        return step.nonpredictiveInformation();
    }

    /** Mean work per step, kT (also the total dissipation per step in the stationary state). */
    public double work() {
        return step.work();
    }

    /** Mean non-equilibrium free-energy change of the work step, kT. */
    public double freeEnergyChange() {
        return step.freeEnergyChange();
    }

    /** Free energy dissipated by the relaxation per step, kT. */
    public double relaxationDissipation() {
        return step.relaxationDissipation();
    }

    /** {@code I_pred / I_mem}. */
    public double predictiveEfficiency() {
        return step.predictiveEfficiency();
    }

    /**
     * A protocol of {@code steps} steps that starts with the signal stationary and the system in equilibrium with
     * it, analysed exactly step by step.
     *
     * @param steps number of steps, >= 1
     */
    public ProtocolDissipation protocol(int steps) {
        Checks.positive(steps, "steps");
        double[][] p = PredictionCalculus.equilibriumJoint(signal, system);
        double fEq0 = meanEquilibriumFreeEnergy(p);
        List<PredictionStep> list = new ArrayList<>(steps);
        double work = 0;
        double nonpredictive = 0;
        double relax = 0;
        double[][] next = new double[p.length][p[0].length];
        for (int t = 0; t < steps; t++) {
            PredictionStep st = PredictionCalculus.step(signal, system, p, next);
            list.add(st);
            work += st.work();
            nonpredictive += st.nonpredictiveInformation();
            relax += st.relaxationDissipation();
            double[][] swap = p;
            p = next;
            next = swap;
        }
        double fEqT = meanEquilibriumFreeEnergy(p);
        double finalDivergence = PredictionCalculus.freeEnergy(system, p) - fEqT;
        return new ProtocolDissipation(list, work - (fEqT - fEq0), nonpredictive, relax, finalDivergence);
    }

    /**
     * Estimates the stationary quantities from simulated trajectories; see {@link PredictionSampler}.
     *
     * @param trajectories independent trajectories, one sample each
     * @param burnIn steps before the sample
     * @param streams trajectory {@code i} draws from {@code streams.stream(i)}
     */
    public SampledPrediction sample(int trajectories, int burnIn, RandomStreams streams) {
        return new PredictionSampler(signal, system).sample(trajectories, burnIn, streams);
    }

    private double meanEquilibriumFreeEnergy(double[][] p) {
        double f = 0;
        for (int x = 0; x < p[0].length; x++) {
            double px = 0;
            for (double[] row : p) {
                px += row[x];
            }
            f += px * system.freeEnergy(x);
        }
        return f;
    }

    @Override
    public String toString() {
        return "Prediction[" + signal + ", " + system + ": " + step + "]";
    }
}
