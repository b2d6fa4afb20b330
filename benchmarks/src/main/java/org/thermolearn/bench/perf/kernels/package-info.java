/**
 * The performance kernels of {@code thermolearn bench}, grouped by area ({@code *Kernels.all()}), each with its
 * peer script in {@code benchmarks/peers/}.
 *
 * <pre>{@code
 * ./thermolearn bench --list
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.bench.perf.kernels;
