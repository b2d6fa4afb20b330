package org.thermolearn.bench.perf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;

/**
 * The results of a {@code thermolearn bench} run as JSON ({@value #SCHEMA}, version {@value #SCHEMA_VERSION}), a PNG
 * bar chart of the speed ratios, and a console table.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * new BenchReport(machine, measurements).table().forEach(System.out::println);
 * }</pre>
 *
 * @param machine the machine's limits
 * @param measurements one per kernel
 * @since 1.0
 */
public record BenchReport(MachineLimits machine, List<KernelMeasurement> measurements) {
    /** Schema name of {@code bench.json}. */
    public static final String SCHEMA = "thermolearn/bench";
    /** Schema version of {@code bench.json}. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the list. */
    public BenchReport {
        measurements = List.copyOf(measurements);
    }

    /** The JSON tree (no NaN: unmeasured values are omitted). */
    public ObjectNode toTree() {
        ObjectNode o = Json.object();
        o.put("schema", SCHEMA);
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("version", org.thermolearn.core.Provenance.LIBRARY_VERSION);
        ObjectNode m = o.putObject("machine");
        m.put("cores", machine.cores());
        m.set("gaussiansPerSecondPerCore", Json.number(machine.gaussiansPerSecondPerCore()));
        m.put("randomAlgorithm", machine.algorithm());
        m.put("jvm", machine.jvm());
        m.put("os", machine.os());
        m.put("maxHeapBytes", machine.maxHeapBytes());
        m.put("simd", machine.simd());
        ArrayNode ks = o.putArray("kernels");
        for (KernelMeasurement k : measurements) {
            ks.add(kernelTree(k));
        }
        return o;
    }

    private ObjectNode kernelTree(KernelMeasurement k) {
        ObjectNode o = Json.object();
        o.put("name", k.kernel());
        o.put("unit", k.unit());
        ObjectNode sizes = o.putObject("sizes");
        k.sizes().forEach(sizes::put);
        o.set("seconds", Json.array(k.seconds().stream().mapToDouble(Double::doubleValue).toArray()));
        o.set("medianSeconds", Json.number(k.medianSeconds()));
        o.set("minSeconds", Json.number(k.seconds().stream().mapToDouble(Double::doubleValue).min().orElseThrow()));
        o.set("maxSeconds", Json.number(k.seconds().stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
        o.set("unitsPerTrial", Json.number(k.units()));
        o.set("unitsPerSecond", Json.number(k.throughput()));
        o.put("threads", k.threads());
        o.set("unitsPerSecondPerCore", Json.number(k.throughputPerCore()));
        o.put("peakHeapBytes", k.peakHeapBytes());
        if (!Double.isNaN(k.gflops())) {
            o.set("gflops", Json.number(k.gflops()));
        }
        if (k.peer() != null) {
            ObjectNode p = o.putObject("peer");
            p.put("name", k.peer().name());
            p.put("status", k.peer().status());
            if (k.peer().ok()) {
                p.set("seconds", Json.array(k.peer().seconds().stream().mapToDouble(Double::doubleValue).toArray()));
                p.set("medianSeconds", Json.number(KernelMeasurement.median(k.peer().seconds())));
                p.set("speedup", Json.number(k.speedup()));
            } else {
                p.put("detail", k.peer().detail());
            }
        }
        ArrayNode targets = o.putArray("targets");
        for (Target.Check c : k.checks()) {
            ObjectNode t = targets.addObject();
            t.put("kind", c.target().kind().name());
            t.put("goal", c.target().describe());
            if (!Double.isNaN(c.measured())) {
                t.set("measured", Json.number(c.measured()));
            }
            if (c.evaluated()) {
                t.set("measuredOverGoal", Json.number(c.measured() / c.target().goal()));
                t.put("met", c.met());
            }
            t.put("verdict", c.verdict());
        }
        return o;
    }

    /** Console table, one line per kernel, then the target verdicts. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "machine: %d cores, %s, %s; Gaussian draws %.3g /s/core (%s); SIMD %s",
                machine.cores(), machine.jvm(), machine.os(), machine.gaussiansPerSecondPerCore(), machine.algorithm(),
                machine.simd() ? "on" : org.thermolearn.core.internal.Simd.modulePresent()
                        ? "off (-Dthermolearn.simd=false)" : "off (run with --add-modules jdk.incubator.vector)"));
        lines.add(String.format(Locale.ROOT, "%-20s %10s %10s %14s %9s %10s %9s  %s", "kernel", "median s", "spread",
                "units/s", "GFLOP/s", "peak heap", "vs peer", "peer"));
        for (KernelMeasurement k : measurements) {
            double min = k.seconds().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = k.seconds().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            String peer = k.peer() == null ? "-" : k.peer().ok()
                    ? String.format(Locale.ROOT, "%s %.3g s", k.peer().name(), KernelMeasurement.median(k.peer().seconds()))
                    : k.peer().name() + ": " + k.peer().status() + " (" + k.peer().detail() + ")";
            lines.add(String.format(Locale.ROOT, "%-20s %10.4g %9.1f%% %14.4g %9s %9.1fM %9s  %s", k.kernel(),
                    k.medianSeconds(), 100 * (max - min) / k.medianSeconds(), k.throughput(),
                    Double.isNaN(k.gflops()) ? "-" : String.format(Locale.ROOT, "%.2f", k.gflops()),
                    k.peakHeapBytes() / 1048576.0,
                    Double.isNaN(k.speedup()) ? "-" : String.format(Locale.ROOT, "%.2fx", k.speedup()), peer));
        }
        for (KernelMeasurement k : measurements) {
            for (Target.Check c : k.checks()) {
                String value = Double.isNaN(c.measured()) ? "-" : String.format(Locale.ROOT, "%.4g", c.measured());
                lines.add(String.format(Locale.ROOT, "target %-20s %-28s measured %-10s %s", k.kernel(),
                        c.target().describe(), value, c.verdict()));
            }
        }
        return lines;
    }

    /** Bar chart of speed ratios vs the peers (kernels without a peer result are left out). */
    public void writeChart(Path png) {
        List<String> names = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (KernelMeasurement k : measurements) {
            if (!Double.isNaN(k.speedup())) {
                names.add(k.kernel());
                ratios.add(k.speedup());
            }
        }
        if (names.isEmpty()) {
            names.add("(no peer measured)");
            ratios.add(0.0);
        }
        CategoryChart chart = new CategoryChartBuilder().width(900).height(560)
                .title("thermolearn speed vs peer (throughput ratio, higher is better)").xAxisTitle("kernel")
                .yAxisTitle("speed-up vs peer").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);   // kernel names are long: upright labels overlap
        chart.addSeries("speed-up", names, ratios);
        Plots.save(chart, png);
    }
}
