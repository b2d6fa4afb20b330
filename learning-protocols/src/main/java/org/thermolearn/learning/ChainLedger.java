package org.thermolearn.learning;

import org.thermolearn.core.Samples;

/**
 * Per-chain thermodynamic ledger of Gibbs chains, in kT with Seifert signs: {@code work} done on each chain by
 * parameter changes, {@code heat} dissipated into the bath by the Gibbs half-sweeps, and the change of energy
 * {@code deltaE} since the start; the first law {@code W = deltaE + Q} holds per chain.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * var ledger = chains.ledger();
 * ledger.work().mean(); ledger.heat().mean(); ledger.maxFirstLawResidual();
 * }</pre>
 *
 * @param work work per chain
 * @param heat heat per chain
 * @param deltaE energy change per chain
 * @since 1.0
 */
public record ChainLedger(Samples work, Samples heat, Samples deltaE) {
    /** Checks equal sizes. */
    public ChainLedger {
        if (work.size() != heat.size() || work.size() != deltaE.size()) {
            throw new IllegalArgumentException("work, heat and deltaE must have equal sizes, got " + work.size()
                    + ", " + heat.size() + ", " + deltaE.size());
        }
    }

    static ChainLedger of(double[] work, double[] heat, double[] deltaE) {
        return new ChainLedger(Samples.of(work), Samples.of(heat), Samples.of(deltaE));
    }

    /** Largest {@code |W - deltaE - Q|} over the chains. */
    public double maxFirstLawResidual() {
        double max = 0;
        for (int i = 0; i < work.size(); i++) {
            max = Math.max(max, Math.abs(work.get(i) - deltaE.get(i) - heat.get(i)));
        }
        return max;
    }
}
