package org.thermolearn.dynamics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.thermolearn.core.internal.Checks;

/**
 * What the Langevin simulators share: a potential, a protocol, the parameters, an initial condition, the number of
 * steps, and the table of {@code lambda(n dt)} that the 1-D harmonic fast paths read. Immutable and thread-safe.
 *
 * <pre>{@code
 * LangevinSimulator sim = Langevin.overdamped(Potential.harmonicCentre(1), Protocol.linear(0, 1, 1),
 *     LangevinParameters.of(0.01));
 * sim.steps();   // 100
 * }</pre>
 *
 * @since 1.0
 */
public abstract sealed class LangevinSimulator implements TrajectorySimulator
        permits OverdampedLangevin, UnderdampedLangevin {
    /** Longest protocol (in steps) whose lambda values are tabulated for the fast paths. */
    private static final int TABLE_LIMIT = 1 << 16;

    final Potential potential;
    final Protocol protocol;
    final LangevinParameters parameters;
    final InitialCondition initial;
    final int steps;
    /** {@code lambda(n dt)}, n = 0..steps, when a fast path applies and steps <= 65536; else null. */
    final double[] lambdas;

    LangevinSimulator(Potential potential, Protocol protocol, LangevinParameters parameters, InitialCondition initial,
            boolean fastPath) {
        this.potential = Checks.notNull(potential, "potential");
        this.protocol = Checks.notNull(protocol, "protocol");
        this.parameters = Checks.notNull(parameters, "parameters");
        this.initial = Checks.notNull(initial, "initial");
        this.steps = parameters.stepsFor(protocol.duration());
        this.lambdas = fastPath && steps <= TABLE_LIMIT ? table() : null;
    }

    private double[] table() {
        double[] t = new double[steps + 1];
        t[0] = protocol.lambda(0);
        for (int n = 0; n < steps; n++) {
            t[n + 1] = protocol.lambda((n + 1) * parameters.dt());
        }
        return t;
    }

    /** Number of time steps. */
    public int steps() {
        return steps;
    }

    @Override
    public int dimension() {
        return potential.dimension();
    }

    @Override
    public double timeStep() {
        return parameters.dt();
    }

    @Override
    public double kT() {
        return parameters.kT();
    }

    @Override
    public String description() {
        return protocol.description();
    }

    /** The provenance parameters: dynamics, scheme, potential, protocol, dt, gamma, kT, the extras, steps, initial. */
    Map<String, Object> describe(String dynamics, String scheme, Map<String, Object> extras) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dynamics", dynamics);
        m.put("scheme", scheme);
        m.put("potential", potential.toString());
        m.put("protocol", protocol.description());
        m.put("dt", parameters.dt());
        m.put("gamma", parameters.gamma());
        m.put("kT", parameters.kT());
        m.putAll(extras);
        m.put("steps", steps);
        m.put("initial", initial.toString());
        return m;
    }
}
