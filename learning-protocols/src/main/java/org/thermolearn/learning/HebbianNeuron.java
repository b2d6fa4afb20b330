package org.thermolearn.learning;

import java.util.random.RandomGenerator;
import org.hipparchus.special.Erf;
import org.thermolearn.core.Estimate;
import org.thermolearn.core.Information;
import org.thermolearn.core.InformationEstimator;
import org.thermolearn.core.RandomStreams;
import org.thermolearn.core.Samples;
import org.thermolearn.core.internal.Checks;
import org.thermolearn.core.internal.LogSpace;

/**
 * A single neuron learning labelled patterns by Hebbian learning, with stochastic-thermodynamic bookkeeping:
 * the model of Goldt and Seifert, "Stochastic thermodynamics of learning", PRL 118, 010601 (2017),
 * doi:10.1103/PhysRevLett.118.010601.
 *
 * <p>{@code P} patterns {@code xi^mu in {-1,1}^N} with random labels {@code sigma_T^mu = +-1}; the weights follow
 * {@code dw_n/dt = -k w_n + f_n + zeta_n}, {@code <zeta zeta> = 2T}, with the Hebbian force
 * {@code f = (nu / sqrt N) sum_mu xi^mu sigma_T^mu}, starting from equilibrium {@code w ~ N(0, T/k)}. The neuron's
 * output is {@code sigma^mu = sgn(w . xi^mu)}. Integration: the exact Ornstein-Uhlenbeck propagator per step; heat
 * into the bath by the Stratonovich rule {@code dQ = (f - k w_mid) . dw} (exact for the step, so {@code Q = f . dw -
 * d(k w^2/2)}). Second law per labeling plus {@code I(w; sigma_T) = dS(w) - dS(w|sigma_T)} give the bound
 * {@code sum_mu I(sigma_T^mu; sigma^mu) <= I(w; sigma_T) <= dS(w) + <Q>/T}. Immutable and thread-safe.
 *
 * <pre>{@code
 * var neuron = HebbianNeuron.random(NeuronParameters.of(20, 8), RandomStreams.of(1).stream(0));
 * neuron.informationExact();                                   // sum_mu I(sigma_T; sigma), nats
 * neuron.simulate(20_000, RandomStreams.of(2)).efficiency();   // eta <= 1
 * }</pre>
 *
 * @since 1.0
 */
public final class HebbianNeuron {
    private final NeuronParameters params;
    private final double[][] inputs;
    private final double[][] overlaps;
    private final double[] labelingNorms;

    private HebbianNeuron(NeuronParameters params, double[][] inputs) {
        this.params = params;
        this.inputs = inputs;
        int p = params.patterns();
        this.overlaps = new double[p][p];
        for (int mu = 0; mu < p; mu++) {
            for (int nu = 0; nu < p; nu++) {
                overlaps[mu][nu] = dot(inputs[mu], inputs[nu]) / params.inputs();
            }
        }
        this.labelingNorms = new double[1 << p];
        for (int bits = 0; bits < labelingNorms.length; bits++) {
            for (int mu = 0; mu < p; mu++) {
                for (int nu = 0; nu < p; nu++) {
                    labelingNorms[bits] += sign(bits, mu) * sign(bits, nu) * overlaps[mu][nu];
                }
            }
        }
    }

    /** A neuron with random +-1 inputs drawn from {@code rng}. */
    public static HebbianNeuron random(NeuronParameters params, RandomGenerator rng) {
        Checks.notNull(params, "params");
        Checks.notNull(rng, "rng");
        double[][] xi = new double[params.patterns()][params.inputs()];
        for (double[] row : xi) {
            for (int n = 0; n < row.length; n++) {
                row[n] = rng.nextBoolean() ? 1 : -1;
            }
        }
        return new HebbianNeuron(params, xi);
    }

