/**
 * Implementation of Markov jump processes: stationary solver (EJML), uniformization of the master equation,
 * Schnakenberg's fundamental cycles and the Gillespie jump tables. Users go through the facades
 * {@link org.thermolearn.dynamics.RateMatrix}, {@link org.thermolearn.dynamics.MarkovModel} and
 * {@link org.thermolearn.dynamics.MarkovJump}; the classes here are public for them and for benchmarks, with no
 * compatibility promise.
 *
 * <pre>{@code
 * org.thermolearn.dynamics.markov.StationarySolver.solve(new double[][] {{0, 2, 1}, {1, 0, 2}, {2, 1, 0}});
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.dynamics.markov;
