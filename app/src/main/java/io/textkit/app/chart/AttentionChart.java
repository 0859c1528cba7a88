package io.textkit.app.chart;

import io.textkit.seq2seq.decode.AttentionHeatmap;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * One sentence's attention as an image: source tokens along the top axis, target tokens down the
 * side (first at the top), each cell shaded from white (weight 0) to black (weight 1), with a
 * colour scale beside the grid. Drawn with
 * XChart, which only this module depends on, so the model modules stay free of it.
 */
public final class AttentionChart {
    private AttentionChart() {}

    /**
     * Writes the heatmap to {@code file} as PNG or SVG, chosen by its extension ({@code .png},
     * {@code .svg}). The file is written to a temporary file beside it and renamed, so a reader
     * never sees half an image.
     *
     * @param attention one row per target token, each with at least one weight per source token;
     *     read only
     * @throws IllegalArgumentException if the extension is neither, or the attention does not
     *     cover every token
     */
    public static void write(Path file, List<String> source, List<String> target, float[][] attention) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("attention image " + file + ": the name must end in .png or .svg");
        }
        HeatMapChart chart = chart(source, target, attention);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".attention", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (png) {
                    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
                } else {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The chart, sized to give every token a readable cell. */
    static HeatMapChart chart(List<String> source, List<String> target, float[][] attention) {
        AttentionHeatmap.check(source, target, attention);
        int width = Math.min(4000, 260 + 48 * source.size());
        int height = Math.min(4000, 180 + 28 * target.size());
        // The theme constructor, not (width, height): only it initialises the styler in XChart 3.8.8.
        HeatMapChart chart = new HeatMapChart(width, height, Styler.ChartTheme.XChart);
        chart.setTitle("Attention");
        HeatMapStyler styler = chart.getStyler();
        styler.setMin(0);
        styler.setMax(1);
        styler.setRangeColors(new Color[] {Color.WHITE, Color.BLACK});
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setXAxisLabelRotation(90);
        // XChart's y axis grows upwards: reverse the rows so the first target token is on top.
        List<String> rows = new ArrayList<>(target.size());
        for (int i = target.size() - 1; i >= 0; i--) {
            rows.add(target.get(i));
        }
        List<Number[]> cells = new ArrayList<>(source.size() * target.size());
        for (int i = 0; i < target.size(); i++) {
            for (int j = 0; j < source.size(); j++) {
                cells.add(new Number[] {j, target.size() - 1 - i, attention[i][j]});
            }
        }
        chart.addSeries("attention", source, rows, cells);
        return chart;
    }
}
