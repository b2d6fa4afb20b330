/**
 * learning-protocols: learning whose signal is thermodynamic. Energies in kT, information in nats, Seifert's signs
 * (work done on the system, heat into the bath).
 *
 * <p>Bernoulli restricted Boltzmann machines ({@link org.thermolearn.learning.BernoulliRbm}) with exact,
 * annealed-importance-sampling and reverse-AIS partition functions ({@link org.thermolearn.learning.Ais}),
 * pseudo-likelihoods, persistent Gibbs chains that keep a per-chain ledger of work and heat
 * ({@link org.thermolearn.learning.GibbsChainState}), and CD-k / PCD training
 * ({@link org.thermolearn.learning.RbmTrainingState}) with atomic checkpoints, and Jarzynski-weighted training
 * ({@link org.thermolearn.learning.JarzynskiTrainer}: the chains' work ledger reweights the negative phase, tracker
 * chains give the running {@code ln Z}, and a {@link org.thermolearn.learning.DissipationBudget} can set the learning
 * rate).
 *
 * <p>Thermodynamics of prediction (Still, Sivak, Bell and Crooks, PRL 109, 120604 (2012),
 * doi:10.1103/PhysRevLett.109.120604): a {@link org.thermolearn.learning.DrivenSystem} driven by a Markov
 * {@link org.thermolearn.learning.Signal} dissipates, per work step, exactly the information it remembers without
 * predicting; {@link org.thermolearn.learning.Prediction} computes it exactly,
 * {@link org.thermolearn.learning.PredictionSampler} estimates it from trajectories and
 * {@link org.thermolearn.learning.PredictionOptimizer} tunes a system to minimise it. The learning-efficiency bound
 * of Goldt and Seifert (PRL 118, 010601 (2017)) for a Hebbian neuron is {@link org.thermolearn.learning.HebbianNeuron}.
 *
 * <pre>{@code
 * import org.thermolearn.learning.*;
 * var rbm = BernoulliRbm.random(16, 10, 0.5, 0.0, org.thermolearn.core.RandomStreams.of(1).stream(0));
 * rbm.logPartitionExact();
 * Ais.logPartition(rbm, 100, Ais.standardBetas(), 7);
 * Prediction.twoState(2, 0.1, 0.5).nonpredictiveInformation();   // 0.082633 nats
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.learning;
