package org.thermolearn.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base class that fails any test printing to stdout or stderr (library code must not print).
 *
 * <pre>{@code
 * class MyTest extends QuietTest { ... }
 * }</pre>
 */
public abstract class QuietTest {
    private PrintStream out;
    private PrintStream err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeEach
    void captureOutput() {
        out = System.out;
        err = System.err;
        PrintStream p = new PrintStream(captured, true);
        System.setOut(p);
        System.setErr(p);
    }

    @AfterEach
    void failIfPrinted() {
        System.setOut(out);
        System.setErr(err);
        assertEquals("", captured.toString(), "the test printed to stdout/stderr");
    }
}
