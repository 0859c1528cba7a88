package io.textkit.core.nn;

import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.Collections;

/**
 * The part that additive and multiplicative attention share: one query per example against the
 * keys of a time-major sequence batch. Everything is done on whole {@code (time·batch)} matrices
 * with reshapes, because time-major order makes "the same example at every step" a repeat of the
 * {@code batch} rows and "sum over time" a sum over the rows of a {@code time × (batch·d)} view.
 */
final class TimeMajorAttention {
    private TimeMajorAttention() {}

    /** The number of steps of {@code keys} and {@code values} for one query per example, after checking shapes. */
    static int timeSteps(String layer, Tensor query, Tensor keys, Tensor values, float[] mask) {
        int batch = query.rows();
        if (batch == 0 || keys.rows() == 0 || keys.rows() % batch != 0) {
            throw new IllegalArgumentException(layer + ": " + keys.rows() + " key rows are not (time·batch) for "
                    + batch + " queries");
        }
        if (values.rows() != keys.rows()) {
            throw new IllegalArgumentException(layer + ": " + values.rows() + " value rows for " + keys.rows() + " key rows");
        }
        if (mask != null && mask.length != keys.rows()) {
            throw new IllegalArgumentException(layer + ": mask has " + mask.length + " entries for " + keys.rows() + " key rows");
        }
        return keys.rows() / batch;
    }

    /** {@code perExample} ({@code batch × d}) repeated at every step: row {@code t·batch + b} is row {@code b}. */
    static Tensor repeatOverTime(Tensor perExample, int time) {
        return Shapes.concatRows(Collections.nCopies(time, perExample));
    }

    /**
     * From one score per key ({@code (time·batch) × 1}): weights α = masked softmax over each
     * example's steps, context_b = Σ_t α_bt · value_{t·batch + b}.
     */
    static AttentionOutput attend(Tensor scores, Tensor values, int batch, float[] mask) {
        int time = scores.rows() / batch;
        int dv = values.cols();
        Tensor byExample = Shapes.transpose(Shapes.reshape(scores, time, batch));
        Tensor weights = Activations.maskedSoftmax(byExample, mask == null ? null : batchMajor(mask, batch, time));
        Tensor weightColumn = Shapes.reshape(Shapes.transpose(weights), time * batch, 1);
        Tensor weighted = Arithmetic.mul(values, weightColumn);
        Tensor context = Shapes.reshape(Reductions.sumOverRows(Shapes.reshape(weighted, time, batch * dv)), batch, dv);
        return new AttentionOutput(context, weights);
    }

    /** A time-major mask reordered to {@code batch × time}, the layout of the weights. */
    private static float[] batchMajor(float[] mask, int batch, int time) {
        float[] out = new float[mask.length];
        for (int t = 0; t < time; t++) {
            for (int b = 0; b < batch; b++) {
                out[b * time + t] = mask[t * batch + b];
            }
        }
        return out;
    }
}
