/**
 * Helpers shared across thermolearn's packages: argument checks, log-space arithmetic, atomic file writes.
 * No compatibility promise.
 *
 * @since 1.0
 */
package org.thermolearn.core.internal;
