package org.thermolearn.dynamics;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link HarmonicLanes} on SIMD registers (the incubating {@code jdk.incubator.vector} API): the same lane-wise
 * IEEE operations in the same order, so the same bits; loaded only where {@code Simd.enabled()}. Mutable; one
 * thread.
 */
final class SimdHarmonicLanes extends HarmonicLanes {
    /**
     * 256-bit vectors where the CPU has them: on a 2-core AMD EPYC with AVX-512 the 512-bit species ran these
     * lane operations at 2.1 ns per lane-step against 0.95 ns for 256 bits (docs/design-notes.md).
     */
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED.length() >= 4
            ? DoubleVector.SPECIES_256 : DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Whether the preferred vector divides the lanes (true on x86-64 and AArch64: 2, 4 or 8 doubles). */
    static boolean fits() {
        return L >= 2 && LANES % L == 0;
    }

    @Override
    void jump(double k, double c) {
        for (int l = 0; l < LANES; l += L) {
            DoubleVector e = DoubleVector.fromArray(S, energy, l);
            DoubleVector d = DoubleVector.fromArray(S, x, l).sub(c);
            DoubleVector shifted = d.mul(0.5 * k).mul(d);
            DoubleVector.fromArray(S, work, l).add(shifted.sub(e)).intoArray(work, l);
            shifted.intoArray(energy, l);
        }
    }

    /** {@inheritDoc} ({@code -(k d) dt/gamma} as {@code (k d)(-dt/gamma)}: IEEE rounding is sign-symmetric.) */
    @Override
    void euler(double k, double c, double mobilityDt, double noise, double[] g, int off) {
        for (int l = 0; l < LANES; l += L) {
            DoubleVector xl = DoubleVector.fromArray(S, x, l);
            DoubleVector step = xl.sub(c).mul(k).mul(-mobilityDt)
                    .add(DoubleVector.fromArray(S, g, off + l).mul(noise));
            relax(l, k, c, xl.add(step));
        }
    }

    @Override
    void exact(double k, double c, double a, double sd, double[] g, int off) {
        for (int l = 0; l < LANES; l += L) {
            DoubleVector xl = DoubleVector.fromArray(S, x, l);
            DoubleVector moved = xl.sub(c).mul(a).add(c).add(DoubleVector.fromArray(S, g, off + l).mul(sd));
            relax(l, k, c, moved);
        }
    }

    private void relax(int l, double k, double c, DoubleVector xn) {
        DoubleVector d = xn.sub(c);
        DoubleVector relaxed = d.mul(0.5 * k).mul(d);
        DoubleVector e = DoubleVector.fromArray(S, energy, l);
        DoubleVector.fromArray(S, heat, l).add(e.sub(relaxed)).intoArray(heat, l);
        relaxed.intoArray(energy, l);
        xn.intoArray(x, l);
    }
}
