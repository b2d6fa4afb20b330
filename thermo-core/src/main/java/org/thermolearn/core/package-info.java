/**
 * thermo-core: thermodynamic bookkeeping and statistics, no dynamics.
 *
 * <p>Entry points: {@link org.thermolearn.core.FreeEnergy} (EXP, Gaussian, BAR, MBAR, Crooks, bootstrap),
 * {@link org.thermolearn.core.Mbar} (multistate result), {@link org.thermolearn.core.Timeseries} (statistical
 * inefficiency, equilibration), {@link org.thermolearn.core.EstimateJson} and
 * {@link org.thermolearn.core.WorkFiles} (result JSON, text work files), {@link org.thermolearn.core.Json}
 * (strict JSON), {@link org.thermolearn.core.Plots} (PNG), {@link org.thermolearn.core.WorkDistribution} (the
 * exported ensemble), {@link org.thermolearn.core.RandomStreams} (reproducible randomness). Signs follow Seifert:
 * work on the system, heat into the bath, {@code W = dE + Q}; energies in kT unless a kT is given.
 *
 * <pre>{@code
 * import org.thermolearn.core.*;
 * FreeEnergy.exp(new double[] {1000, 1001, 1002});   // dF = 1000.69 kT
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.core;
