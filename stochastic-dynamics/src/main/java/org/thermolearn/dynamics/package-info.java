/**
 * stochastic-dynamics: simulations that produce per-trajectory work, heat and energy change.
 *
 * <p>Entry points: {@link org.thermolearn.dynamics.Potential}, {@link org.thermolearn.dynamics.Protocol},
 * {@link org.thermolearn.dynamics.Langevin}, {@link org.thermolearn.dynamics.Ensemble}.
 *
 * <pre>{@code
 * import org.thermolearn.dynamics.*;
 * var sim = Langevin.overdamped(Potential.harmonicStiffness(0), Protocol.linear(1, 4, 2), LangevinParameters.of(0.001));
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.dynamics;
