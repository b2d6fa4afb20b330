/**
 * The {@code thermolearn} command line: {@code list}, {@code run SUITE}, {@code bench}, {@code jshell}.
 *
 * <pre>{@code
 * ./thermolearn --help
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.bench.cli;
