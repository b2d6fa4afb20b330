package org.thermolearn.bench.jmh;

import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.thermolearn.core.FreeEnergy;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.TrajectoryRecord;
import org.thermolearn.dynamics.HarmonicTrap;
import org.thermolearn.dynamics.Langevin;
import org.thermolearn.dynamics.LangevinParameters;
import org.thermolearn.dynamics.OverdampedLangevin;
import org.thermolearn.dynamics.Protocol;

/**
 * JMH micro-benchmarks of the hot loops: the Gaussian draw (the machine's bound for Langevin dynamics), one
 * overdamped trajectory of 1000 steps with work and heat, and the Jarzynski average of 10^6 work values.
 *
 * <pre>{@code
 * java -cp benchmarks/target/thermolearn.jar org.openjdk.jmh.Main CoreBenchmarks
 * }</pre>
 *
 * @since 1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoreBenchmarks {
    private RandomGenerator rng;
    private OverdampedLangevin trajectory;
    private double[] work;

    /** Builds the inputs. */
    @Setup
    public void setUp() {
        rng = RandomStreams.of(1).stream(0);
        trajectory = Langevin.overdamped(HarmonicTrap.centre(1), Protocol.linear(0, 1, 1), LangevinParameters.of(0.001));
        work = new double[1_000_000];
        RandomGenerator g = RandomStreams.of(2).stream(0);
        for (int i = 0; i < work.length; i++) {
            work[i] = 1 + g.nextGaussian();
        }
    }

    /** One Gaussian draw. */
    @Benchmark
    public double gaussian() {
        return rng.nextGaussian();
    }

    /** One overdamped trajectory of 1000 steps with work and heat (exact propagator). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public TrajectoryRecord overdampedTrajectory1000Steps() {
        return trajectory.simulate(rng);
    }

    /** Jarzynski estimate of 10^6 work values. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double jarzynski1e6() {
        return FreeEnergy.exp(work).deltaF();
    }
}
