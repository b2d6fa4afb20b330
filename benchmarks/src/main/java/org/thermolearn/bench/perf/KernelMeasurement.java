package org.thermolearn.bench.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Timings of one kernel: thermolearn's repeats, the peer's, peak heap, and the target checks.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * m.medianSeconds();   // median of the timed repeats
 * m.speedup();         // peer median / thermolearn median on the same input, NaN without a peer
 * }</pre>
 *
 * @param kernel kernel name
 * @param unit work unit
 * @param threads threads the kernel used (per-core figures divide by it)
 * @param sizes sizes used
 * @param seconds seconds per timed repeat
 * @param units work units per trial
 * @param peakHeapBytes peak heap use during the kernel (upper bound: includes garbage not yet collected)
 * @param flopsPerTrial floating-point operations per trial (0 when not meaningful)
 * @param peer the peer's outcome, or null when the kernel has none or peers were skipped
 * @param checks target checks
 * @since 1.0
 */
public record KernelMeasurement(String kernel, String unit, int threads, Map<String, Long> sizes, List<Double> seconds,
        double units, long peakHeapBytes, double flopsPerTrial, PeerRunner.Result peer, List<Target.Check> checks) {

    /** Copies the collections. */
    public KernelMeasurement {
        sizes = Collections.unmodifiableMap(new TreeMap<>(sizes));
        seconds = List.copyOf(seconds);
        checks = List.copyOf(checks);
    }

    /** The same measurement with target checks. */
    public KernelMeasurement withChecks(List<Target.Check> c) {
        return new KernelMeasurement(kernel, unit, threads, sizes, seconds, units, peakHeapBytes, flopsPerTrial, peer, c);
    }

    /** Median seconds per trial. */
    public double medianSeconds() {
        return median(seconds);
    }

    /** Work units per second. */
    public double throughput() {
        return units / medianSeconds();
    }

    /** Work units per second per thread used. */
    public double throughputPerCore() {
        return throughput() / threads;
    }

    /** Achieved GFLOP/s, or NaN when not meaningful. */
    public double gflops() {
        return flopsPerTrial > 0 ? flopsPerTrial / medianSeconds() * 1e-9 : Double.NaN;
    }

    /** Peer's median time divided by ours, normalised by work units; NaN without a peer result. */
    public double speedup() {
        if (peer == null || !peer.ok()) {
            return Double.NaN;
        }
        double peerThroughput = peer.units() / median(peer.seconds());
        return throughput() / peerThroughput;
    }

    /** Median of a non-empty list. */
    public static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
    }
}
