/**
 * JMH micro-benchmarks of the hot loops; run with {@code java -cp benchmarks/target/thermolearn.jar org.openjdk.jmh.Main}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/thermolearn.jar org.openjdk.jmh.Main CoreBenchmarks
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.bench.jmh;
