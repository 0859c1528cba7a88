package io.textkit.seq2seq.decode;

import java.util.List;

/**
 * One sentence's attention as a character grid for a terminal: a column per source token (its
 * spelling written downwards above the grid), a row per target token, each cell two shade
 * characters for the weight: blank below 0.1, then {@code ░} below 0.3, {@code ▒} below 0.5,
 * {@code ▓} below 0.7 and {@code █} from 0.7: for a REPL's {@code :attn}, or any terminal.
 */
public final class AttentionHeatmap {
    private static final float[] THRESHOLDS = {0.1f, 0.3f, 0.5f, 0.7f};
    private static final char[] SHADES = {' ', '░', '▒', '▓', '█'};

    private AttentionHeatmap() {}

    /**
     * The grid, lines ended by {@code \n}, trailing spaces removed.
     *
     * @param source the source tokens (columns)
     * @param target the target tokens (rows)
     * @param attention one row per target token, each with at least one weight per source token
     *     ({@link Hypothesis#attention()}); extra weights (padding) are ignored
     * @throws IllegalArgumentException if the attention does not cover every token
     */
    public static String text(List<String> source, List<String> target, float[][] attention) {
        check(source, target, attention);
        int labelWidth = 0;
        for (String t : target) {
            labelWidth = Math.max(labelWidth, t.codePointCount(0, t.length()));
        }
        int headerLines = 0;
        int[][] columns = new int[source.size()][];
        for (int j = 0; j < source.size(); j++) {
            columns[j] = source.get(j).codePoints().toArray();
            headerLines = Math.max(headerLines, columns[j].length);
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < headerLines; k++) {
            line.setLength(0);
            line.append(" ".repeat(labelWidth + 1));
            for (int[] column : columns) {
                line.appendCodePoint(k < column.length ? column[k] : ' ').append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        for (int i = 0; i < target.size(); i++) {
            line.setLength(0);
            String label = target.get(i);
            line.append(label).append(" ".repeat(labelWidth - label.codePointCount(0, label.length()) + 1));
            for (int j = 0; j < source.size(); j++) {
                char shade = shade(attention[i][j]);
                line.append(shade).append(shade);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The shade character of one weight. */
    static char shade(float weight) {
        int level = 0;
        while (level < THRESHOLDS.length && weight >= THRESHOLDS[level]) {
            level++;
        }
        return SHADES[level];
    }

    /** Checks that the attention has a row per target token and a weight per source token. */
    public static void check(List<String> source, List<String> target, float[][] attention) {
        if (attention == null) {
            throw new IllegalArgumentException("no attention to show: the model gives none");
        }
        if (attention.length != target.size()) {
            throw new IllegalArgumentException("attention has " + attention.length + " rows for " + target.size() + " target tokens");
        }
        for (int i = 0; i < attention.length; i++) {
            if (attention[i].length < source.size()) {
                throw new IllegalArgumentException("attention row " + i + " has " + attention[i].length
                        + " weights for " + source.size() + " source tokens");
            }
        }
    }
}
