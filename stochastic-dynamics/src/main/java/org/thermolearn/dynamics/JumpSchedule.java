package org.thermolearn.dynamics;

import org.thermolearn.dynamics.markov.JumpTable;

/**
 * A protocol discretised into intervals of constant lambda: interval k runs over {@code [k h, (k+1) h]} at
 * {@code lambda((k+1) h)}, after a jump of lambda at fixed state (the convention of {@link Protocol}). Shared by the
 * sampler and the exact master equation so that both describe exactly the same process. Immutable.
 */
final class JumpSchedule {
    final double[] boundaries;
    final double[] lambdas;
    final double[][][] rates;
    final JumpTable[] tables;
    final double[] initialEnergies;
    final double kT;

    JumpSchedule(MarkovModel model, Protocol protocol, int intervals, double[][] currentIncrements) {
        double duration = protocol.duration();
        boundaries = new double[intervals + 1];
        lambdas = new double[intervals];
        rates = new double[intervals][][];
        tables = new JumpTable[intervals];
        kT = model.kT();
        initialEnergies = model.energies(protocol.lambda(0));
        for (int k = 0; k < intervals; k++) {
            boundaries[k + 1] = k + 1 == intervals ? duration : duration * (k + 1) / intervals;
            lambdas[k] = protocol.lambda(boundaries[k + 1]);
            if (k > 0 && lambdas[k] == lambdas[k - 1]) {
                rates[k] = rates[k - 1];
                tables[k] = tables[k - 1];
            } else {
                rates[k] = model.rates(lambdas[k]).toArray();
                tables[k] = new JumpTable(rates[k], model.energies(lambdas[k]), kT, currentIncrements);
            }
        }
    }

    int states() {
        return initialEnergies.length;
    }

    double duration() {
        return boundaries[boundaries.length - 1];
    }
}