    /**
     * A neuron with the given inputs.
     *
     * @param inputs {@code inputs[mu][n]}, {@code P x N}, entries +-1 (Not modified)
     */
    public static HebbianNeuron of(NeuronParameters params, int[][] inputs) {
        Checks.notNull(params, "params");
        Checks.notNull(inputs, "inputs");
        if (inputs.length != params.patterns()) {
            throw new IllegalArgumentException("inputs must have " + params.patterns() + " rows, got " + inputs.length);
        }
        double[][] xi = new double[inputs.length][params.inputs()];
        for (int mu = 0; mu < inputs.length; mu++) {
            if (inputs[mu] == null || inputs[mu].length != params.inputs()) {
                throw new IllegalArgumentException("inputs[" + mu + "] must have length " + params.inputs());
            }
            for (int n = 0; n < params.inputs(); n++) {
                if (Math.abs(inputs[mu][n]) != 1) {
                    throw new IllegalArgumentException("inputs[" + mu + "][" + n + "] must be +-1, got " + inputs[mu][n]);
                }
                xi[mu][n] = inputs[mu][n];
            }
        }
        return new HebbianNeuron(params, xi);
    }

    /** The parameters. */
    public NeuronParameters parameters() {
        return params;
    }

    /** Closed form of {@code <Q>/T}: {@code nu^2 P (a - a^2/2) / (k T)}, {@code a = 1 - exp(-k t)}. */
    public double heatExact() {
        double a = params.progress();
        return params.learningRate() * params.learningRate() * params.patterns() * (a - 0.5 * a * a)
                / (params.stiffness() * params.temperature());
    }

    /**
     * {@code sum_mu I(sigma_T^mu; sigma^mu)} in nats by enumerating all {@code 2^P} labelings: given the labels,
     * {@code w . xi^mu / sqrt N} is Gaussian with mean {@code (a nu / k) sum_nu C_mu,nu sigma_T^nu} and variance
     * {@code T/k}, and the channel from label to output is symmetric.
     */
    public double informationExact() {
        int p = params.patterns();
        double scale = params.progress() * params.learningRate() / params.stiffness()
                / Math.sqrt(params.temperature() / params.stiffness());
        double[] correct = new double[p];
        for (int bits = 0; bits < 1 << p; bits++) {
            for (int mu = 0; mu < p; mu++) {
                double m = 0;
                for (int nu = 0; nu < p; nu++) {
                    m += overlaps[mu][nu] * sign(bits, nu);
                }
                correct[mu] += 0.5 * Erf.erfc(-scale * m * sign(bits, mu) / Math.sqrt(2));
            }
        }
        double info = 0;
        for (int mu = 0; mu < p; mu++) {
            double pc = correct[mu] / (1 << p);
            info += Math.log(2) - Information.entropy(pc, 1 - pc);
        }
        return info;
    }

