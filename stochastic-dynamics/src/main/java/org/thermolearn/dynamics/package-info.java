/**
 * stochastic-dynamics: simulations that produce per-trajectory work, heat and energy change.
 *
 * <p>Entry points: {@link org.thermolearn.dynamics.Potential} (harmonic traps, double well, tilted periodic, sums,
 * user functions), {@link org.thermolearn.dynamics.Protocol} (linear, smooth, piecewise, tabulated, user,
 * Schmiedl-Seifert optimal), {@link org.thermolearn.dynamics.Langevin} (overdamped Euler-Maruyama,
 * Leimkuhler-Matthews, exact Ornstein-Uhlenbeck; underdamped BAOAB with protocol/shadow work and heat per sub-step),
 * {@link org.thermolearn.dynamics.Ensemble} (parallel, reproducible, streaming, stored paths). Markov jump processes:
 * {@link org.thermolearn.dynamics.RateMatrix}, {@link org.thermolearn.dynamics.MarkovModel},
 * {@link org.thermolearn.dynamics.MarkovJump}, {@link org.thermolearn.dynamics.DiscreteChain}. Sign conventions
 * (Seifert): work done on the system, heat into the bath, {@code W = dE + Q} per trajectory.
 *
 * <pre>{@code
 * import org.thermolearn.dynamics.*;
 * var sim = Langevin.overdamped(Potential.harmonicStiffness(0), Protocol.linear(1, 4, 2), LangevinParameters.of(0.001));
 * RateMatrix.ring(3, 2, 1).entropyProductionRate();   // ln 2
 * var baoab = Langevin.underdamped(Potential.doubleWell(3, 1), Protocol.smooth(0, 1, 5), LangevinParameters.of(0.01),
 *     1.0, InitialCondition.fixed(-1));
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.dynamics;
