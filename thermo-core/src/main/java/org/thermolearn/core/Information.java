package org.thermolearn.core;

import org.thermolearn.core.internal.Checks;

/**
 * Information measures of discrete distributions, exact and estimated from counts, in nats unless a
 * {@link InformationUnit} is given.
 *
 * <p>Formulas (natural logarithm, {@code 0 ln 0 = 0}): entropy {@code H(p) = -sum_i p_i ln p_i}; for a joint
 * distribution {@code joint[a][b] = p(A = a, B = b)} the mutual information
 * {@code I(A;B) = sum_ab p(a,b) ln[p(a,b) / (p(a) p(b))]} and the conditional entropy
 * {@code H(B|A) = H(A,B) - H(A)} (columns given rows); the Kullback-Leibler divergence
 * {@code D(p||q) = sum_i p_i ln(p_i/q_i)}, {@code +Infinity} when some {@code q_i = 0 < p_i}. Distributions must be
 * non-negative and sum to 1 within {@code 1e-9}. Reference: T. M. Cover and J. A. Thomas, <i>Elements of
 * Information Theory</i>, 2nd ed., Wiley (2006), doi:10.1002/047174882X.
 *
 * <p>Estimates from counts of {@code N} independent samples ({@link InformationEstimator}) carry the delta-method
 * standard error: {@code Var H = (sum p ln^2 p - H^2)/N} and {@code Var I = (sum p(a,b) ln^2[p(a,b)/(p(a)p(b))] -
 * I^2)/N} (Basharin 1959; Moddemeijer 1989, doi:10.1016/0165-1684(89)90132-1). Stateless and thread-safe.
 *
 * <pre>{@code
 * Information.entropy(0.5, 0.5);                                   // ln 2 = 0.6931...
 * Information.entropy(InformationUnit.BITS, 0.5, 0.5);             // 1.0
 * Information.mutualInformation(new double[][] {{0.4, 0.1}, {0.1, 0.4}});   // 0.1927...
 * Information.mutualInformation(new long[][] {{40, 10}, {10, 40}}, InformationEstimator.MILLER_MADOW);
 * }</pre>
 *
 * @since 1.0
 */
public final class Information {
    /** Tolerance on {@code |sum p - 1|}. */
    public static final double NORMALIZATION_TOLERANCE = 1e-9;

    private Information() {
    }

    /**
     * Shannon entropy {@code -sum p ln p} in nats.
     *
     * @param p a probability distribution (Not modified)
     * @throws IllegalArgumentException if {@code p} is empty, has a negative or non-finite entry or is not normalised
     */
    public static double entropy(double... p) {
        checkDistribution(p, "p");
        double h = 0;
        for (double v : p) {
            h -= xlogx(v);
        }
        return Math.max(0, h);
    }

    /** Shannon entropy in {@code unit}; see {@link #entropy(double...)}. */
    public static double entropy(InformationUnit unit, double... p) {
        return Checks.notNull(unit, "unit").fromNats(entropy(p));
    }

    /**
     * Entropy of a joint distribution {@code H(A,B)} in nats.
     *
     * @param joint {@code joint[a][b] = p(a, b)}, rectangular (Not modified)
     */
    public static double jointEntropy(double[][] joint) {
        checkJoint(joint);
        double h = 0;
        for (double[] row : joint) {
            for (double v : row) {
                h -= xlogx(v);
            }
        }
        return Math.max(0, h);
    }

    /**
     * Mutual information {@code I(A;B)} in nats, computed as {@code sum p(a,b) ln[p(a,b)/(p(a)p(b))]} (never
     * negative).
     *
     * @param joint {@code joint[a][b] = p(a, b)}, rectangular (Not modified)
     */
    public static double mutualInformation(double[][] joint) {
        checkJoint(joint);
        double[] pa = rowMarginal(joint);
        double[] pb = columnMarginal(joint);
        double i = 0;
        for (int a = 0; a < joint.length; a++) {
            for (int b = 0; b < joint[a].length; b++) {
                double p = joint[a][b];
                if (p > 0) {
                    i += p * Math.log(p / (pa[a] * pb[b]));
                }
            }
        }
        return Math.max(0, i);
    }

    /** Mutual information in {@code unit}; see {@link #mutualInformation(double[][])}. */
    public static double mutualInformation(double[][] joint, InformationUnit unit) {
        return Checks.notNull(unit, "unit").fromNats(mutualInformation(joint));
    }

