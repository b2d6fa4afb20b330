package org.thermolearn.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thermolearn.testing.QuietTest;

class ProtocolTest extends QuietTest {
    @Test
    void piecewiseTabulatedSmoothAndUser() {
        Protocol p = Protocol.piecewiseLinear(new double[] {0, 1, 3}, new double[] {0, 2, 2});
        assertEquals(1.0, p.lambda(0.5), 0);
        assertEquals(2.0, p.lambda(2), 0);
        assertEquals(3.0, p.duration(), 0);
        Protocol t = Protocol.tabulated(2, 1, 3, 2);
        assertEquals(2.0, t.lambda(0.5), 1e-15);
        assertEquals(2.5, t.lambda(1.5), 1e-15);
        assertEquals(2.0, t.lambda(2), 0);
        Protocol s = Protocol.smooth(1, 3, 2);
        assertEquals(2.0, s.lambda(1), 1e-15);
        assertEquals(3.0, s.lambda(2), 0);
        double h = 1e-4;
        assertEquals(0, (s.lambda(h) - s.lambda(0)) / h, 1e-6, "smooth start");
        assertEquals(Math.sin(1), Protocol.of(2, Math::sin).lambda(1), 0);
        assertEquals(0.5, Protocol.linear(0, 1, 2).reversed().lambda(1), 0);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Protocol.piecewiseLinear(new double[] {0, 1, 1}, new double[] {0, 1, 2})).getMessage()
                .contains("times"));
    }

    /** Schmiedl-Seifert trap move: D = 5, T = 1, k = gamma = 1 gives W* = 25/3 with jumps of 5/3 at both ends. */
    @Test
    void optimalTrapMoveClosedForm() {
        OptimalProtocol p = Protocol.optimalTrapMove(0, 5, 1, 1, 1);
        assertEquals(25.0 / 3, p.meanWork(), 1e-14);
        assertEquals(0, p.lambda(0), 0);
        assertEquals(5.0 / 3, p.lambda(1e-12), 1e-10);
        assertEquals(10.0 / 3, p.lambda(1 - 1e-12), 1e-10);
        assertEquals(5, p.lambda(1), 0);
        assertEquals(2 * 5 * 5 / (2 + 2.0 * 3 / 0.5), Protocol.optimalTrapMove(1, 6, 3, 2, 0.5).meanWork(), 1e-13);
    }

    /** Optimal stiffness change: W*(y1) is stationary in y1, below the linear ramp, and tends to dF for long T. */
    @Test
    void optimalStiffnessClosedForm() {
        var p = (OptimalProtocol.StiffnessChange) Protocol.optimalStiffness(1, 4, 1, 1, 1);
        double y0 = p.initialWidth();
        double y1 = p.finalWidth();
        double dW = 4 * y1 - 1 / y1 + 2 * (y1 - y0);   // dW/dy1 with k1 = 4, gamma = kT = T = 1
        assertEquals(0, dW, 1e-12);
        assertEquals(y0 * y0, 1 / p.lambda(0), 0);
        // lambda(0+) from gamma dw/dt = -2 lambda w + 2 kT at w = y0^2, dw/dt = 2 y0 (y1 - y0)/T
        assertEquals((1 - y0 * (y1 - y0)) / (y0 * y0), p.lambda(1e-15), 1e-12);
        var slow = Protocol.optimalStiffness(1, 4, 1e6, 1, 1);
        assertEquals(0.5 * Math.log(4), slow.meanWork(), 1e-5);
        double linear = DiscreteOracles.meanWorkStiffness(Protocol.linear(1, 4, 1), LangevinParameters.of(1e-4));
        double optimal = DiscreteOracles.meanWorkStiffness(p, LangevinParameters.of(1e-4));
        assertTrue(optimal < linear, optimal + " vs " + linear);
        assertEquals(p.meanWork(), optimal, 2e-3);
    }

    /** The recursion used as oracle reproduces the closed form for the dragged trap, and both tend to 1+e^-2. */
    @Test
    void discreteDragOracleMatchesClosedForm() {
        for (double dt : new double[] {0.1, 0.01}) {
            int n = (int) Math.round(2 / dt);
            double rec = DiscreteOracles.meanWorkCentre(Protocol.linear(0, 2, 2), 1, LangevinParameters.of(dt));
            assertEquals(DiscreteOracles.dragClosedForm(1, dt, n), rec, 1e-9 * rec);
        }
        assertEquals(1 + Math.exp(-2), DiscreteOracles.dragClosedForm(1, 1e-5, 200_000), 1e-4);
        double linear = DiscreteOracles.meanWorkCentre(Protocol.linear(0, 5, 1), 1, LangevinParameters.of(1e-4));
        assertEquals(25 / Math.E, linear, 2e-3);
        double opt = DiscreteOracles.meanWorkCentre(Protocol.optimalTrapMove(0, 5, 1, 1, 1), 1,
                LangevinParameters.of(1e-4));
        assertEquals(25.0 / 3, opt, 2e-3);
    }
}
