/**
 * Data sets for the learning protocols: the shipped 8x8 digits ({@link org.thermolearn.learning.data.Digits}) and
 * a reader of gzipped IDX files such as MNIST and Fashion-MNIST ({@link org.thermolearn.learning.data.Idx}).
 *
 * <pre>{@code
 * double[][] train = org.thermolearn.learning.data.Digits.train();
 * }</pre>
 *
 * @since 1.0
 */
package org.thermolearn.learning.data;
