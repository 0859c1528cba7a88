package io.textkit.core.train;

import java.util.Random;

/**
 * Interleaved spirals in the plane, one arm per class: a small classification problem that no
 * linear model can solve, for checking that a network learns and for the demo. Each arm runs from
 * the centre outwards over {@code turns} revolutions with Gaussian noise.
 *
 * @param points {@code n × 2} coordinates, row-major
 * @param labels the arm of each point, {@code 0 … classes−1}
 */
public record Spirals(float[] points, int[] labels, int classes) {

    /** {@code perClass} points on each of {@code classes} arms, drawn from {@code random}. */
    public static Spirals generate(int classes, int perClass, double turns, double noise, Random random) {
        int n = classes * perClass;
        float[] points = new float[2 * n];
        int[] labels = new int[n];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < perClass; i++) {
                int k = c * perClass + i;
                double r = (double) (i + 1) / perClass;
                double angle = 2 * Math.PI * (turns * r + (double) c / classes) + noise * random.nextGaussian();
                points[2 * k] = (float) (r * Math.cos(angle));
                points[2 * k + 1] = (float) (r * Math.sin(angle));
                labels[k] = c;
            }
        }
        return new Spirals(points, labels, classes);
    }

    /** The number of points. */
    public int size() {
        return labels.length;
    }

    /** The coordinates of the points at {@code indices}, as a {@code indices.length × 2} row-major array. */
    public float[] rows(int[] indices) {
        float[] out = new float[2 * indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[2 * i] = points[2 * indices[i]];
            out[2 * i + 1] = points[2 * indices[i] + 1];
        }
        return out;
    }

    /** The labels of the points at {@code indices}. */
    public int[] labels(int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = labels[indices[i]];
        }
        return out;
    }
}