    /**
     * Simulates {@code trajectories} independent learners (labels and thermal noise of trajectory {@code i} from
     * {@code streams.stream(i)}) and measures the efficiency.
     *
     * @param trajectories number of trajectories, >= 2
     */
    public LearningEfficiency simulate(int trajectories, RandomStreams streams) {
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories must be >= 2, got " + trajectories);
        }
        Checks.notNull(streams, "streams");
        int p = params.patterns();
        int[][] labels = new int[p][trajectories];
        int[][] outputs = new int[p][trajectories];
        double[] heat = new double[trajectories];
        double[] logRatio = new double[trajectories];
        double[] w = new double[params.inputs()];
        double[] h = new double[p];
        int[] sigma = new int[p];
        for (int i = 0; i < trajectories; i++) {
            RandomGenerator rng = streams.stream(i);
            for (int mu = 0; mu < p; mu++) {
                sigma[mu] = rng.nextBoolean() ? 1 : -1;
            }
            heat[i] = integrate(sigma, w, rng) / params.temperature();
            for (int mu = 0; mu < p; mu++) {
                h[mu] = dot(w, inputs[mu]) / Math.sqrt(params.inputs());
                labels[mu][i] = sigma[mu] > 0 ? 1 : 0;
                outputs[mu][i] = h[mu] >= 0 ? 1 : 0;
            }
            logRatio[i] = logLikelihoodRatio(h, sigma);
        }
        return summarize(labels, outputs, heat, logRatio);
    }

    /** Runs one trajectory of the weights from equilibrium; returns the heat into the bath. */
    private double integrate(int[] sigma, double[] w, RandomGenerator rng) {
        int n = params.inputs();
        double k = params.stiffness();
        double sd = Math.sqrt(params.temperature() / k);
        double[] f = new double[n];
        for (int mu = 0; mu < sigma.length; mu++) {
            for (int j = 0; j < n; j++) {
                f[j] += params.learningRate() / Math.sqrt(n) * inputs[mu][j] * sigma[mu];
            }
        }
        for (int j = 0; j < n; j++) {
            w[j] = sd * rng.nextGaussian();
        }
        double dt = params.duration() / params.steps();
        double decay = Math.exp(-k * dt);
        double kick = sd * Math.sqrt(-Math.expm1(-2 * k * dt));
        double q = 0;
        for (int step = 0; step < params.steps(); step++) {
            for (int j = 0; j < n; j++) {
                double c = f[j] / k;
                double next = c + (w[j] - c) * decay + kick * rng.nextGaussian();
                q += (f[j] - k * 0.5 * (w[j] + next)) * (next - w[j]);
                w[j] = next;
            }
        }
        return q;
    }

    /**
     * {@code ln p(w | sigma_T) - ln 2^-P sum_s p(w | s)}: its mean is {@code I(w; sigma_T)}. With conditional means
     * {@code m_s = (a nu / (k sqrt N)) sum_mu s_mu xi^mu} and covariance {@code T/k}, only the projections
     * {@code h_mu = w . xi^mu / sqrt N} enter. The estimate is stationary in the model (a variational bound, tight at
     * the true conditional), so its error is second order in any error of the means.
     */
    private double logLikelihoodRatio(double[] h, int[] sigma) {
        int p = params.patterns();
        double b = params.progress() * params.learningRate() / params.stiffness();
        double beta = params.stiffness() / params.temperature();
        double[] terms = new double[1 << p];
        for (int bits = 0; bits < terms.length; bits++) {
            double proj = 0;
            for (int mu = 0; mu < p; mu++) {
                proj += sign(bits, mu) * h[mu];
            }
            terms[bits] = beta * (b * proj - 0.5 * b * b * labelingNorms[bits]);
        }
        int ownBits = 0;
        for (int mu = 0; mu < p; mu++) {
            ownBits |= sigma[mu] > 0 ? 1 << mu : 0;
        }
        return terms[ownBits] - LogSpace.logMeanExp(terms);
    }

    private LearningEfficiency summarize(int[][] labels, int[][] outputs, double[] heat, double[] logRatio) {
        int m = heat.length;
        double info = 0;
        double[] phi = new double[m];
        for (int mu = 0; mu < labels.length; mu++) {
            long[][] table = Information.contingency(labels[mu], outputs[mu]);
            info += Information.mutualInformation(table, InformationEstimator.MILLER_MADOW).value();
            addInfluence(table, labels[mu], outputs[mu], phi);
        }
        double[] production = new double[m];
        for (int i = 0; i < m; i++) {
            production[i] = heat[i] + logRatio[i];
        }
        double total = Samples.of(production).mean();
        double eta = info / total;
        double[] etaInfluence = new double[m];
        for (int i = 0; i < m; i++) {
            etaInfluence[i] = (phi[i] - eta * production[i]) / total;
        }
        return new LearningEfficiency(new Estimate(info, sd(phi) / Math.sqrt(m), m), informationExact(),
                meanOf(logRatio), meanOf(heat), heatExact(), new Estimate(eta, sd(etaInfluence) / Math.sqrt(m), m));
    }

    /** Adds {@code ln[p(a,b)/(p(a)p(b))]} of each sample (the influence of the plug-in mutual information). */
    private static void addInfluence(long[][] table, int[] a, int[] b, double[] phi) {
        long n = a.length;
        long[] na = new long[table.length];
        long[] nb = new long[table[0].length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < nb.length; j++) {
                na[i] += table[i][j];
                nb[j] += table[i][j];
            }
        }
        for (int k = 0; k < a.length; k++) {
            phi[k] += Math.log((double) table[a[k]][b[k]] * n / ((double) na[a[k]] * nb[b[k]]));
        }
    }

    private static Estimate meanOf(double[] v) {
        return new Estimate(Samples.of(v).mean(), sd(v) / Math.sqrt(v.length), v.length);
    }

    private static double sd(double[] v) {
        return Math.sqrt(Samples.of(v).variance());
    }

    private static int sign(int bits, int mu) {
        return (bits >> mu & 1) == 1 ? 1 : -1;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
