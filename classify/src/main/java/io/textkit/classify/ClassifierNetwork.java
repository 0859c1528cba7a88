package io.textkit.classify;

import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.Module;
import io.textkit.core.optim.Adam;
import io.textkit.core.optim.Optimizer;
import io.textkit.core.tensor.Tensor;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * The network of a neural text classifier: from a batch of texts, as word ids, to one row of class
 * logits per text. Each architecture is one subclass in one file, with its equations in its
 * Javadoc; {@link NeuralTrainer} and {@link NeuralClassifier} do everything else (vocabulary,
 * batching, the training loop, the model file) the same way for all of them.
 */
abstract class ClassifierNetwork extends Module {
    /** Word id 0 is the padding, whose vector is zero and never trained; 1 is {@code <unk>}. */
    static final int PADDING_ID = 0;
    /**
     * Random word vectors start U(−0.25, 0.25) (Kim 2014), about the variance of pretrained word2vec
     * ones, so pretrained and random rows mix well.
     */
    static final float WORD_VECTOR_BOUND = 0.25f;

    /**
     * The logits, {@code texts.size() × classes}. Text b is {@code texts.get(b)}: its sentences, each
     * an array of word ids; architectures that do not read sentences get the whole text as one
     * "sentence". A text may have no words.
     */
    abstract Tensor logits(List<int[][]> texts);

    /** The optimizer this architecture trains with (its paper's choice), over this network's parameters. */
    abstract Optimizer optimizer();

    /**
     * Copies pretrained word vectors, {@code vocabulary × dim} (read, not kept), into the word
     * embedding(s); called once before training when {@link NeuralConfig#pretrained()} is true.
     */
    abstract void loadWordVectors(FMatrixRMaj vectors);

    /** A word embedding with the padding row zero and the others U(−0.25, 0.25), drawn from {@code random}. */
    static Embedding wordEmbedding(int vocabulary, int dim, Random random) {
        Embedding embedding = new Embedding(vocabulary, dim, PADDING_ID, random);
        embedding.loadVectors(Tensor.uniform(vocabulary, dim, WORD_VECTOR_BOUND, random).value());
        return embedding;
    }

    /** Adam with learning rate {@code lr}, β 0.9 and 0.999, ε 1e-8 (PyTorch's defaults), over the parameters. */
    Optimizer adam(double lr) {
        return new Adam(namedParameters(), lr, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON, 0);
    }

    /** A constraint applied after every optimizer step (Kim's max-norm); none by default. */
    void constrain() {}
}
