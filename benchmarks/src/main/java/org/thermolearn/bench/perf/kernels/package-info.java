/**
 * Performance kernels for {@code thermolearn bench}, grouped by area, each with its Python peer in
 * {@code benchmarks/peers/}.
 *
 * <pre>{@code
 * EstimatorKernels.all();   // exp, bar, mbar
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.bench.perf.kernels;
