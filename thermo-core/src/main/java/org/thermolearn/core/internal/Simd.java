package org.thermolearn.core.internal;

/**
 * Whether the SIMD kernels may run: the JVM was started with {@code --add-modules jdk.incubator.vector} (the
 * {@code thermolearn} command, its JShell and the tests are) and the system property {@code thermolearn.simd} is
 * not {@code false}. The SIMD kernels do the same IEEE operations in the same order per element as their scalar
 * twins, so results are bit-identical either way; only the speed differs. Internal: no compatibility promise.
 * Thread-safe (a constant).
 *
 * <pre>{@code
 * org.thermolearn.core.internal.Simd.enabled();   // true under ./thermolearn jshell
 * }</pre>
 *
 * @since 1.0
 */
public final class Simd {
    /** The incubating vector module's name, as given to {@code --add-modules}. */
    public static final String MODULE = "jdk.incubator.vector";
    private static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("thermolearn.simd", "true"))
            && modulePresent();

    private Simd() {
    }

    /** Whether the JVM runs with the vector module ({@code --add-modules jdk.incubator.vector}). */
    public static boolean modulePresent() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }

    /** Whether the vector module is present and SIMD is not switched off. */
    public static boolean enabled() {
        return ENABLED;
    }
}
