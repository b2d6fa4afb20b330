package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * Settings of contrastive-divergence training of a {@link BernoulliRbm}: CD-k restarts the negative chains at the
 * mini-batch every update (Hinton 2002, doi:10.1162/089976602760128018); PCD keeps {@code chains} persistent chains
 * (Tieleman, ICML 2008, doi:10.1145/1390156.1390290). Update with momentum {@code mu} and L2 weight decay
 * {@code lambda}: {@code vel = mu vel + eta_t (<v h>_data - <v h>_model - lambda W)}, {@code W += vel} (biases
 * without decay). Immutable.
 *
 * <pre>{@code
 * var p = TrainingParameters.pcd(100, LearningRateSchedule.constant(0.05)).withMomentum(0.5).withBatchSize(100);
 * }</pre>
 *
 * @param method CD or PCD
 * @param gibbsSteps sweeps per update (k)
 * @param batchSize rows per mini-batch
 * @param chains persistent chains (PCD; ignored by CD, whose chains are the batch rows)
 * @param schedule learning rate per update
 * @param momentum momentum in [0, 1)
 * @param weightDecay L2 coefficient on the weights, >= 0
 * @since 1.0
 */
public record TrainingParameters(Method method, int gibbsSteps, int batchSize, int chains,
        LearningRateSchedule schedule, double momentum, double weightDecay) {
    /** Training method. */
    public enum Method { CD, PCD }

    /** Validates. */
    public TrainingParameters {
        Checks.notNull(method, "method");
        Checks.positive(gibbsSteps, "gibbsSteps");
        Checks.positive(batchSize, "batchSize");
        Checks.positive(chains, "chains");
        Checks.notNull(schedule, "schedule");
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        Checks.nonNegativeFinite(weightDecay, "weightDecay");
    }

    /** CD-k, batch 100, no momentum, no decay. */
    public static TrainingParameters cd(int k, LearningRateSchedule schedule) {
        return new TrainingParameters(Method.CD, k, 100, 100, schedule, 0, 0);
    }

    /** PCD-1 with {@code chains} chains, batch 100, no momentum, no decay. */
    public static TrainingParameters pcd(int chains, LearningRateSchedule schedule) {
        return new TrainingParameters(Method.PCD, 1, 100, chains, schedule, 0, 0);
    }

    /** Copy with another k. */
    public TrainingParameters withGibbsSteps(int k) {
        return new TrainingParameters(method, k, batchSize, chains, schedule, momentum, weightDecay);
    }

    /** Copy with another batch size. */
    public TrainingParameters withBatchSize(int n) {
        return new TrainingParameters(method, gibbsSteps, n, chains, schedule, momentum, weightDecay);
    }

    /** Copy with another momentum. */
    public TrainingParameters withMomentum(double mu) {
        return new TrainingParameters(method, gibbsSteps, batchSize, chains, schedule, mu, weightDecay);
    }

    /** Copy with another weight decay. */
    public TrainingParameters withWeightDecay(double lambda) {
        return new TrainingParameters(method, gibbsSteps, batchSize, chains, schedule, momentum, lambda);
    }

    /** Copy with another schedule. */
    public TrainingParameters withSchedule(LearningRateSchedule s) {
        return new TrainingParameters(method, gibbsSteps, batchSize, chains, s, momentum, weightDecay);
    }
}