    /**
     * Conditional entropy {@code H(B|A) = H(A,B) - H(A)} in nats (columns given rows).
     *
     * @param joint {@code joint[a][b] = p(a, b)}, rectangular (Not modified)
     */
    public static double conditionalEntropy(double[][] joint) {
        checkJoint(joint);
        double h = 0;
        double[] pa = rowMarginal(joint);
        for (int a = 0; a < joint.length; a++) {
            for (double p : joint[a]) {
                if (p > 0) {
                    h -= p * Math.log(p / pa[a]);
                }
            }
        }
        return Math.max(0, h);
    }

    /** Conditional entropy in {@code unit}; see {@link #conditionalEntropy(double[][])}. */
    public static double conditionalEntropy(double[][] joint, InformationUnit unit) {
        return Checks.notNull(unit, "unit").fromNats(conditionalEntropy(joint));
    }

    /**
     * Kullback-Leibler divergence {@code D(p||q)} in nats; {@code +Infinity} if {@code q_i = 0 < p_i}.
     *
     * @param p first distribution (Not modified)
     * @param q second distribution, same length (Not modified)
     */
    public static double klDivergence(double[] p, double[] q) {
        checkDistribution(p, "p");
        checkDistribution(q, "q");
        Checks.sameLength(p, "p", q, "q");
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                if (q[i] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                d += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return Math.max(0, d);
    }

    /** Kullback-Leibler divergence in {@code unit}; see {@link #klDivergence(double[], double[])}. */
    public static double klDivergence(double[] p, double[] q, InformationUnit unit) {
        return Checks.notNull(unit, "unit").fromNats(klDivergence(p, q));
    }

    /**
     * Entropy estimated from the counts of {@code N} independent samples, in nats, with its delta-method standard
     * error.
     *
     * @param counts occurrences of each outcome, non-negative, total at least 1 (Not modified)
     * @param estimator plug-in or Miller-Madow
     */
    public static Estimate entropy(long[] counts, InformationEstimator estimator) {
        Checks.notNull(estimator, "estimator");
        long n = total(counts, "counts");
        double h = 0;
        double h2 = 0;
        int occupied = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / n;
                double l = Math.log(p);
                h -= p * l;
                h2 += p * l * l;
                occupied++;
            }
        }
        double bias = estimator == InformationEstimator.MILLER_MADOW ? (occupied - 1) / (2.0 * n) : 0;
        return new Estimate(Math.max(0, h) + bias, Math.sqrt(Math.max(0, h2 - h * h) / n), n);
    }

    /**
     * Mutual information estimated from a contingency table of {@code N} independent samples, in nats, with its
     * delta-method standard error. The Miller-Madow value may be negative when the plug-in value is near 0.
     *
     * @param counts {@code counts[a][b]} = number of samples with {@code A = a, B = b}, rectangular (Not modified)
     * @param estimator plug-in or Miller-Madow
     */
    public static Estimate mutualInformation(long[][] counts, InformationEstimator estimator) {
        Checks.notNull(estimator, "estimator");
        long n = total(counts);
        long[] na = new long[counts.length];
        long[] nb = new long[counts[0].length];
        int occupied = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < nb.length; b++) {
                na[a] += counts[a][b];
                nb[b] += counts[a][b];
                occupied += counts[a][b] > 0 ? 1 : 0;
            }
        }
        double i = 0;
        double i2 = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < nb.length; b++) {
                if (counts[a][b] > 0) {
                    double l = Math.log((double) counts[a][b] * n / ((double) na[a] * nb[b]));
                    double p = (double) counts[a][b] / n;
                    i += p * l;
                    i2 += p * l * l;
                }
            }
        }
        i = Math.max(0, i);
        double bias = estimator == InformationEstimator.MILLER_MADOW
                ? -(occupied - occupiedBins(na) - occupiedBins(nb) + 1) / (2.0 * n) : 0;
        return new Estimate(i + bias, Math.sqrt(Math.max(0, i2 - i * i) / n), n);
    }

    /**
     * Mutual information between paired samples of two discrete variables; see
     * {@link #mutualInformation(long[][], InformationEstimator)}.
     *
     * @param a outcomes of A, each in {@code [0, 2^20)} (Not modified)
     * @param b outcomes of B, same length (Not modified)
     */
    public static Estimate mutualInformation(int[] a, int[] b, InformationEstimator estimator) {
        return mutualInformation(contingency(a, b), estimator);
    }

    /**
     * Contingency table {@code counts[i][j]} = number of indices {@code k} with {@code a[k] = i} and {@code b[k] = j}.
     *
     * @param a outcomes of A, non-negative (Not modified)
     * @param b outcomes of B, same length, non-negative (Not modified)
     */
    public static long[][] contingency(int[] a, int[] b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("a and b must be non-empty and equally long, got " + a.length + " and "
                    + b.length);
        }
        long[][] counts = new long[maxOutcome(a, "a") + 1][maxOutcome(b, "b") + 1];
        for (int k = 0; k < a.length; k++) {
            counts[a[k]][b[k]]++;
        }
        return counts;
    }

    /** Row sums {@code p(a) = sum_b joint[a][b]}. */
    static double[] rowMarginal(double[][] joint) {
        double[] m = new double[joint.length];
        for (int a = 0; a < joint.length; a++) {
            for (double v : joint[a]) {
                m[a] += v;
            }
        }
        return m;
    }

    /** Column sums {@code p(b) = sum_a joint[a][b]}. */
    static double[] columnMarginal(double[][] joint) {
        double[] m = new double[joint[0].length];
        for (double[] row : joint) {
            for (int b = 0; b < row.length; b++) {
                m[b] += row[b];
            }
        }
        return m;
    }

    private static double xlogx(double v) {
        return v > 0 ? v * Math.log(v) : 0;
    }

    private static void checkDistribution(double[] p, String name) {
        Checks.nonEmptyFinite(p, name);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] must be >= 0, got " + p[i]);
            }
            sum += p[i];
        }
        checkSum(sum, name);
    }

    private static void checkJoint(double[][] joint) {
        Checks.notNull(joint, "joint");
        if (joint.length == 0) {
            throw new IllegalArgumentException("joint must not be empty");
        }
        double sum = 0;
        for (int a = 0; a < joint.length; a++) {
            Checks.nonEmptyFinite(joint[a], "joint[" + a + "]");
            if (joint[a].length != joint[0].length) {
                throw new IllegalArgumentException("joint must be rectangular, row " + a + " has length "
                        + joint[a].length + " instead of " + joint[0].length);
            }
            for (int b = 0; b < joint[a].length; b++) {
                if (joint[a][b] < 0) {
                    throw new IllegalArgumentException("joint[" + a + "][" + b + "] must be >= 0, got " + joint[a][b]);
                }
                sum += joint[a][b];
            }
        }
        checkSum(sum, "joint");
    }

    private static void checkSum(double sum, String name) {
        if (!(Math.abs(sum - 1) <= NORMALIZATION_TOLERANCE)) {
            throw new IllegalArgumentException(name + " must sum to 1, got " + sum);
        }
    }

    private static long total(long[] counts, String name) {
        Checks.notNull(counts, name);
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] must be >= 0, got " + counts[i]);
            }
            n += counts[i];
        }
        if (n < 1) {
            throw new IllegalArgumentException(name + " must hold at least one sample, got total " + n);
        }
        return n;
    }

    private static long total(long[][] counts) {
        Checks.notNull(counts, "counts");
        if (counts.length == 0) {
            throw new IllegalArgumentException("counts must not be empty");
        }
        long n = 0;
        for (int a = 0; a < counts.length; a++) {
            Checks.notNull(counts[a], "counts[" + a + "]");
            if (counts[a].length != counts[0].length) {
                throw new IllegalArgumentException("counts must be rectangular, row " + a + " has length "
                        + counts[a].length + " instead of " + counts[0].length);
            }
            for (int b = 0; b < counts[a].length; b++) {
                if (counts[a][b] < 0) {
                    throw new IllegalArgumentException("counts[" + a + "][" + b + "] must be >= 0, got " + counts[a][b]);
                }
                n += counts[a][b];
            }
        }
        if (n < 1 || counts[0].length == 0) {
            throw new IllegalArgumentException("counts must hold at least one sample, got total " + n);
        }
        return n;
    }

    private static int occupiedBins(long[] counts) {
        int m = 0;
        for (long c : counts) {
            m += c > 0 ? 1 : 0;
        }
        return m;
    }

    private static int maxOutcome(int[] x, String name) {
        int max = 0;
        for (int k = 0; k < x.length; k++) {
            if (x[k] < 0 || x[k] >= 1 << 20) {
                throw new IllegalArgumentException(name + "[" + k + "] must be in [0, 2^20), got " + x[k]);
            }
            max = Math.max(max, x[k]);
        }
        return max;
    }
}
