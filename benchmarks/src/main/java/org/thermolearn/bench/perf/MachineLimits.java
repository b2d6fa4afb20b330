package org.thermolearn.bench.perf;

import java.util.random.RandomGenerator;
import org.thermolearn.core.RandomStreams;

/**
 * The machine's limits that bound the kernels: Gaussian random numbers per second on one core (the bound for
 * Langevin dynamics, which draws one Gaussian per degree of freedom and step), cores, JVM and OS.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * MachineLimits.measure(0.5).gaussiansPerSecondPerCore();   // e.g. 1.1e8
 * }</pre>
 *
 * @param cores available processors
 * @param gaussiansPerSecondPerCore {@code nextGaussian()} throughput of the default stream algorithm on one thread
 * @param algorithm the stream algorithm measured
 * @param jvm JVM name and version
 * @param os operating system and architecture
 * @param maxHeapBytes the JVM's maximum heap
 * @param simd whether the SIMD kernels run ({@code --add-modules jdk.incubator.vector}; same results, faster RBM
 *     products and Langevin lanes)
 * @since 1.0
 */
public record MachineLimits(int cores, double gaussiansPerSecondPerCore, String algorithm, String jvm, String os,
        long maxHeapBytes, boolean simd) {

    /**
     * Measures the Gaussian throughput for about {@code seconds} (best of five rounds after a warm-up).
     *
     * @param seconds measuring time, > 0
     */
    public static MachineLimits measure(double seconds) {
        RandomGenerator rng = RandomStreams.of(1).stream(0);
        long batch = 1 << 20;
        double sink = 0;
        long deadline = System.nanoTime() + (long) (0.2 * seconds * 1e9);
        while (System.nanoTime() < deadline) {
            sink += draw(rng, batch);
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long n = 0;
            long start = System.nanoTime();
            long end = start + (long) (seconds / 5 * 1e9);
            long now;
            do {
                sink += draw(rng, batch);
                n += batch;
                now = System.nanoTime();
            } while (now < end);
            best = Math.max(best, n / ((now - start) * 1e-9));
        }
        if (sink == 42.4242) {
            best = Math.nextUp(best);
        }
        Runtime rt = Runtime.getRuntime();
        return new MachineLimits(rt.availableProcessors(), best, RandomStreams.DEFAULT_ALGORITHM,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), rt.maxMemory(),
                org.thermolearn.core.internal.Simd.enabled());
    }

    private static double draw(RandomGenerator rng, long n) {
        double s = 0;
        for (long i = 0; i < n; i++) {
            s += rng.nextGaussian();
        }
        return s;
    }
}
