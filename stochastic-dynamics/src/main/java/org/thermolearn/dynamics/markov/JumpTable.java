package org.thermolearn.dynamics.markov;

/**
 * The precomputed jump table of one constant-rate interval, in flat primitive arrays for the Gillespie loop.
 *
 * <p>For every state {@code i}: the exit rate, the outgoing edges {@code i -> j} with cumulative rates, and per edge
 * the heat into the bath {@code q_ij = kT ln(w_ij / w_ji)} (local detailed balance; so the medium entropy is
 * {@code q/kT}), the non-conservative work {@code f_ij = q_ij - (E_i - E_j)} (zero for rates built from energies
 * alone, the driving of a motor otherwise), and the increment of a user-defined current. The first law
 * {@code W = dE + Q} then holds per jump to round-off. A one-way edge ({@code w_ij > 0, w_ji = 0}) has infinite
 * heat and is rejected. Immutable after construction and thread-safe.
 *
 * <pre>{@code
 * var t = new JumpTable(new double[][] {{0, 2}, {1, 0}}, new double[] {0, 0}, 1.0, null);
 * t.exitRate(0);   // 2.0
 * }</pre>
 *
 * @since 1.0
 */
public final class JumpTable {
    final double[] exit;
    final int[] offset;
    final int[] target;
    final double[] cumulative;
    final double[] rate;
    final double[] heat;
    final double[] drive;
    final double[] current;
    final double[] energy;

    /**
     * Builds the table.
     *
     * @param w rates {@code i -> j} (Not modified), validated non-negative and finite
     * @param energies state energies at this interval's lambda (Not modified)
     * @param kT thermal energy
     * @param currentIncrements increment {@code d_ij} of the current per jump {@code i -> j}, or null (Not modified)
     * @throws IllegalArgumentException for a one-way edge
     */
    public JumpTable(double[][] w, double[] energies, double kT, double[][] currentIncrements) {
        int n = w.length;
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m += j != i && w[i][j] > 0 ? 1 : 0;
            }
        }
        exit = new double[n];
        offset = new int[n + 1];
        target = new int[m];
        cumulative = new double[m];
        rate = new double[m];
        heat = new double[m];
        drive = new double[m];
        current = new double[m];
        energy = energies.clone();
        int e = 0;
        for (int i = 0; i < n; i++) {
            offset[i] = e;
            for (int j = 0; j < n; j++) {
                if (j == i || !(w[i][j] > 0)) {
                    continue;
                }
                requireReverse(w, i, j);
                exit[i] += w[i][j];
                target[e] = j;
                cumulative[e] = exit[i];
                rate[e] = w[i][j];
                heat[e] = kT * Math.log(w[i][j] / w[j][i]);
                drive[e] = heat[e] - (energies[i] - energies[j]);
                current[e] = currentIncrements == null ? 0 : currentIncrements[i][j];
                e++;
            }
        }
        offset[n] = e;
    }

    private static void requireReverse(double[][] w, int i, int j) {
        if (!(w[j][i] > 0)) {
            throw new IllegalArgumentException("rate " + i + " -> " + j + " = " + w[i][j] + " but " + j + " -> " + i
                    + " = " + w[j][i] + ": a one-way transition has infinite heat and entropy production per jump"
                    + " and cannot be sampled with a finite ledger");
        }
    }

    /** Exit rate of state {@code i}. */
    public double exitRate(int i) {
        return exit[i];
    }

    /** Energy of state {@code i} at this interval's lambda. */
    public double energy(int i) {
        return energy[i];
    }

    /**
     * Adds the mean fluxes of heat, non-conservative work and current for the occupation times {@code occ}:
     * {@code sums[0] += sum occ_i w_ij q_ij}, {@code sums[1] += sum occ_i w_ij f_ij},
     * {@code sums[2] += sum occ_i w_ij d_ij}.
     *
     * @param occupation time spent in each state, {@code int p_i dt} (Not modified)
     * @param sums the three running sums (Modified)
     */
    public void accumulateFluxes(double[] occupation, double[] sums) {
        for (int i = 0; i < exit.length; i++) {
            for (int e = offset[i]; e < offset[i + 1]; e++) {
                double flow = occupation[i] * rate[e];
                sums[0] += flow * heat[e];
                sums[1] += flow * drive[e];
                sums[2] += flow * current[e];
            }
        }
    }

    /** Number of states. */
    public int states() {
        return exit.length;
    }

    /** Index of the edge chosen by {@code r} in {@code [0, exit_i)} among the edges out of {@code i}. */
    int select(int i, double r) {
        int last = offset[i + 1] - 1;
        int e = offset[i];
        while (e < last && r >= cumulative[e]) {
            e++;
        }
        return e;
    }
}
