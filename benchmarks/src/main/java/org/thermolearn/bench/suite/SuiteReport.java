package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a suite produces: its JSON tree (written as {@code SUITE.json}), plots (PNG writers keyed by file name) and
 * summary lines for the console. Holds no wall-clock data, so the JSON is byte-identical for the same inputs.
 *
 * <pre>{@code
 * new SuiteReport(tree, Map.of("x.png", p -> Plots.crooks(p, ...)), List.of("dF = ..."));
 * }</pre>
 *
 * @param json the result tree
 * @param plots file name to a writer that renders the PNG at the given path
 * @param summary lines printed after the run
 * @since 1.0
 */
public record SuiteReport(ObjectNode json, Map<String, Consumer<Path>> plots, List<String> summary) {
    /** Copies the collections (plot order kept). */
    public SuiteReport {
        plots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plots));
        summary = List.copyOf(summary);
    }
}
