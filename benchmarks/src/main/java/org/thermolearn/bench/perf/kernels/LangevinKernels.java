package org.thermolearn.bench.perf.kernels;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.TrajectoryRecord;
import org.thermolearn.dynamics.Ensemble;
import org.thermolearn.dynamics.HarmonicTrap;
import org.thermolearn.dynamics.InitialCondition;
import org.thermolearn.dynamics.Langevin;
import org.thermolearn.dynamics.LangevinParameters;
import org.thermolearn.dynamics.OverdampedScheme;
import org.thermolearn.dynamics.Protocol;
import org.thermolearn.dynamics.TrajectorySimulator;

/**
 * Performance kernels of Langevin dynamics, each a 1-D trap dragged at constant speed with work and heat booked
 * every step, against the obvious numpy-vectorised loop ({@code benchmarks/peers/langevin_*.py}).
 *
 * <ul>
 *   <li>{@code langevin-overdamped}: Euler-Maruyama, 10^5 trajectories x 1000 steps, dt = 10^-3 (k = gamma = kT =
 *   1, speed 1); one Gaussian per step.</li>
 *   <li>{@code langevin-baoab}: underdamped BAOAB, 10^4 trajectories x 1000 steps, dt = 10^-2, m = 1; one Gaussian
 *   per step.</li>
 * </ul>
 * The unit is one trajectory-step. Java runs on all available processors through {@link Ensemble}; numpy on one.
 * {@link org.thermolearn.bench.perf.MachineLimits} measures the bound a Langevin step cannot beat on one core.
 * Immutable.
 *
 * <pre>{@code
 * LangevinKernels.all().forEach(k -> System.out.println(k.name() + ": " + k.description()));
 * }</pre>
 *
 * @since 1.0
 */
public final class LangevinKernels {
    private LangevinKernels() {
    }

    /** The kernels. */
    public static List<Kernel> all() {
        return List.of(new Drag("langevin-overdamped", 100_000, 1000, 1e-3, false),
                new Drag("langevin-baoab", 10_000, 1000, 1e-2, true));
    }

    /** The simulator of a kernel: a 1-D trap (k = gamma = kT = 1) dragged at speed 1 from equilibrium. */
    public static TrajectorySimulator simulator(boolean underdamped, long steps, double dt) {
        HarmonicTrap trap = HarmonicTrap.centre(1);
        LangevinParameters p = LangevinParameters.of(dt);
        Protocol drag = Protocol.linear(0, steps * dt, steps * dt);
        InitialCondition start = InitialCondition.equilibrium(trap, 0, 1);
        return underdamped ? Langevin.underdamped(trap, drag, p, 1.0, start)
                : Langevin.overdamped(trap, drag, p, OverdampedScheme.eulerMaruyama(), start);
    }

    private record Drag(String name, long trajectories, long steps, double dt, boolean underdamped)
            implements Kernel {
        @Override
        public String description() {
            return (underdamped ? "underdamped BAOAB" : "overdamped Euler-Maruyama") + " dragged 1-D trap with work"
                    + " and heat, " + trajectories + " trajectories x " + steps + " steps";
        }

        @Override
        public String unit() {
            return "steps";
        }

        @Override
        public Map<String, Long> defaultSizes() {
            return Map.of("trajectories", trajectories, "steps", steps);
        }

        @Override
        public Map<String, Long> quickSizes() {
            return Map.of("trajectories", 256L, "steps", 100L);
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            long n = sizes.get("trajectories");
            long s = sizes.get("steps");
            Ensemble ensemble = Ensemble.of(simulator(underdamped, s, dt), Math.toIntExact(n));
            RandomStreams streams = RandomStreams.of(seed);
            return () -> {
                double sum = 0;
                for (TrajectoryRecord r : ensemble.runRecords(streams)) {
                    sum += r.work();
                }
                return Double.isNaN(sum) ? 0 : (double) n * s;
            };
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            String script = underdamped ? "langevin_baoab.py" : "langevin_overdamped.py";
            return Optional.of(new Peer("numpy " + (underdamped ? "BAOAB" : "Euler-Maruyama") + " loop", script,
                    List.of("--trajectories", Long.toString(sizes.get("trajectories")), "--steps",
                            Long.toString(sizes.get("steps")), "--dt", Double.toString(dt)),
                    "apt-get install python3-numpy", List.of("numpy")));
        }
    }
}
