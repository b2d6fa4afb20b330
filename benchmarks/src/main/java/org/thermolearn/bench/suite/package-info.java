/**
 * Suites: named, reproducible runs that write DIR/SUITE.json and PNG plots. A suite extends {@link org.thermolearn.bench.suite.SuiteCommand}.
 *
 * <pre>{@code
 * thermolearn run trap-stiffness --out results
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.bench.suite;
