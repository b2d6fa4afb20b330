package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.thermolearn.core.Estimate;
import org.thermolearn.core.Json;
import org.thermolearn.core.Plots;
import org.thermolearn.learning.LearningEfficiency;
import org.thermolearn.learning.OptimizedPrediction;
import org.thermolearn.learning.PredictionStep;
import org.thermolearn.learning.SampledPrediction;

/**
 * JSON trees and plots of the {@code predictive-inference} suite: one grid point, one optimised system, the
 * learner's efficiency, the identity plot and the trade-off plot. Stateless and thread-safe.
 *
 * <pre>{@code
 * PredictionReport.step(Prediction.twoState(2, 0.1, 0.5).step());
 * }</pre>
 *
 * @since 1.0
 */
final class PredictionReport {
    private PredictionReport() {
    }

    /** One grid point: parameters, exact step, sampled estimates and their z-scores against exact. */
    record GridPoint(double betaEpsilon, double q, double r, PredictionStep exact, SampledPrediction sampled) {
        double zNonpredictive() {
            return sampled.nonpredictiveInformation().zScore(exact.nonpredictiveInformation());
        }

        double maxAbsZ() {
            double z = Math.abs(zNonpredictive());
            z = Math.max(z, Math.abs(sampled.memory().zScore(exact.memory())));
            z = Math.max(z, Math.abs(sampled.predictivePower().zScore(exact.predictivePower())));
            return Math.max(z, Math.abs(sampled.work().zScore(exact.work())));
        }
    }

    static ObjectNode step(PredictionStep s) {
        ObjectNode o = Json.object();
        o.set("memory_nats", Json.number(s.memory()));
        o.set("predictivePower_nats", Json.number(s.predictivePower()));
        o.set("nonpredictiveInformation_nats", Json.number(s.nonpredictiveInformation()));
        o.set("work_kT", Json.number(s.work()));
        o.set("freeEnergyChange_kT", Json.number(s.freeEnergyChange()));
        o.set("workDissipation_kT", Json.number(s.workDissipation()));
        o.set("relaxationDissipation_kT", Json.number(s.relaxationDissipation()));
        o.set("predictiveEfficiency", Json.number(s.predictiveEfficiency()));
        o.set("identityResidual", Json.number(s.identityResidual()));
        return o;
    }

    static ObjectNode estimate(Estimate e) {
        ObjectNode o = Json.object();
        o.set("value", Json.number(e.value()));
        o.set("standardError", Json.number(e.standardError()));
        o.put("n", e.n());
        return o;
    }

    static ObjectNode grid(GridPoint g) {
        ObjectNode o = Json.object();
        o.set("betaEpsilon", Json.number(g.betaEpsilon()));
        o.set("q", Json.number(g.q()));
        o.set("r", Json.number(g.r()));
        o.set("exact", step(g.exact()));
        ObjectNode s = o.putObject("sampled");
        s.put("burnIn", g.sampled().burnIn());
        for (SampledPrediction.InformationEstimates ie : List.of(g.sampled().plugIn(), g.sampled().millerMadow())) {
            ObjectNode e = s.putObject(ie.estimator() == org.thermolearn.core.InformationEstimator.PLUG_IN
                    ? "plugIn" : "millerMadow");
            e.set("memory_nats", estimate(ie.memory()));
            e.set("predictivePower_nats", estimate(ie.predictivePower()));
            e.set("nonpredictiveInformation_nats", estimate(ie.nonpredictiveInformation()));
        }
        s.set("work_kT", estimate(g.sampled().work()));
        s.set("heat_kT", estimate(g.sampled().heat()));
        s.set("freeEnergyChange_kT", estimate(g.sampled().freeEnergyChange()));
        o.set("zNonpredictive", Json.number(g.zNonpredictive()));
        o.set("maxAbsZ", Json.number(g.maxAbsZ()));
        return o;
    }

