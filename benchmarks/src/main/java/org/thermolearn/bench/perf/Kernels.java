package org.thermolearn.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of kernels that {@code thermolearn bench} knows, with the targets each is held to.
 *
 * <pre>{@code
 * Kernels.all().forEach(k -> System.out.println(k.name()));
 * }</pre>
 *
 * @since 1.0
 */
public final class Kernels {
    /** Targets by kernel name (see {@link Target}). */
    private static final Map<String, List<Target>> TARGETS = Map.of(
            "langevin-overdamped", List.of(Target.speedup(4), Target.fractionOfGaussianBound(0.5)),
            "gillespie-ring", List.of(Target.unitsPerSecondPerCore(20e6)),
            "bar", List.of(Target.speedup(5)),
            "mbar", List.of(Target.speedup(3)),
            "rbm-pcd-epoch", List.of(Target.speedup(1.5)),
            "ais", List.of(Target.seconds(60)),
            "exact-logz", List.of(Target.seconds(5)));

    /** Gaussian draws per work unit, for kernels bounded by the Gaussian generator. */
    private static final Map<String, Double> GAUSSIANS_PER_UNIT = Map.of(
            "langevin-overdamped", 1.0,
            "langevin-baoab", 1.0);

    private Kernels() {
    }

    /** Every kernel, in the order the table prints them. */
    public static List<Kernel> all() {
        List<Kernel> all = new ArrayList<>();
        all.addAll(org.thermolearn.bench.perf.kernels.LangevinKernels.all());
        all.addAll(org.thermolearn.bench.perf.kernels.MarkovKernels.all());
        all.addAll(org.thermolearn.bench.perf.kernels.EstimatorKernels.all());
        all.addAll(org.thermolearn.bench.perf.kernels.RbmKernels.all());
        all.addAll(org.thermolearn.bench.perf.kernels.PredictionKernels.all());
        return List.copyOf(all);
    }

    /** The targets of {@code kernel} (empty when it has none). */
    public static List<Target> targets(String kernel) {
        return TARGETS.getOrDefault(kernel, List.of());
    }

    /** Gaussian draws per work unit of {@code kernel}, or 0 when it is not bounded by them. */
    public static double gaussiansPerUnit(String kernel) {
        return GAUSSIANS_PER_UNIT.getOrDefault(kernel, 0.0);
    }
}
