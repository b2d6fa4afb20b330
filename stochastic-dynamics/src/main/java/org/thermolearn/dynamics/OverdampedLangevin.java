package org.thermolearn.dynamics;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.TrajectoryRecord;
import org.thermolearn.core.internal.Checks;

/**
 * Overdamped Langevin dynamics of a particle in {@code U(x, lambda(t))} with exact per-trajectory bookkeeping.
 *
 * <p>Step n (time {@code n dt -> (n+1) dt}): first lambda jumps to {@code lambda((n+1) dt)} at fixed x, doing work
 * {@code U(x, lambda_new) - U(x, lambda_old)}; then x moves by the {@link OverdampedScheme} at fixed lambda, and
 * the energy it loses is the heat into the bath (the Stratonovich heat of that segment). So {@code W = dE + Q}
 * holds per trajectory to round-off, and a constant protocol gives {@code W = 0} exactly. Immutable and
 * thread-safe.
 *
 * <p>Memory per trajectory is O(dimension), independent of the number of steps; with an exact Gaussian state
 * ({@link #tracksEntropy()}) the record also carries the total entropy production, whose integral fluctuation
 * theorem {@code <exp(-ds_tot)> = 1} then holds exactly.
 *
 * <p>Reference: K. Sekimoto, Prog. Theor. Phys. Suppl. 130, 17 (1998), doi:10.1143/PTPS.130.17; U. Seifert,
 * Rep. Prog. Phys. 75, 126001 (2012), doi:10.1088/0034-4885/75/12/126001.
 *
 * <pre>{@code
 * var trap = Potential.harmonicStiffness(0);
 * var sim = Langevin.overdamped(trap, Protocol.linear(1, 4, 2), LangevinParameters.of(0.001));
 * var dist = Ensemble.of(sim, 10_000).run(RandomStreams.of(42));
 * }</pre>
 *
 * @since 1.0
 */
public final class OverdampedLangevin extends LangevinSimulator {
    private final OverdampedScheme scheme;

    OverdampedLangevin(Potential potential, Protocol protocol, LangevinParameters parameters, OverdampedScheme scheme,
            InitialCondition initial) {
        super(potential, protocol, parameters, initial, HarmonicFastPath.applies(potential, scheme));
        this.scheme = Checks.notNull(scheme, "scheme");
        if (!scheme.supports(potential)) {
            throw new IllegalArgumentException("scheme " + scheme.name() + " cannot integrate potential " + potential);
        }
    }

    /** Copy starting from another initial condition. */
    public OverdampedLangevin withInitial(InitialCondition start) {
        return new OverdampedLangevin(potential, protocol, parameters, scheme, start);
    }

    /** Copy with another integration scheme. */
    public OverdampedLangevin withScheme(OverdampedScheme s) {
        return new OverdampedLangevin(potential, protocol, parameters, s, initial);
    }

    /** Copy running the protocol backwards in time. */
    public OverdampedLangevin reversed(InitialCondition start) {
        return new OverdampedLangevin(potential, protocol.reversed(), parameters, scheme, start);
    }

    /**
     * Whether entropy production is computed: the exact propagator of a {@link HarmonicTrap} from a
     * {@link InitialCondition.Gaussian} state, whose density stays Gaussian with a known mean and variance.
     */
    public boolean tracksEntropy() {
        return scheme == OverdampedScheme.exactHarmonic() && potential instanceof HarmonicTrap
                && initial instanceof InitialCondition.Gaussian;
    }

    @Override
    public TrajectoryRecord simulate(RandomGenerator rng) {
        return simulate(rng, PathObserver.NONE);
    }

