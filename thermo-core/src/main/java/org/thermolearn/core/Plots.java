package org.thermolearn.core;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.thermolearn.core.internal.AtomicFiles;

/**
 * PNG plots of work distributions and convergence curves (XChart, headless).
 *
 * <p>{@link #crooks} draws the forward work density {@code P_F(W)} and the mirrored reverse density
 * {@code P_R(-W)}; by Crooks' theorem they cross at {@code W = dF}, drawn as a vertical line when known. Files are
 * written atomically. Thread-safe (each call builds its own chart).
 *
 * <pre>{@code
 * Plots.crooks(java.nio.file.Path.of("crooks.png"), "trap", new double[] {0.9, 1.1, 1.3},
 *     new double[] {-0.2, -0.5, 0.1}, 0.69, "kT");
 * }</pre>
 *
 * @since 1.0
 */
public final class Plots {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Plots() {
    }

    /**
     * Forward and mirrored reverse work histograms (normalised densities).
     *
     * @param png output file
     * @param title chart title
     * @param forward forward work (Not modified); may be empty when {@code reverse} is not
     * @param reverse reverse work, plotted as {@code -W_R} (Not modified); may be empty when {@code forward} is not
     * @param exactDeltaF the exact {@code dF} to mark, or NaN for none
     * @param unit energy unit for the axis label
     */
    public static void crooks(Path png, String title, double[] forward, double[] reverse, double exactDeltaF,
            String unit) {
        if (forward.length + reverse.length == 0) {
            throw new IllegalArgumentException("forward and reverse must not both be empty");
        }
        double[] mirrored = new double[reverse.length];
        for (int i = 0; i < reverse.length; i++) {
            mirrored[i] = -reverse[i];
        }
        double lo = finiteMin(forward, mirrored);
        double hi = finiteMax(forward, mirrored);
        int bins = Math.max(10, Math.min(80, (int) Math.sqrt(forward.length + reverse.length)));
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle("W (" + unit + ")")
                .yAxisTitle("probability density").build();
        if (forward.length > 0) {
            addDensity(chart, "P_F(W)", forward, lo, hi, bins, new Color(0x1f77b4));
        }
        if (reverse.length > 0) {
            addDensity(chart, "P_R(-W)", mirrored, lo, hi, bins, new Color(0xd62728));
        }
        if (!Double.isNaN(exactDeltaF)) {
            double top = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getYMax).max().orElse(1);
            XYSeries s = chart.addSeries("exact dF", new double[] {exactDeltaF, exactDeltaF}, new double[] {0, top});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Color.BLACK);
            s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        }
        save(chart, png);
    }

    /**
     * Line plot of one or more curves sharing an x axis.
     *
     * @param png output file
     * @param title chart title
     * @param xLabel x-axis label
     * @param yLabel y-axis label
     * @param curves named curves
     */
    public static void lines(Path png, String title, String xLabel, String yLabel, List<Curve> curves) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        for (Curve c : curves) {
            XYSeries s = chart.addSeries(c.name(), c.x().toArray(), c.y().toArray());
            s.setMarker(c.markers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        save(chart, png);
    }

    /**
     * A named curve for {@link #lines}.
     *
     * @param name legend name
     * @param x abscissae
     * @param y ordinates, as many as {@code x}
     * @param markers whether to draw point markers
     */
    public record Curve(String name, Samples x, Samples y, boolean markers) {
        /** Validates lengths. */
        public Curve {
            if (x.size() != y.size() || x.isEmpty()) {
                throw new IllegalArgumentException("curve " + name + ": x and y must be non-empty and equally long, got "
                        + x.size() + " and " + y.size());
            }
        }

        /** A curve with markers. */
        public static Curve of(String name, double[] x, double[] y) {
            return new Curve(name, Samples.of(x), Samples.of(y), true);
        }
    }

    /** Writes any XChart chart as PNG atomically. */
    public static void save(Chart<?, ?> chart, Path png) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        byte[] bytes;
        try {
            bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + png + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(png, out -> out.write(bytes));
    }

    private static void addDensity(XYChart chart, String name, double[] values, double lo, double hi, int bins,
            Color color) {
        double width = (hi - lo) / bins;
        double[] x = new double[2 * bins];
        double[] y = new double[2 * bins];
        long[] counts = new long[bins];
        long n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                counts[Math.min(bins - 1, Math.max(0, (int) ((v - lo) / width)))]++;
                n++;
            }
        }
        for (int b = 0; b < bins; b++) {
            double density = n == 0 ? 0 : counts[b] / (n * width);
            x[2 * b] = lo + b * width;
            x[2 * b + 1] = lo + (b + 1) * width;
            y[2 * b] = density;
            y[2 * b + 1] = density;
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
    }

    private static double finiteMin(double[] a, double[] b) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] arr : new double[][] {a, b}) {
            for (double v : arr) {
                if (Double.isFinite(v)) {
                    m = Math.min(m, v);
                }
            }
        }
        return Double.isFinite(m) ? m : 0;
    }

    private static double finiteMax(double[] a, double[] b) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] arr : new double[][] {a, b}) {
            for (double v : arr) {
                if (Double.isFinite(v)) {
                    m = Math.max(m, v);
                }
            }
        }
        return Double.isFinite(m) ? (m > finiteMin(a, b) ? m : m + 1) : 1;
    }
}
