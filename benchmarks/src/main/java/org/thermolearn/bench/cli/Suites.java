package org.thermolearn.bench.cli;

import java.util.List;
import java.util.function.Supplier;
import org.thermolearn.bench.suite.DragTrapSuite;
import org.thermolearn.bench.suite.LandauerErasureSuite;
import org.thermolearn.bench.suite.MarkovRingSuite;
import org.thermolearn.bench.suite.OptimalTransportSuite;
import org.thermolearn.bench.suite.PredictiveInferenceSuite;
import org.thermolearn.bench.suite.RbmDigitsSuite;
import org.thermolearn.bench.suite.RbmFashionSuite;
import org.thermolearn.bench.suite.SuiteCommand;
import org.thermolearn.bench.suite.TrapStiffnessSuite;
import org.thermolearn.bench.suite.TwoLevelSwitchSuite;

/**
 * The catalogue of suites that {@code thermolearn run} and {@code thermolearn list} know.
 *
 * <pre>{@code
 * Suites.all().forEach(s -> System.out.println(s.get().suiteName()));
 * }</pre>
 *
 * @since 1.0
 */
public final class Suites {
    private Suites() {
    }

    /** Factories of every suite, in the order {@code list} prints them. */
    public static List<Supplier<SuiteCommand>> all() {
        return List.of(
                TrapStiffnessSuite::new,
                DragTrapSuite::new,
                OptimalTransportSuite::new,
                LandauerErasureSuite::new,
                MarkovRingSuite::new,
                TwoLevelSwitchSuite::new,
                RbmDigitsSuite::new,
                RbmFashionSuite::new,
                PredictiveInferenceSuite::new);
    }
}
