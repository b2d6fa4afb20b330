package org.thermolearn.dynamics.markov;

import java.util.random.RandomGenerator;

/**
 * Gillespie's direct method over a sequence of constant-rate intervals, with the full thermodynamic ledger.
 *
 * <p>Interval {@code k} runs from {@code boundaries[k]} to {@code boundaries[k+1]} with table {@code k}. At the start
 * of each interval the protocol jumps at fixed state: the work is {@code E_x(new) - E_x(old)}. Inside it, holding
 * times are exponential with the exit rate and the target is drawn in proportion to the rates; a holding time that
 * runs past the boundary is discarded and redrawn there, which is exact because the exponential is memoryless
 * (Gillespie, J. Phys. Chem. 81 (1977) 2340, doi:10.1021/j100540a008). Stateless and thread-safe.
 *
 * <pre>{@code
 * var tab = new JumpTable(new double[][] {{0, 2, 1}, {1, 0, 2}, {2, 1, 0}}, new double[3], 1.0, null);
 * double[] ledger = new double[Gillespie.LEDGER];
 * Gillespie.run(new JumpTable[] {tab}, new double[] {0, 10}, new double[3], 0,
 *     org.thermolearn.core.RandomStreams.of(1).stream(0), ledger);   // ledger[HEAT] ~ 10 ln 2
 * }</pre>
 *
 * @since 1.0
 */
public final class Gillespie {
    /** Ledger slot: work from protocol jumps. */
    public static final int LAMBDA_WORK = 0;
    /** Ledger slot: non-conservative work on jumps. */
    public static final int DRIVE_WORK = 1;
    /** Ledger slot: heat into the bath. */
    public static final int HEAT = 2;
    /** Ledger slot: the user current. */
    public static final int CURRENT = 3;
    /** Ledger slot: number of jumps. */
    public static final int JUMPS = 4;
    /** Length of the ledger array. */
    public static final int LEDGER = 5;

    private Gillespie() {
    }

    /**
     * Runs one trajectory.
     *
     * @param tables one table per interval (Not modified)
     * @param boundaries interval boundaries, length {@code tables.length + 1} (Not modified)
     * @param initialEnergies energies at the preparation lambda (Not modified)
     * @param x0 initial state
     * @param rng the trajectory's stream
     * @param ledger receives the ledger, see the slot constants (Modified, overwritten)
     * @return the final state
     */
    public static int run(JumpTable[] tables, double[] boundaries, double[] initialEnergies, int x0,
            RandomGenerator rng, double[] ledger) {
        double lambdaWork = 0;
        double driveWork = 0;
        double heat = 0;
        double current = 0;
        long jumps = 0;
        int x = x0;
        double[] previous = initialEnergies;
        for (int k = 0; k < tables.length; k++) {
            JumpTable tab = tables[k];
            lambdaWork += tab.energy[x] - previous[x];
            previous = tab.energy;
            double t = boundaries[k];
            double end = boundaries[k + 1];
            double[] exit = tab.exit;
            while (true) {
                double rate = exit[x];
                if (rate == 0) {
                    break;
                }
                t += rng.nextExponential() / rate;
                if (t >= end) {
                    break;
                }
                int e = tab.select(x, rng.nextDouble() * rate);
                heat += tab.heat[e];
                driveWork += tab.drive[e];
                current += tab.current[e];
                x = tab.target[e];
                jumps++;
            }
        }
        ledger[LAMBDA_WORK] = lambdaWork;
        ledger[DRIVE_WORK] = driveWork;
        ledger[HEAT] = heat;
        ledger[CURRENT] = current;
        ledger[JUMPS] = jumps;
        return x;
    }
}
