package org.thermolearn.core.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one vector shape every SIMD kernel of the toolkit uses: 256 bits (4 doubles) where the CPU has them, else the
 * preferred shape. One shape for all, because HotSpot compiles the vector API's shared entry points for the shapes
 * it has seen: after the Langevin lanes ran on 256-bit vectors, RBM products on 512-bit vectors ran 2.8x slower
 * (and allocated boxed vectors) in the same JVM. On the 2-core AVX-512 EPYC measured, 256 bits were also the faster
 * shape for the Langevin lanes (0.95 against 2.1 ns a lane-step) and as fast for the RBM kernels
 * (docs/design-notes.md). Load only where {@link Simd#enabled()}. Internal: no compatibility promise.
 *
 * <pre>{@code
 * org.thermolearn.core.internal.SimdSpecies.DOUBLE.length();   // 4 on x86-64 with AVX2
 * }</pre>
 *
 * @since 1.0
 */
public final class SimdSpecies {
    /** The shape of every double vector. */
    public static final VectorSpecies<Double> DOUBLE = DoubleVector.SPECIES_PREFERRED.length() >= 4
            ? DoubleVector.SPECIES_256 : DoubleVector.SPECIES_PREFERRED;

    private SimdSpecies() {
    }
}
