/**
 * Implementations behind the {@link org.thermolearn.core.FreeEnergy}, {@link org.thermolearn.core.Mbar} and
 * {@link org.thermolearn.core.Timeseries} facades: Bennett acceptance ratio, the MBAR solver and its asymptotic
 * covariance, Crooks crossing, bootstrap and work-sample checks.
 *
 * <p>Users normally call the facades; these classes are public so that options (solver, error form, tolerance)
 * can be chosen explicitly. Energies are reduced (in kT) throughout this package.
 *
 * <pre>{@code
 * BennettAcceptanceRatio.estimate(new double[] {0.1, 0.4, 0.9}, new double[] {-0.5, 0.2},
 *     BennettAcceptanceRatio.Options.defaults());
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.core.estimate;
