package org.thermolearn.core;

/**
 * Why an estimate should not be trusted. A closed family: every estimator reports its doubts with one of these,
 * never with NaN.
 *
 * <pre>{@code
 * FreeEnergy.exp(new double[] {0, 5, 10}).warnings();   // [TooFewSamples[n=3, minimum=10], ...]
 * }</pre>
 *
 * @since 1.0
 */
public sealed interface Warning {
    /** A one-line human-readable explanation. */
    String message();

    /** Fewer samples than the estimator needs to report a meaningful error bar. */
    record TooFewSamples(long n, long minimum) implements Warning {
        @Override
        public String message() {
            return "only " + n + (n == 1 ? " sample" : " samples") + " (at least " + minimum + " needed for a trustworthy error bar)";
        }
    }

    /** The exponential weights are dominated by a few samples. */
    record LowEffectiveSampleSize(double effectiveSampleSize, double threshold) implements Warning {
        @Override
        public String message() {
            return String.format("effective sample size %.3g below %.3g: a few samples dominate the exponential average",
                    effectiveSampleSize, threshold);
        }
    }

    /** The forward and reverse (or neighbouring-state) distributions barely overlap. */
    record PoorOverlap(double overlap, double threshold) implements Warning {
        @Override
        public String message() {
            return String.format("overlap %.3g below %.3g: the estimate and its error bar are unreliable", overlap,
                    threshold);
        }
    }

    /** An iterative solver stopped before meeting its tolerance. */
    record NotConverged(int iterations, double residual) implements Warning {
        @Override
        public String message() {
            return String.format("solver did not converge after %d iterations (residual %.3g)", iterations, residual);
        }
    }

    /** The data contradict an assumption of the estimator's model (e.g. Gaussian work obeying Crooks). */
    record ModelMismatch(String assumption, double zScore) implements Warning {
        @Override
        public String message() {
            return String.format("the data contradict the model assumption '%s' (z = %.3g)", assumption, zScore);
        }
    }

    /**
     * An exponential average whose dissipated work is too large for its sample size: the work values that dominate
     * the error bar (for Gaussian work near {@code <W> - 4 W_diss}) were probably never drawn, so the estimate and
     * its standard error are unreliable (Jarzynski, Phys. Rev. E 73, 046105 (2006)).
     *
     * @param dissipatedWork the sample's {@code <W> - dF} in kT
     * @param n samples used
     * @param samplesNeeded about {@code exp(4 W_diss / kT)}
     */
    record UndersampledTail(double dissipatedWork, long n, double samplesNeeded) implements Warning {
        @Override
        public String message() {
            return String.format("dissipated work %.3g kT needs about exp(4 W_diss/kT) = %.3g samples for a "
                    + "trustworthy error bar, got %d", dissipatedWork, samplesNeeded, n);
        }
    }

    /** The expected bias of the estimator is comparable to or larger than its standard error. */
    record LargeBias(double expectedBias, double standardError) implements Warning {
        @Override
        public String message() {
            return String.format("expected bias %.3g exceeds the standard error %.3g", expectedBias, standardError);
        }
    }
}
