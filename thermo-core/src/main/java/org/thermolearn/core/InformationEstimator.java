package org.thermolearn.core;

/**
 * Estimator of entropy and mutual information from counts of independent samples.
 *
 * <p>{@link #PLUG_IN} inserts the empirical frequencies into the exact formula; it is biased low for entropy by
 * about {@code (m - 1) / (2N)} nats ({@code m} occupied bins, {@code N} samples). {@link #MILLER_MADOW} adds that
 * first-order correction: {@code H_MM = H_plugin + (m - 1)/(2N)} and, for mutual information,
 * {@code I_MM = I_plugin - (m_ab - m_a - m_b + 1)/(2N)}. Reference: G. A. Miller, "Note on the bias of information
 * estimates" (1955); L. Paninski, Neural Comput. 15, 1191 (2003), doi:10.1162/089976603321780272.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Information.entropy(new long[] {30, 70}, InformationEstimator.MILLER_MADOW);
 * }</pre>
 *
 * @since 1.0
 */
public enum InformationEstimator {
    /** Empirical frequencies in the exact formula. */
    PLUG_IN,
    /** Plug-in plus the Miller-Madow first-order bias correction. */
    MILLER_MADOW
}
