/**
 * learning-protocols: learning whose signal is thermodynamic.
 *
 * <p>Thermodynamics of prediction (Still, Sivak, Bell and Crooks, PRL 109, 120604 (2012),
 * doi:10.1103/PhysRevLett.109.120604): a {@link org.thermolearn.learning.DrivenSystem} driven by a Markov
 * {@link org.thermolearn.learning.Signal} dissipates, per work step, exactly the information it remembers without
 * predicting; {@link org.thermolearn.learning.Prediction} computes it exactly,
 * {@link org.thermolearn.learning.PredictionSampler} estimates it from trajectories and
 * {@link org.thermolearn.learning.PredictionOptimizer} tunes a system to minimise it. The learning-efficiency bound
 * of Goldt and Seifert (PRL 118, 010601 (2017)) for a Hebbian neuron is {@link org.thermolearn.learning.HebbianNeuron}.
 * Information in nats, energies in kT.
 *
 * <pre>{@code
 * import org.thermolearn.learning.*;
 * Prediction.twoState(2, 0.1, 0.5).nonpredictiveInformation();   // 0.082633 nats
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.learning;
