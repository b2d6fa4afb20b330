package org.thermolearn.learning;

import java.util.Arrays;
import org.thermolearn.core.internal.Checks;

/**
 * A system with states {@code s = 0..m-1} and energies {@code E(s, x)} (in kT) that depend on the signal state
 * {@code x}, relaxing at fixed signal by a detailed-balance {@link Relaxation}.
 *
 * <p>Conventions (Seifert): when the signal moves {@code x -> x'} at fixed {@code s} the work done on the system is
 * {@code W = E(s, x') - E(s, x)}; during the relaxation at fixed {@code x'} the heat into the bath is
 * {@code Q = E(s, x') - E(s', x')}. The equilibrium free energy is {@code F(x) = -ln sum_s exp(-E(s, x))} kT.
 * Immutable and thread-safe (the kernels are computed once, at construction).
 *
 * <pre>{@code
 * var sys = DrivenSystem.twoState(2.0, Relaxation.partial(0.5));   // E = 2 kT [s != x]
 * var three = DrivenSystem.of(new double[][] {{0, 1, 3}, {2, 0, 1}, {3, 2, 0}}, Relaxation.glauber(1, 0.5));
 * three.equilibrium(1);                                              // p_eq(s | x = 1)
 * }</pre>
 *
 * @since 1.0
 */
public final class DrivenSystem {
    private final double[][] energies;
    private final Relaxation relaxation;
    private final double[][][] kernels;

    private DrivenSystem(double[][] energies, Relaxation relaxation) {
        this.energies = energies;
        this.relaxation = relaxation;
        int signals = energies[0].length;
        this.kernels = new double[signals][][];
        for (int x = 0; x < signals; x++) {
            kernels[x] = Stochastic.checkedCopy(relaxation.kernel(energyColumn(x)), "relaxation kernel at x = " + x);
        }
    }

    /**
     * A system with energies {@code energies[s][x]} in kT.
     *
     * @param energies {@code E(s, x)}, rectangular: system states x signal states, finite (Not modified)
     * @param relaxation the relaxation at fixed signal
     */
    public static DrivenSystem of(double[][] energies, Relaxation relaxation) {
        Checks.notNull(relaxation, "relaxation");
        Checks.notNull(energies, "energies");
        if (energies.length == 0) {
            throw new IllegalArgumentException("energies must not be empty");
        }
        double[][] c = new double[energies.length][];
        for (int s = 0; s < energies.length; s++) {
            Checks.nonEmptyFinite(energies[s], "energies[" + s + "]");
            if (energies[s].length != energies[0].length) {
                throw new IllegalArgumentException("energies must be rectangular, row " + s + " has length "
                        + energies[s].length + " instead of " + energies[0].length);
            }
            c[s] = energies[s].clone();
        }
        return new DrivenSystem(c, relaxation);
    }

    /** Two states tracking a two-state signal: {@code E(s, x) = betaEpsilon [s != x]} kT. */
    public static DrivenSystem twoState(double betaEpsilon, Relaxation relaxation) {
        Checks.finite(betaEpsilon, "betaEpsilon");
        return of(new double[][] {{0, betaEpsilon}, {betaEpsilon, 0}}, relaxation);
    }

    /** Number of system states. */
    public int states() {
        return energies.length;
    }

    /** Number of signal states the energies are defined for. */
    public int signalStates() {
        return energies[0].length;
    }

    /** {@code E(s, x)} in kT. */
    public double energy(int s, int x) {
        return energies[s][x];
    }

    /** A copy of {@code E[s][x]}. */
    public double[][] energies() {
        return Stochastic.copy(energies);
    }

    /** The relaxation. */
    public Relaxation relaxation() {
        return relaxation;
    }

    /** Equilibrium distribution {@code p_eq(s | x)} (a new array). */
    public double[] equilibrium(int x) {
        return Relaxation.boltzmann(energyColumn(x));
    }

    /** Equilibrium free energy {@code F(x) = -ln sum_s exp(-E(s, x))} in kT. */
    public double freeEnergy(int x) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : energies) {
            min = Math.min(min, row[x]);
        }
        double z = 0;
        for (double[] row : energies) {
            z += Math.exp(-(row[x] - min));
        }
        return min - Math.log(z);
    }

    /** A copy of the one-step relaxation kernel {@code K_x[s][s']} at signal {@code x}. */
    public double[][] kernel(int x) {
        return Stochastic.copy(kernels[x]);
    }

    /** The kernel itself, for internal loops (not copied; never modify). */
    double[][] kernelView(int x) {
        return kernels[x];
    }

    /** The same energies with another relaxation. */
    public DrivenSystem withRelaxation(Relaxation r) {
        return new DrivenSystem(energies, Checks.notNull(r, "relaxation"));
    }

    private double[] energyColumn(int x) {
        double[] e = new double[energies.length];
        for (int s = 0; s < e.length; s++) {
            e[s] = energies[s][x];
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DrivenSystem d && Arrays.deepEquals(energies, d.energies) && relaxation.equals(d.relaxation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(energies) + relaxation.hashCode();
    }

    @Override
    public String toString() {
        return "DrivenSystem[E(s,x) = " + Arrays.deepToString(energies) + ", " + relaxation.description() + "]";
    }
}
