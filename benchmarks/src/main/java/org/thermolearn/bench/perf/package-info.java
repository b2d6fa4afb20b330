/**
 * {@code thermolearn bench}: kernels measured side by side with their peers (numpy, pymbar, scikit-learn).
 *
 * <pre>{@code
 * ./thermolearn bench --quick
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.bench.perf;
