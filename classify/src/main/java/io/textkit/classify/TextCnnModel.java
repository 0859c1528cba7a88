package io.textkit.classify;

import io.textkit.core.nn.Conv1d;
import io.textkit.core.nn.DropoutLayer;
import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.Linear;
import io.textkit.core.optim.Adadelta;
import io.textkit.core.optim.Optimizer;
import io.textkit.classify.TextCnnConfig.Channels;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Pooling;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Kim's (2014) convolutional sentence classifier. For a sentence of word ids w_1 … w_n:
 *
 * <pre>
 * x_t   = E[w_t]                                         word vectors, dim each (padding: 0)
 * x_t   = E[w_t] + E'[w_t]                               multichannel: fixed E, fine-tuned E'
 * c^h_t = ReLU(Σ_{j&lt;h} x_{t+j}·W^h_j + b^h)               one convolution per filter width h
 * ĉ^h   = max_t c^h_t                                    max over the windows that cover a word
 * z     = [ĉ^{h1}; ĉ^{h2}; …]                            maps · |widths| features
 * y     = dropout(z)·W + b                               logits, one per class
 * </pre>
 *
 * As in Kim's code, each text is padded with h_max − 1 zero vectors before its first word (unless
 * the config says otherwise, as older model files do) and after its last, so every word, the first
 * ones included, is read by h windows of width h; the convolutions start U(±0.01) with zero bias and
 * the output layer at zero (bench/README measures what each of these details changes). In
 * the multichannel variant each filter reads both channels and adds the results; a convolution is
 * linear, so that is the convolution of their sum, as written. E is fixed (frozen) in the static
 * and multichannel variants. Dropout is inverted
 * (active in training mode only, scaled by 1/(1 − p) there). The paper's max-norm constraint
 * ‖w_c‖ ≤ s bounds the class weight vectors as trained under dropout, which Kim scales by (1 − p)
 * at test time; W here is that test-time matrix, so {@link #constrain} bounds its columns by
 * (1 − p)·s, applied by the trainer after each step. Kim trained with Adadelta. Parameters,
 * in order: {@code embedding.weight}, {@code tuned.weight} (multichannel only), {@code conv<h>.weight}
 * and {@code conv<h>.bias} per width, {@code output.weight}, {@code output.bias}.
 */
final class TextCnnModel extends ClassifierNetwork {
    /** Kim's code starts the convolutions U(±0.01). */
    private static final float CONVOLUTION_BOUND = 0.01f;

    private final Embedding embedding;
    private final Embedding tuned;
    private final List<Conv1d> convolutions = new ArrayList<>();
    private final DropoutLayer dropout;
    private final Linear output;
    private final int widest;
    private final int before;
    /** The bound on the columns of W, (1 − p)·s; 0 for none. */
    private final double outputNormBound;

    /** A model over {@code vocabulary} word ids and {@code classes} labels, initialised from {@code config.seed()}. */
    TextCnnModel(int vocabulary, int classes, TextCnnConfig config) {
        Random random = new Random(config.seed());
        embedding = registerModule("embedding", wordEmbedding(vocabulary, config.dim(), random));
        embedding.freeze(config.channels() == Channels.STATIC || config.channels() == Channels.MULTICHANNEL);
        tuned = config.channels() == Channels.MULTICHANNEL
                ? registerModule("tuned", new Embedding(vocabulary, config.dim(), PADDING_ID, random))
                : null;
        for (int width : config.widths()) {
            convolutions.add(registerModule("conv" + width,
                    Conv1d.uniform(config.dim(), config.maps(), width, CONVOLUTION_BOUND, random)));
        }
        dropout = registerModule("dropout", new DropoutLayer((float) config.dropout(), config.seed() + 1));
        output = registerModule("output", Linear.zeros(config.maps() * config.widths().size(), classes));
        widest = config.widestFilter();
        before = config.padBefore() ? widest - 1 : 0;
        outputNormBound = config.maxNorm() * (1 - config.dropout());
    }

    /**
     * Pads every text with {@code widest − 1} steps after its last word, and as many before its first
     * when the config says so, so that each window that covers a word exists whatever the batch: a
     * text scores the same alone or in any batch.
     */
    @Override
    Tensor logits(List<int[][]> texts) {
        int longest = texts.stream().mapToInt(NeuralClassifier::length).max().orElse(0);
        return forward(TokenBatch.ofTexts(texts, before, Math.max(widest, before + longest + widest - 1), PADDING_ID));
    }

    /** Adadelta (lr 1.0, ρ 0.95, ε 1e-6), as Kim (2014). */
    @Override
    Optimizer optimizer() {
        return Adadelta.defaults(namedParameters());
    }

    /** Kim's max-norm constraint, when the config sets one: columns of W to L2 norm ≤ (1 − p)·s. */
    @Override
    void constrain() {
        if (outputNormBound > 0) {
            constrainOutputNorms(outputNormBound);
        }
    }

    /** The logits, {@code batch × classes}, of a batch padded to at least the widest filter. */
    Tensor forward(TokenBatch input) {
        if (input.ids().length / input.batch() < widest) {
            throw new IllegalArgumentException("a TextCNN batch needs at least " + widest + " steps, got "
                    + input.ids().length / input.batch());
        }
        Tensor x = embedding.forward(input.ids());
        if (tuned != null) {
            x = Arithmetic.add(x, tuned.forward(input.ids()));
        }
        List<Tensor> pooled = new ArrayList<>();
        for (Conv1d conv : convolutions) {
            Tensor c = Activations.relu(conv.forward(x, input.batch()));
            pooled.add(Pooling.maxOverTime(c, input.batch(), conv.outputMask(input.mask(), input.batch())));
        }
        return output.forward(dropout.forward(Shapes.concatCols(pooled)));
    }

    /** Copies pretrained word vectors, {@code vocabulary × dim}, into every channel (read, not kept). */
    @Override
    void loadWordVectors(FMatrixRMaj vectors) {
        embedding.loadVectors(vectors);
        if (tuned != null) {
            tuned.loadVectors(vectors);
        }
    }

    /** Rescales each class's weight vector (a column of W) whose L2 norm exceeds {@code maxNorm} to that norm. */
    void constrainOutputNorms(double maxNorm) {
        float[] w = output.weight().data();
        int in = output.weight().rows();
        int classes = output.weight().cols();
        for (int c = 0; c < classes; c++) {
            double squares = 0;
            for (int i = 0; i < in; i++) {
                squares += (double) w[i * classes + c] * w[i * classes + c];
            }
            double norm = Math.sqrt(squares);
            if (norm > maxNorm) {
                float scale = (float) (maxNorm / norm);
                for (int i = 0; i < in; i++) {
                    w[i * classes + c] *= scale;
                }
            }
        }
    }

    /** W of the output layer, {@code features × classes} (the live parameter). */
    Tensor outputWeight() {
        return output.weight();
    }
}
