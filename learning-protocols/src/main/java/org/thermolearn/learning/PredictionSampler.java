package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import org.thermolearn.core.Estimate;
import org.thermolearn.core.Information;
import org.thermolearn.core.InformationEstimator;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;

/**
 * Simulates a system driven by a signal and estimates the stationary thermodynamics of prediction from the
 * trajectories, for systems too large to enumerate.
 *
 * <p>Trajectory {@code i} draws only from {@code streams.stream(i)}: the signal starts from its stationary
 * distribution and the system in equilibrium with it; after {@code burnIn} steps (work step, then relaxation) one
 * sample {@code (s_t, x_t, x_{t+1})} is taken with the work {@code W = E(s_t, x_{t+1}) - E(s_t, x_t)} and the heat
 * {@code Q = E(s_t, x_{t+1}) - E(s_{t+1}, x_{t+1})} of the next step. The samples are independent, so the
 * delta-method standard errors of {@link Information} apply; choose {@code burnIn} a few times the mixing time,
 * the residual bias decays geometrically with it. Immutable and thread-safe.
 *
 * <pre>{@code
 * var sampler = new PredictionSampler(Signal.flip(0.1), DrivenSystem.twoState(2, Relaxation.partial(0.5)));
 * sampler.sample(20_000, 50, RandomStreams.of(42));
 * }</pre>
 *
 * @since 1.0
 */
public final class PredictionSampler {
    private final Signal signal;
    private final DrivenSystem system;
    private final double[][] signalCumulative;
    private final double[][][] kernelCumulative;
    private final double[][] equilibriumCumulative;
    private final double[] stationaryCumulative;

    /**
     * A sampler of {@code system} driven by {@code signal}.
     *
     * @throws IllegalArgumentException if the numbers of signal states differ
     */
    public PredictionSampler(Signal signal, DrivenSystem system) {
        Checks.notNull(signal, "signal");
        Checks.notNull(system, "system");
        if (system.signalStates() != signal.states()) {
            throw new IllegalArgumentException("system energies cover " + system.signalStates()
                    + " signal states but the signal has " + signal.states());
        }
        this.signal = signal;
        this.system = system;
        int nx = signal.states();
        this.signalCumulative = Stochastic.cumulativeRows(signal.transitionMatrix());
        this.kernelCumulative = new double[nx][][];
        this.equilibriumCumulative = new double[nx][];
        for (int x = 0; x < nx; x++) {
            kernelCumulative[x] = Stochastic.cumulativeRows(system.kernelView(x));
            equilibriumCumulative[x] = Stochastic.cumulativeRows(new double[][] {system.equilibrium(x)})[0];
        }
        this.stationaryCumulative = Stochastic.cumulativeRows(new double[][] {signal.stationaryDistribution()})[0];
    }

    /**
     * Simulates {@code trajectories} independent trajectories and estimates the stationary quantities.
     *
     * @param trajectories number of trajectories (one sample each), >= 2
     * @param burnIn steps before the sample, >= 0
     * @param streams trajectory {@code i} draws from {@code streams.stream(i)}
     */
    public SampledPrediction sample(int trajectories, int burnIn, RandomStreams streams) {
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories must be >= 2, got " + trajectories);
        }
        Checks.nonNegative(burnIn, "burnIn");
        Checks.notNull(streams, "streams");
        int[] s = new int[trajectories];
        int[] x = new int[trajectories];
        int[] y = new int[trajectories];
        double[] work = new double[trajectories];
        double[] heat = new double[trajectories];
        for (int i = 0; i < trajectories; i++) {
            RandomGenerator rng = streams.stream(i);
            int xi = Stochastic.draw(stationaryCumulative, rng.nextDouble());
            int si = Stochastic.draw(equilibriumCumulative[xi], rng.nextDouble());
            for (int t = 0; t < burnIn; t++) {
                xi = Stochastic.draw(signalCumulative[xi], rng.nextDouble());
                si = Stochastic.draw(kernelCumulative[xi][si], rng.nextDouble());
            }
            int yi = Stochastic.draw(signalCumulative[xi], rng.nextDouble());
            int next = Stochastic.draw(kernelCumulative[yi][si], rng.nextDouble());
            s[i] = si;
            x[i] = xi;
            y[i] = yi;
            work[i] = system.energy(si, yi) - system.energy(si, xi);
            heat[i] = system.energy(si, yi) - system.energy(next, yi);
        }
        double[] phi = influence(s, x, y);
        SampledPrediction.InformationEstimates plugIn = estimates(s, x, y, InformationEstimator.PLUG_IN, phi);
        double[] dF = new double[trajectories];
        for (int i = 0; i < trajectories; i++) {
            dF[i] = work[i] - phi[i];
        }
        Estimate w = mean(work);
        Estimate freeEnergy = new Estimate(w.value() - plugIn.nonpredictiveInformation().value(),
                Math.sqrt(Samples.of(dF).variance() / trajectories), trajectories);
        return new SampledPrediction(plugIn, estimates(s, x, y, InformationEstimator.MILLER_MADOW, phi), w,
                mean(heat), freeEnergy, burnIn);
    }

    private static SampledPrediction.InformationEstimates estimates(int[] s, int[] x, int[] y, InformationEstimator e,
            double[] phi) {
        Estimate mem = Information.mutualInformation(s, x, e);
        Estimate pred = Information.mutualInformation(s, y, e);
        double se = Math.sqrt(Samples.of(phi).variance() / s.length);
        return new SampledPrediction.InformationEstimates(e, mem, pred,
                new Estimate(mem.value() - pred.value(), se, s.length));
    }

    /**
     * Influence of each sample on the plug-in {@code I(s;x) - I(s;y)}: {@code ln p(s|x) - ln p(s|y)}; its SD over
     * root N is the delta-method SE of the paired difference.
     */
    private double[] influence(int[] s, int[] x, int[] y) {
        int ns = system.states();
        int nx = signal.states();
        double[][] cx = new double[ns][nx];
        double[][] cy = new double[ns][nx];
        double[] mx = new double[nx];
        double[] my = new double[nx];
        int n = s.length;
        for (int k = 0; k < n; k++) {
            cx[s[k]][x[k]]++;
            cy[s[k]][y[k]]++;
            mx[x[k]]++;
            my[y[k]]++;
        }
        double[] phi = new double[n];
        for (int k = 0; k < n; k++) {
            phi[k] = Math.log(cx[s[k]][x[k]] / mx[x[k]]) - Math.log(cy[s[k]][y[k]] / my[y[k]]);
        }
        return phi;
    }

    private static Estimate mean(double[] v) {
        Samples s = Samples.of(v);
        return new Estimate(s.mean(), Math.sqrt(s.variance() / v.length), v.length);
    }
}
