package org.thermolearn.dynamics;

/**
 * Receives the state of one trajectory after its initial draw (step 0) and after each time step (step n = 1..N):
 * used by {@link Ensemble#paths} to store a few trajectories for plots.
 *
 * <p>Mutable implementations stay on one thread. Energies are in the simulation's unit; work and heat are the
 * running totals since t = 0.
 *
 * <pre>{@code
 * PathObserver print = (n, t, lambda, x, w, q) -> { };
 * }</pre>
 *
 * @since 1.0
 */
@FunctionalInterface
public interface PathObserver {
    /** Observes nothing. */
    PathObserver NONE = (n, t, lambda, x, w, q) -> { };

    /**
     * @param step step index, 0 = initial state
     * @param time time {@code step * dt}
     * @param lambda lambda during the step just taken
     * @param x configuration (Not modified; do not keep a reference)
     * @param work work done on the system so far
     * @param heat heat dissipated into the bath so far
     */
    void observe(int step, double time, double lambda, double[] x, double work, double heat);
}
