package org.thermolearn.dynamics;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.thermolearn.core.TrajectoryRecord;
import org.thermolearn.core.internal.Checks;

/**
 * Underdamped Langevin dynamics {@code dx = v dt, m dv = -dU/dx dt - gamma v dt + sqrt(2 gamma kT) dB} integrated
 * by BAOAB with per-sub-step bookkeeping.
 *
 * <p>Step n: (protocol) lambda jumps to {@code lambda((n+1) dt)} at fixed (x, v): protocol work {@code U(x,
 * lambda_new) - U(x, lambda_old)}. B: {@code v += -(dt/2m) dU/dx}; A: {@code x += (dt/2) v}; O: {@code v = c v +
 * sqrt((1 - c^2) kT/m) xi}, {@code c = exp(-gamma dt/m)}; A; B. The energy change of each B and A sub-step is shadow
 * work; the kinetic energy lost in O is the heat into the bath. So {@code dE = W_protocol + W_shadow - Q} every step
 * to round-off. The total energy {@code E = U(x, lambda) + m v^2/2} is read at step boundaries, after the second B
 * (the full-step velocity). The total work {@code W_protocol + W_shadow} satisfies Jarzynski and Crooks exactly at
 * any dt from an equilibrium start; the record's {@code work} is that total (see {@link #simulateLedger} for the
 * split). Immutable and thread-safe.
 *
 * <p>References: B. Leimkuhler and C. Matthews, Appl. Math. Res. Express 2013, 34, doi:10.1093/amrx/abs010; D. A.
 * Sivak, J. D. Chodera, G. E. Crooks, Phys. Rev. X 3, 011007 (2013), doi:10.1103/PhysRevX.3.011007.
 *
 * <pre>{@code
 * var trap = Potential.harmonicStiffness(0);
 * var sim = Langevin.underdamped(trap, Protocol.linear(1, 4, 2), LangevinParameters.of(0.05), 1.0,
 *     InitialCondition.equilibrium(trap, 1, 1));
 * sim.simulateLedger(RandomStreams.of(1).stream(0)).shadowWork();
 * }</pre>
 *
 * @since 1.0
 */
public final class UnderdampedLangevin extends LangevinSimulator {
    private final double mass;

    UnderdampedLangevin(Potential potential, Protocol protocol, LangevinParameters parameters, double mass,
            InitialCondition initial) {
        super(potential, protocol, parameters, initial, potential instanceof HarmonicTrap);
        this.mass = Checks.positiveFinite(mass, "mass");
    }

    /** Copy with another protocol (e.g. the reverse one) and initial condition. */
    public UnderdampedLangevin with(Protocol p, InitialCondition start) {
        return new UnderdampedLangevin(potential, p, parameters, mass, start);
    }

    @Override
    public TrajectoryRecord simulate(RandomGenerator rng) {
        return simulateLedger(rng, PathObserver.NONE).toRecord();
    }

    @Override
    public TrajectoryRecord simulate(RandomGenerator rng, PathObserver observer) {
        return simulateLedger(rng, observer).toRecord();
    }

    /** One trajectory with protocol and shadow work separated. */
    public BaoabLedger simulateLedger(RandomGenerator rng) {
        return simulateLedger(rng, PathObserver.NONE);
    }

    /**
     * One trajectory with protocol and shadow work separated; the observer sees work = protocol + shadow work.
     * Velocities start from the Maxwell distribution at kT, drawn after the configuration.
     */
    public BaoabLedger simulateLedger(RandomGenerator rng, PathObserver observer) {
        return run(rng, observer, null);
    }

    /** As {@link #simulateLedger}, copying the final velocity into {@code finalVelocity} (Modified) if not null. */
    BaoabLedger run(RandomGenerator rng, PathObserver observer, double[] finalVelocity) {
        BaoabState s = new BaoabState(potential, parameters, mass);
        initial.sample(rng, s.x);
        s.maxwell(rng);
        if (lambdas != null && observer == PathObserver.NONE && finalVelocity == null) {
            return HarmonicBaoab.run((HarmonicTrap) potential, lambdas, parameters, mass, s.x[0], s.v[0], rng);
        }
        double lambda = protocol.lambda(0);
        s.begin(lambda);
        double initialEnergy = s.totalEnergy();
        observer.observe(0, 0, lambda, s.x, 0, 0);
        double dt = parameters.dt();
        for (int n = 0; n < steps; n++) {
            lambda = s.protocolStep(protocol.lambda((n + 1) * dt));
            s.step(rng);
            if (!Double.isFinite(s.totalEnergy())) {
                throw NonFiniteStateException.energy(n, s.totalEnergy(), s.x, dt);
            }
            observer.observe(n + 1, (n + 1) * dt, lambda, s.x, s.protocolWork + s.shadowWork, s.heat);
        }
        if (finalVelocity != null) {
            System.arraycopy(s.v, 0, finalVelocity, 0, s.v.length);
        }
        return new BaoabLedger(s.protocolWork, s.shadowWork, s.heat, s.totalEnergy() - initialEnergy);
    }

    @Override
    public Map<String, Object> parameters() {
        return describe("underdamped Langevin", "BAOAB", Map.of("mass", mass));
    }
}