    static ObjectNode optimized(OptimizedPrediction o) {
        ObjectNode n = Json.object();
        n.put("objective", o.objective().name());
        n.set("targetMemory_nats", Json.number(o.targetMemory()));
        n.put("feasible", o.feasible());
        n.set("constraintViolation_nats", Json.number(o.constraintViolation()));
        n.put("evaluations", o.evaluations());
        n.set("step", step(o.prediction().step()));
        ArrayNode e = n.putArray("energies_kT");
        for (double[] row : o.prediction().system().energies()) {
            e.add(Json.array(row));
        }
        n.put("relaxation", o.prediction().system().relaxation().description());
        return n;
    }

    static ObjectNode efficiency(LearningEfficiency e) {
        ObjectNode o = Json.object();
        o.set("information_nats", estimate(e.information()));
        o.set("informationExact_nats", Json.number(e.informationExact()));
        o.set("weightEntropyChange_nats", estimate(e.weightEntropyChange()));
        o.set("heatOverT", estimate(e.heat()));
        o.set("heatOverTExact", Json.number(e.heatExact()));
        o.set("entropyProduction_nats", Json.number(e.entropyProduction()));
        o.set("efficiency", estimate(e.efficiency()));
        o.put("boundHolds", e.information().value() <= e.entropyProduction());
        return o;
    }

    /** The identity plot: work-step dissipation and total dissipation against {@code I_mem - I_pred}. */
    static void identityPlot(Path png, List<GridPoint> grid) {
        int n = grid.size();
        double[] nonpred = new double[n];
        double[] workDiss = new double[n];
        double[] total = new double[n];
        double[] sampled = new double[n];
        double[] sampledWork = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            PredictionStep s = grid.get(i).exact();
            nonpred[i] = s.nonpredictiveInformation();
            workDiss[i] = s.workDissipation();
            total[i] = s.work();
            sampled[i] = grid.get(i).sampled().nonpredictiveInformation().value();
            sampledWork[i] = grid.get(i).sampled().work().value();
            max = Math.max(max, Math.max(total[i], Math.max(sampled[i], sampledWork[i])));
        }
        XYChart chart = chart("Thermodynamics of prediction: work-step dissipation = I_mem - I_pred",
                "I_mem - I_pred (nats per step)", "dissipation (kT per step)");
        chart.addSeries("diagonal", new double[] {0, max}, new double[] {0, max})
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE);
        chart.addSeries("exact beta(<W> - <dF_neq>)", nonpred, workDiss);
        chart.addSeries("sampled I_mem - I_pred (Miller-Madow) vs exact", nonpred, sampled);
        chart.addSeries("exact total beta<W> (>= diagonal)", nonpred, total);
        chart.addSeries("sampled beta<W>", sampled, sampledWork);
        Plots.save(chart, png);
    }

    /** Trade-off: the optimum at each memory, and the grid systems of the same signal (may be empty) for comparison. */
    static void tradeOffPlot(Path png, List<OptimizedPrediction> nonpredictive, List<OptimizedPrediction> dissipation,
            List<GridPoint> grid) {
        XYChart chart = chart("Dissipation-minimising predictive inference: optimum at fixed memory", "I_mem (nats)",
                "nats or kT per step");
        addLine(chart, "optimum: min I_mem - I_pred", nonpredictive, false);
        addLine(chart, "optimum: min beta<W>", dissipation, true);
        if (grid.isEmpty()) {
            Plots.save(chart, png);
            return;
        }
        chart.addSeries("grid systems (same q): I_mem - I_pred", grid.stream().mapToDouble(g -> g.exact().memory()).toArray(),
                grid.stream().mapToDouble(g -> g.exact().nonpredictiveInformation()).toArray());
        chart.addSeries("grid systems (same q): beta<W>", grid.stream().mapToDouble(g -> g.exact().memory()).toArray(),
                grid.stream().mapToDouble(g -> g.exact().work()).toArray());
        Plots.save(chart, png);
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(900).height(600).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(7);
        return chart;
    }

    private static void addLine(XYChart chart, String name, List<OptimizedPrediction> list, boolean work) {
        double[] x = list.stream().mapToDouble(o -> o.prediction().memory()).toArray();
        double[] y = list.stream().mapToDouble(o -> work ? o.prediction().work()
                : o.prediction().nonpredictiveInformation()).toArray();
        chart.addSeries(name, x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    }
}