    /**
     * {@inheritDoc}
     *
     * <p>With {@link #tracksEntropy()}, the record carries the total entropy production {@code ds_tot = ln
     * p(x_0, 0) - ln p(x_N, t_N) + Q/kT} (in k_B) with the exact Gaussian density p of the discrete process.
     */
    @Override
    public TrajectoryRecord simulate(RandomGenerator rng, PathObserver observer) {
        double[] x = new double[potential.dimension()];
        double[] scratch = new double[scheme.scratchLength(x.length)];
        initial.sample(rng, x);
        scheme.start(rng, scratch);
        GaussianDensity density = tracksEntropy() ? new GaussianDensity((InitialCondition.Gaussian) initial) : null;
        double dt = parameters.dt();
        double lambda = protocol.lambda(0);
        double energy = potential.energy(x, lambda);
        double initialEnergy = energy;
        double logP0 = density == null ? 0 : density.logDensity(x[0]);
        if (observer == PathObserver.NONE && lambdas != null) {
            return fastPath(x[0], rng, density, logP0);
        }
        double work = 0;
        double heat = 0;
        observer.observe(0, 0, lambda, x, 0, 0);
        for (int n = 0; n < steps; n++) {
            double next = protocol.lambda((n + 1) * dt);
            if (next != lambda) {
                double shifted = potential.energy(x, next);
                work += shifted - energy;
                energy = shifted;
                lambda = next;
            }
            scheme.advance(potential, x, lambda, parameters, rng, scratch);
            double relaxed = potential.energy(x, lambda);
            heat += energy - relaxed;   // Stratonovich heat of the segment: energy lost at fixed lambda
            energy = relaxed;
            if (!Double.isFinite(energy)) {
                throw nonFinite(n, energy, x);
            }
            if (density != null) {
                density.relax((HarmonicTrap) potential, lambda, parameters);
            }
            observer.observe(n + 1, (n + 1) * dt, lambda, x, work, heat);
        }
        double entropy = density == null ? Double.NaN : logP0 - density.logDensity(x[0]) + heat / parameters.kT();
        return new TrajectoryRecord(work, heat, energy - initialEnergy, entropy);
    }

    /**
     * {@inheritDoc}
     *
     * <p>With the 1-D harmonic fast path, {@value HarmonicLanes#LANES} trajectories advance side by side (the
     * same bits as one by one, several times the speed: docs/design-notes.md).
     */
    @Override
    public void simulateBlock(RandomStreams streams, int from, int to, TrajectoryRecord[] out) {
        int lanes = HarmonicLanes.LANES;
        int i = from;
        for (; lambdas != null && i + lanes <= to; i += lanes) {
            simulateLanes(streams, i, out);
        }
        for (; i < to; i++) {
            out[i] = simulate(streams.stream(i));
        }
    }

    /** Trajectories {@code from .. from + LANES - 1} side by side; one by one if a lane goes non-finite. */
    private void simulateLanes(RandomStreams streams, int from, TrajectoryRecord[] out) {
        int lanes = HarmonicLanes.LANES;
        RandomGenerator[] rng = new RandomGenerator[lanes];
        double[] x0 = new double[lanes];
        double[] x = new double[1];
        double[] scratch = new double[scheme.scratchLength(1)];
        for (int l = 0; l < lanes; l++) {
            rng[l] = streams.stream(from + l);
            initial.sample(rng[l], x);
            scheme.start(rng[l], scratch);
            x0[l] = x[0];
        }
        GaussianDensity density = tracksEntropy() ? new GaussianDensity((InitialCondition.Gaussian) initial) : null;
        double[] logP0 = new double[lanes];
        for (int l = 0; l < lanes && density != null; l++) {
            logP0[l] = density.logDensity(x0[l]);
        }
        double[] r = new double[4 * lanes];
        if (!HarmonicFastPath.runLanes((HarmonicTrap) potential, lambdas, parameters,
                scheme == OverdampedScheme.exactHarmonic(), x0, rng, density, r)) {
            for (int l = 0; l < lanes; l++) {
                out[from + l] = simulate(streams.stream(from + l));
            }
            return;
        }
        for (int l = 0; l < lanes; l++) {
            double entropy = density == null ? Double.NaN
                    : logP0[l] - density.logDensity(r[4 * l + 3]) + r[4 * l + 1] / parameters.kT();
            out[from + l] = new TrajectoryRecord(r[4 * l], r[4 * l + 1], r[4 * l + 2], entropy);
        }
    }

    private TrajectoryRecord fastPath(double x0, RandomGenerator rng, GaussianDensity density, double logP0) {
        double[] out = new double[4];
        HarmonicFastPath.run((HarmonicTrap) potential, lambdas, parameters, scheme == OverdampedScheme.exactHarmonic(),
                x0, rng, density, out);
        double entropy = density == null ? Double.NaN : logP0 - density.logDensity(out[3]) + out[1] / parameters.kT();
        return new TrajectoryRecord(out[0], out[1], out[2], entropy);
    }

    private NonFiniteStateException nonFinite(int n, double energy, double[] x) {
        return NonFiniteStateException.energy(n, energy, x, parameters.dt());
    }

    @Override
    public Map<String, Object> parameters() {
        return describe("overdamped Langevin", scheme.name(), Map.of());
    }
}
