/**
 * stochastic-dynamics: simulations that produce per-trajectory work, heat and energy change.
 *
 * <p>Entry points: {@link org.thermolearn.dynamics.Potential}, {@link org.thermolearn.dynamics.Protocol},
 * {@link org.thermolearn.dynamics.Langevin}, {@link org.thermolearn.dynamics.Ensemble}; Markov jump processes:
 * {@link org.thermolearn.dynamics.RateMatrix}, {@link org.thermolearn.dynamics.MarkovModel},
 * {@link org.thermolearn.dynamics.MarkovJump}, {@link org.thermolearn.dynamics.DiscreteChain}.
 *
 * <pre>{@code
 * import org.thermolearn.dynamics.*;
 * var sim = Langevin.overdamped(Potential.harmonicStiffness(0), Protocol.linear(1, 4, 2), LangevinParameters.of(0.001));
 * RateMatrix.ring(3, 2, 1).entropyProductionRate();   // ln 2
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.dynamics;
