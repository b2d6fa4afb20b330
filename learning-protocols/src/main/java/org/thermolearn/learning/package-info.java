/**
 * Learning whose signal is thermodynamic. Bernoulli restricted Boltzmann machines
 * ({@link org.thermolearn.learning.BernoulliRbm}) with exact, annealed-importance-sampling and reverse-AIS partition
 * functions ({@link org.thermolearn.learning.Ais}), pseudo-likelihoods, persistent Gibbs chains that keep a
 * per-chain ledger of work and heat ({@link org.thermolearn.learning.GibbsChainState}), and CD-k / PCD training
 * ({@link org.thermolearn.learning.RbmTrainingState}) with atomic checkpoints, and Jarzynski-weighted training
 * ({@link org.thermolearn.learning.JarzynskiTrainer}: the chains' work ledger reweights the negative phase, tracker
 * chains give the running {@code ln Z}, and a {@link org.thermolearn.learning.DissipationBudget} can set the learning
 * rate). Energies in kT, information in nats,
 * Seifert's signs (work done on the system, heat into the bath).
 *
 * <pre>{@code
 * import org.thermolearn.learning.*;
 * var rbm = BernoulliRbm.random(16, 10, 0.5, 0.0, org.thermolearn.core.RandomStreams.of(1).stream(0));
 * rbm.logPartitionExact();
 * Ais.logPartition(rbm, 100, Ais.standardBetas(), 7);
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.learning;
