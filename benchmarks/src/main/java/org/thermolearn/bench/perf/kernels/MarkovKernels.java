package org.thermolearn.bench.perf.kernels;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thermolearn.bench.perf.DescribedKernel;
import org.thermolearn.bench.perf.Kernel;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.dynamics.JumpRecord;
import org.thermolearn.dynamics.JumpSimulator;
import org.thermolearn.dynamics.MarkovJump;
import org.thermolearn.dynamics.RateMatrix;

/**
 * Performance kernels of Markov jump processes.
 *
 * <p>{@code gillespie-ring}: Gillespie's direct method on a driven ring (k+ = 2, k- = 1) with the full ledger per
 * jump (heat, non-conservative work, cycle current, system entropy at the ends), one thread, trajectories run one
 * after another from their own (seed, i) streams. The unit is jumps. The peer is the same algorithm in numpy,
 * vectorised across trajectories in lock-step (the usual way to make Gillespie fast in Python). Immutable.
 *
 * <pre>{@code
 * thermolearn bench gillespie-ring
 * }</pre>
 *
 * @since 1.0
 */
public final class MarkovKernels {
    private MarkovKernels() {
    }

    /** Every Markov kernel. */
    public static List<Kernel> all() {
        return List.of(new GillespieRing());
    }

    /** Gillespie on a driven ring with full bookkeeping. */
    static final class GillespieRing extends DescribedKernel {
        static final double K_PLUS = 2.0;
        static final double K_MINUS = 1.0;

        GillespieRing() {
            super("gillespie-ring",
                    "Gillespie on a driven 3-state ring with heat, work, current and entropy per trajectory"
                            + " (100 trajectories x 1e5 jumps, one thread)",
                    "jumps", 1,
                    sizes(3, 100, 100_000), sizes(3, 4, 1000));
        }

        private static Map<String, Long> sizes(long states, long trajectories, long jumps) {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("states", states);
            m.put("trajectories", trajectories);
            m.put("jumpsPerTrajectory", jumps);
            return m;
        }

        /** Trajectory length giving {@code jumpsPerTrajectory} jumps on average. */
        static double duration(Map<String, Long> sizes) {
            return sizes.get("jumpsPerTrajectory") / (K_PLUS + K_MINUS);
        }

        @Override
        public Trial prepare(Map<String, Long> sizes, long seed, Path inputDir) {
            int n = Math.toIntExact(sizes.get("states"));
            int trajectories = Math.toIntExact(sizes.get("trajectories"));
            JumpSimulator sim = MarkovJump.gillespie(RateMatrix.ring(n, K_PLUS, K_MINUS), duration(sizes))
                    .withCurrent(MarkovJump.ringCycleCurrent(n));
            RandomStreams streams = RandomStreams.of(seed);
            return () -> {
                long jumps = 0;
                double sink = 0;
                for (int i = 0; i < trajectories; i++) {
                    JumpRecord r = sim.simulateJumps(streams.stream(i));
                    jumps += r.jumps();
                    sink += r.entropyProduction();
                }
                return sink == Double.NEGATIVE_INFINITY ? -1 : jumps;
            };
        }

        @Override
        public Optional<Peer> peer(Map<String, Long> sizes, Path inputDir) {
            return Optional.of(new Peer("numpy lock-step Gillespie", "gillespie_ring.py",
                    List.of(Long.toString(sizes.get("states")), Long.toString(sizes.get("trajectories")),
                            Double.toString(duration(sizes)), Double.toString(K_PLUS), Double.toString(K_MINUS)),
                    "apt-get install python3-numpy", List.of("numpy")));
        }
    }
}
