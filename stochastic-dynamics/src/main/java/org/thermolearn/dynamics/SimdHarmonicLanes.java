package org.thermolearn.dynamics;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.thermolearn.core.internal.SimdSpecies;

/**
 * {@link HarmonicLanes} on SIMD registers (the incubating {@code jdk.incubator.vector} API): the same lane-wise
 * IEEE operations in the same order, so the same bits; loaded only where {@code Simd.enabled()}. Mutable; one
 * thread.
 */
final class SimdHarmonicLanes extends HarmonicLanes {
    private static final VectorSpecies<Double> S = SimdSpecies.DOUBLE;
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
        move(false, k, c, -mobilityDt, noise, g, off);
    }

    @Override
    void exact(double k, double c, double a, double sd, double[] g, int off) {
        move(true, k, c, a, sd, g, off);
    }

    /**
     * Both moves in one method, so that no vector crosses a call (a vector passed to a method that HotSpot does not
     * inline is boxed on the heap): Euler-Maruyama {@code x + ((x - c) k)(-dt/gamma) + g noise}, exact
     * {@code ((x - c) a + c) + g sd}; then the energy lost at fixed lambda is heat.
     */
    private void move(boolean exact, double k, double c, double p, double q, double[] g, int off) {
        for (int l = 0; l < LANES; l += L) {
            DoubleVector xl = DoubleVector.fromArray(S, x, l);
            DoubleVector noise = DoubleVector.fromArray(S, g, off + l).mul(q);
            DoubleVector xn = exact ? xl.sub(c).mul(p).add(c).add(noise)
                    : xl.add(xl.sub(c).mul(k).mul(p).add(noise));
            DoubleVector d = xn.sub(c);
            DoubleVector relaxed = d.mul(0.5 * k).mul(d);
            DoubleVector e = DoubleVector.fromArray(S, energy, l);
            DoubleVector.fromArray(S, heat, l).add(e.sub(relaxed)).intoArray(heat, l);
            relaxed.intoArray(energy, l);
            xn.intoArray(x, l);
        }
    }
}
