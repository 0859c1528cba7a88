package io.textkit.core.nn;

import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.matmul;
import static io.textkit.core.tensor.Arithmetic.matmulTransB;
import static io.textkit.core.tensor.Arithmetic.scale;
import static io.textkit.core.tensor.Shapes.sliceCols;

import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Multi-head scaled dot-product attention (Vaswani et al. 2017):
 *
 * <pre>
 *   head_i = softmax((Q·W_q,i)(K·W_k,i)ᵀ / √d_k) · (V·W_v,i)      d_k = dModel / heads
 *   out    = [head_1 … head_h]·W_o + b_o
 * </pre>
 *
 * <p>with biases on the Q, K and V projections too. The heads' projections are the column blocks of
 * one {@code dModel × dModel} matrix each, so all heads are projected in one product.
 *
 * <p>It works on one example at a time: {@code query} is {@code timeQ × dModel}, {@code keys} and
 * {@code values} are {@code timeK × dModel}, the natural shape of a sequence in a transformer; a batch
 * is a loop over its examples. Weights are Glorot-uniform, biases zero.
 */
public final class MultiHeadAttention extends Module {
    private final int heads;
    private final int headSize;
    private final Tensor queryWeight;
    private final Tensor keyWeight;
    private final Tensor valueWeight;
    private final Tensor outputWeight;
    private final Tensor queryBias;
    private final Tensor keyBias;
    private final Tensor valueBias;
    private final Tensor outputBias;

    public MultiHeadAttention(int dModel, int heads, Random random) {
        if (heads <= 0 || dModel <= 0 || dModel % heads != 0) {
            throw new IllegalArgumentException("dModel " + dModel + " does not split into " + heads + " heads");
        }
        this.heads = heads;
        this.headSize = dModel / heads;
        float bound = (float) Math.sqrt(6.0 / (2 * dModel));
        queryWeight = registerParameter("queryWeight", Tensor.uniform(dModel, dModel, bound, random));
        keyWeight = registerParameter("keyWeight", Tensor.uniform(dModel, dModel, bound, random));
        valueWeight = registerParameter("valueWeight", Tensor.uniform(dModel, dModel, bound, random));
        outputWeight = registerParameter("outputWeight", Tensor.uniform(dModel, dModel, bound, random));
        queryBias = registerParameter("queryBias", Tensor.parameter(new FMatrixRMaj(1, dModel)));
        keyBias = registerParameter("keyBias", Tensor.parameter(new FMatrixRMaj(1, dModel)));
        valueBias = registerParameter("valueBias", Tensor.parameter(new FMatrixRMaj(1, dModel)));
        outputBias = registerParameter("outputBias", Tensor.parameter(new FMatrixRMaj(1, dModel)));
    }

    /** Self-attention of a sequence {@code x} ({@code time × dModel}) over itself. */
    public Tensor forward(Tensor x, float[] mask) {
        return forward(x, x, x, mask);
    }

    /**
     * Attends from every row of {@code query} over the rows of {@code keys}/{@code values}; returns
     * {@code timeQ × dModel}. {@code mask} is {@code null}, a key padding mask {@code float[timeK]}
     * (0 for padded keys, shared by every query), or a full {@code float[timeQ·timeK]} row-major mask
     * such as {@link #causalMask}. A query row with no unmasked key attends to nothing and gets
     * {@code b_o}.
     */
    public Tensor forward(Tensor query, Tensor keys, Tensor values, float[] mask) {
        int dModel = heads * headSize;
        if (query.cols() != dModel || keys.cols() != dModel || values.cols() != dModel) {
            throw new IllegalArgumentException("MultiHeadAttention expects " + dModel + " columns, got query "
                    + query.shape() + ", keys " + keys.shape() + ", values " + values.shape());
        }
        if (keys.rows() != values.rows()) {
            throw new IllegalArgumentException("MultiHeadAttention: " + keys.rows() + " keys but " + values.rows() + " values");
        }
        if (mask != null && mask.length != keys.rows() && mask.length != query.rows() * keys.rows()) {
            throw new IllegalArgumentException("MultiHeadAttention: mask of length " + mask.length + " fits neither "
                    + keys.rows() + " keys nor " + query.rows() + "×" + keys.rows() + " query-key pairs");
        }
        Tensor q = add(matmul(query, queryWeight), queryBias);
        Tensor k = add(matmul(keys, keyWeight), keyBias);
        Tensor v = add(matmul(values, valueWeight), valueBias);
        float invSqrtHeadSize = (float) (1 / Math.sqrt(headSize));
        List<Tensor> headOutputs = new ArrayList<>(heads);
        for (int i = 0; i < heads; i++) {
            int from = i * headSize;
            Tensor scores = scale(matmulTransB(sliceCols(q, from, headSize), sliceCols(k, from, headSize)), invSqrtHeadSize);
            Tensor weights = Activations.maskedSoftmax(scores, mask);
            headOutputs.add(matmul(weights, sliceCols(v, from, headSize)));
        }
        return add(matmul(Shapes.concatCols(headOutputs), outputWeight), outputBias);
    }

    /** The {@code time × time} mask letting position {@code i} see positions {@code j ≤ i} only, for decoders. */
    public static float[] causalMask(int time) {
        float[] mask = new float[time * time];
        for (int i = 0; i < time; i++) {
            for (int j = 0; j <= i; j++) {
                mask[i * time + j] = 1f;
            }
        }
        return mask;
    }
}
