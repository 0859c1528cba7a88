package io.textkit.classify;

import io.textkit.core.nn.DropoutLayer;
import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.GruCell;
import io.textkit.core.nn.Init;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Module;
import io.textkit.core.nn.MultiplicativeAttention;
import io.textkit.core.nn.Rnn;
import io.textkit.core.optim.Adam;
import io.textkit.core.optim.Optimizer;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Yang et al.'s (2016) hierarchical attention network. For a document of sentences i = 1 … L, sentence
 * i of words w_i1 … w_iT:
 *
 * <pre>
 * x_it = E[w_it]                                           word vectors, dim each
 * h_it = [GRU→(x_it); GRU←(x_it)]                          word encoder, over the sentence
 * u_it = tanh(h_it·W_w + b_w)                              word attention
 * α_it = exp(u_itᵀ u_w) / Σ_t exp(u_itᵀ u_w)               over the sentence's real words
 * s_i  = Σ_t α_it h_it                                     sentence vector
 * h_i  = [GRU→(s_i); GRU←(s_i)]                            sentence encoder, over the document
 * u_i  = tanh(h_i·W_s + b_s)                               sentence attention
 * α_i  = exp(u_iᵀ u_s) / Σ_i exp(u_iᵀ u_s)                 over the document's real sentences
 * v    = Σ_i α_i h_i                                       document vector
 * y    = v·W + b                                           logits, one per class
 * </pre>
 *
 * u_w and u_s are learned context vectors; the attention is {@link MultiplicativeAttention#dot()}
 * of the context vector with u over h. Dropout (0 in the paper), in training mode only, applies to
 * the word vectors and to v. A sentence without words is left out of its document; a document
 * without words has v = 0, so its logits are b. With {@code maxSentences} or
 * {@code maxSentenceLength} set, a document is read up to that many (non-empty) sentences and a
 * sentence up to that many words. Parameters: {@code embedding.weight}, {@code wordEncoder.*},
 * {@code wordAttention.*}, {@code sentenceEncoder.*}, {@code sentenceAttention.*}, {@code output.*}.
 */
final class HanModel extends ClassifierNetwork {
    /**
     * The word encoder runs over a batch's sentences sorted by length, this many at a time, each run
     * padded only to its own longest: sentence lengths vary far more than a batch of documents' total
     * lengths. A sentence's vector does not depend on the run it lands in (up to float rounding).
     */
    private static final int SENTENCES_PER_RUN = 256;

    private final Embedding embedding;
    private final DropoutLayer dropout;
    private final Rnn wordEncoder;
    private final ContextAttention wordAttention;
    private final Rnn sentenceEncoder;
    private final ContextAttention sentenceAttention;
    private final Linear output;
    private final HanConfig config;

    /** A model over {@code vocabulary} word ids and {@code classes} labels, initialised from {@code config.seed()}. */
    HanModel(int vocabulary, int classes, HanConfig config) {
        this.config = config;
        Random random = new Random(config.seed());
        embedding = registerModule("embedding", new Embedding(vocabulary, config.dim(), PADDING_ID, random));
        embedding.loadVectors(Tensor.uniform(vocabulary, config.dim(), WORD_VECTOR_BOUND, random).value());
        dropout = registerModule("dropout", new DropoutLayer((float) config.dropout(), config.seed() + 1));
        wordEncoder = registerModule("wordEncoder",
                new Rnn(GruCell::new, config.dim(), config.wordHidden(), 1, true, random));
        wordAttention = registerModule("wordAttention",
                new ContextAttention(wordEncoder.outputSize(), config.wordAttention(), random));
        sentenceEncoder = registerModule("sentenceEncoder",
                new Rnn(GruCell::new, wordEncoder.outputSize(), config.sentenceHidden(), 1, true, random));
        sentenceAttention = registerModule("sentenceAttention",
                new ContextAttention(sentenceEncoder.outputSize(), config.sentenceAttention(), random));
        output = registerModule("output", new Linear(sentenceEncoder.outputSize(), classes, true, random));
    }

    @Override
    Tensor logits(List<int[][]> texts) {
        int batch = texts.size();
        List<int[]> sentences = new ArrayList<>();
        int[] counts = new int[batch];
        for (int b = 0; b < batch; b++) {
            for (int[] sentence : texts.get(b)) {
                if (sentence.length > 0 && (config.maxSentences() == 0 || counts[b] < config.maxSentences())) {
                    int words = config.maxSentenceLength() == 0 ? sentence.length
                            : Math.min(sentence.length, config.maxSentenceLength());
                    sentences.add(words == sentence.length ? sentence : Arrays.copyOf(sentence, words));
                    counts[b]++;
                }
            }
        }
        int steps = Math.max(1, Arrays.stream(counts).max().orElse(0));
        int[] rows = new int[steps * batch];
        float[] mask = new float[steps * batch];
        Arrays.fill(rows, -1);
        int[] vectorRow = new int[sentences.size()];
        Tensor sentenceVectors = sentences.isEmpty() ? null : sentenceVectors(sentences, vectorRow);
        for (int b = 0, k = 0; b < batch; b++) {
            for (int i = 0; i < counts[b]; i++, k++) {
                rows[i * batch + b] = vectorRow[k];
                mask[i * batch + b] = 1f;
            }
        }
        Tensor s = sentenceVectors == null ? Tensor.zeros(steps * batch, wordEncoder.outputSize())
                : Shapes.gatherRows(sentenceVectors, rows);
        Tensor h = sentenceEncoder.forward(s, batch, mask).outputs();
        return output.forward(dropout.forward(sentenceAttention.forward(h, batch, mask)));
    }

    /**
     * The vectors s of {@code sentences} (all non-empty), one row each, in an order given by
     * {@code vectorRow} (written): sentence k's vector is row {@code vectorRow[k]}.
     */
    private Tensor sentenceVectors(List<int[]> sentences, int[] vectorRow) {
        Integer[] order = new Integer[sentences.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingInt(k -> sentences.get(k).length));
        List<Tensor> runs = new ArrayList<>();
        for (int from = 0; from < order.length; from += SENTENCES_PER_RUN) {
            int size = Math.min(SENTENCES_PER_RUN, order.length - from);
            int[][] run = new int[size][];
            for (int j = 0; j < size; j++) {
                run[j] = sentences.get(order[from + j]);
                vectorRow[order[from + j]] = from + j;
            }
            TokenBatch words = TokenBatch.of(run, 1, PADDING_ID);
            Tensor x = dropout.forward(embedding.forward(words.ids()));
            Tensor h = wordEncoder.forward(x, size, words.mask()).outputs();
            runs.add(wordAttention.forward(h, size, words.mask()));
        }
        return runs.size() == 1 ? runs.get(0) : Shapes.concatRows(runs);
    }

    /**
     * Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) at the config's learning rate, not the paper's SGD with
     * momentum: from random word vectors (the paper started from word2vec ones) SGD did not move
     * the loss within a few epochs on review polarity, while Adam did.
     */
    @Override
    Optimizer optimizer() {
        return new Adam(namedParameters(), config.learningRate(), Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2,
                Adam.DEFAULT_EPSILON, 0);
    }

    @Override
    void loadWordVectors(FMatrixRMaj vectors) {
        embedding.loadVectors(vectors);
    }

    /**
     * HAN's attention with a learned context vector u: α_t = softmax_t(tanh(h_t·W + b)ᵀ u) over each
     * sequence's real steps, returning Σ_t α_t h_t ({@code batch × h.cols}); 0 for a sequence with no
     * real step. Parameters: {@code projection.weight}, {@code projection.bias}, {@code context} (u).
     */
    private static final class ContextAttention extends Module {
        private final Linear projection;
        private final Tensor context;
        private final MultiplicativeAttention dot = MultiplicativeAttention.dot();

        ContextAttention(int inputSize, int attentionSize, Random random) {
            projection = registerModule("projection", new Linear(inputSize, attentionSize, true, random));
            context = registerParameter("context", Init.glorotUniform(1, attentionSize, random));
        }

        /** Attends over time-major {@code h}, {@code (time·batch) × inputSize}, with its mask. */
        Tensor forward(Tensor h, int batch, float[] mask) {
            Tensor u = Activations.tanh(projection.forward(h));
            Tensor query = Shapes.concatRows(Collections.nCopies(batch, context));
            return dot.forward(query, u, h, mask).context();
        }
    }
}
