package org.thermolearn.dynamics;

/**
 * Thrown when a trajectory's state becomes NaN or infinite (for example a time step past the stability limit),
 * instead of letting NaN reach the output.
 *
 * <pre>{@code
 * try { ensemble.run(RandomStreams.of(1)); } catch (NonFiniteStateException e) { e.step(); }
 * }</pre>
 *
 * @since 1.0
 */
public final class NonFiniteStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final long trajectory;
    private final long step;

    /**
     * @param trajectory trajectory index, or -1 when unknown
     * @param step the step at which the state went non-finite
     * @param detail what went non-finite
     */
    public NonFiniteStateException(long trajectory, long step, String detail) {
        super((trajectory >= 0 ? "trajectory " + trajectory + ", " : "") + "step " + step + ": " + detail);
        this.trajectory = trajectory;
        this.step = step;
    }

    /**
     * The error for an energy that went non-finite at {@code step}, naming the position and the time step.
     *
     * @param x the position, as the user would read it
     */
    public static NonFiniteStateException energy(long step, double energy, double[] x, double dt) {
        return new NonFiniteStateException(-1, step, "energy " + energy + " at x = " + java.util.Arrays.toString(x)
                + " (time step " + dt + " past the stability limit?)");
    }

    /** The trajectory index, -1 when unknown. */
    public long trajectory() {
        return trajectory;
    }

    /** The step index. */
    public long step() {
        return step;
    }

    /** The same error with the trajectory index filled in. */
    public NonFiniteStateException inTrajectory(long index) {
        String detail = getMessage().substring(getMessage().indexOf(": ") + 2);
        return new NonFiniteStateException(index, step, detail);
    }
}
