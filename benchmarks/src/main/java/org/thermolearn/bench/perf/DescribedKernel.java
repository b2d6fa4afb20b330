package org.thermolearn.bench.perf;

import java.util.Map;

/**
 * A {@link Kernel} whose name, description, unit, thread count and sizes are given once, at construction; a
 * subclass implements only {@link #prepare} (and {@link #peer} or {@link #flopsPerTrial} where it has them).
 *
 * <pre>{@code
 * class Sum extends DescribedKernel {
 *     Sum() { super("sum", "sums n numbers", "numbers", 1, Map.of("n", 1_000_000L), Map.of("n", 1000L)); }
 *     public Trial prepare(Map<String, Long> sizes, long seed, java.nio.file.Path dir) { return () -> sizes.get("n"); }
 * }
 * }</pre>
 *
 * @since 1.0
 */
public abstract class DescribedKernel implements Kernel {
    private final String name;
    private final String description;
    private final String unit;
    private final int threads;
    private final Map<String, Long> defaultSizes;
    private final Map<String, Long> quickSizes;

    /**
     * @param threads threads a trial uses, or 0 for every available processor
     * @param defaultSizes full sizes (the targets are set at these)
     * @param quickSizes small sizes with the same keys
     */
    protected DescribedKernel(String name, String description, String unit, int threads,
            Map<String, Long> defaultSizes, Map<String, Long> quickSizes) {
        if (!defaultSizes.keySet().equals(quickSizes.keySet())) {
            throw new IllegalArgumentException("quickSizes must have the keys of defaultSizes " + defaultSizes.keySet()
                    + ", got " + quickSizes.keySet());
        }
        this.name = name;
        this.description = description;
        this.unit = unit;
        this.threads = threads;
        this.defaultSizes = defaultSizes;
        this.quickSizes = quickSizes;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String unit() {
        return unit;
    }

    @Override
    public final int threads() {
        return threads > 0 ? threads : Kernel.super.threads();
    }

    @Override
    public final Map<String, Long> defaultSizes() {
        return defaultSizes;
    }

    @Override
    public final Map<String, Long> quickSizes() {
        return quickSizes;
    }
}
