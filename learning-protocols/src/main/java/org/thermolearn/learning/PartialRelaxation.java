package org.thermolearn.learning;

import org.thermolearn.core.internal.Checks;

/**
 * Partial relaxation: redraw from equilibrium with probability {@code r}. Immutable and thread-safe.
 *
 * @param r relaxation probability in [0, 1]
 */
record PartialRelaxation(double r) implements Relaxation {
    PartialRelaxation {
        Checks.inClosedRange(r, 0, 1, "r");
    }

    @Override
    public double[][] kernel(double[] energies) {
        double[] peq = Relaxation.boltzmann(Checks.nonEmptyFinite(energies, "energies"));
        double[][] k = new double[peq.length][peq.length];
        for (int s = 0; s < peq.length; s++) {
            for (int t = 0; t < peq.length; t++) {
                k[s][t] = r * peq[t] + (s == t ? 1 - r : 0);
            }
        }
        return k;
    }

    @Override
    public String description() {
        return "partial relaxation, r = " + r;
    }
}
