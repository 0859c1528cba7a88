package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.tokenize.HuffmanTree;
import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;

/**
 * A trained fastText classifier (Joulin et al. 2016, "Bag of Tricks for Efficient Text
 * Classification"): the average of the text's word and word n-gram embeddings, then a softmax over
 * the labels ({@link SoftmaxStep}) or a hierarchical softmax over their Huffman tree
 * ({@link HierarchicalSoftmaxStep}), as the config's {@code loss} says. Made by
 * {@link FastTextTrainer}; its model file, of kind {@value #KIND}, holds the tokenizer settings, the
 * vocabulary and the labels with their training counts (which rebuild the tree) in its metadata and
 * the tensors {@code output} (labels × dim for the softmax, (labels − 1) × dim for the hierarchical
 * softmax) and the input matrix ((words + buckets) × dim) as the rows training changed
 * ({@link InputRows}): {@code inputRows}, their numbers as a column of whole floats, and
 * {@code inputValues}, one row each; files written before hold every row as {@code input}, and
 * load as before. Thread-safe: prediction allocates its own small buffers.
 */
public final class FastTextClassifier implements TextClassifier {
    /** The model file kind. */
    public static final String KIND = "fasttext";

    private final FastTextConfig config;
    private final Vocabulary words;
    private final Vocabulary labels;
    private final InputRows input;
    private final FMatrixRMaj output;
    private final Features features;
    private final HuffmanTree tree;

    FastTextClassifier(FastTextConfig config, Vocabulary words, Vocabulary labels, InputRows input,
            FMatrixRMaj output) {
        this.config = config;
        this.words = words;
        this.labels = labels;
        this.input = input;
        this.output = output;
        this.features = Features.of(config, config.tokenizer().create(), words);
        this.tree = config.loss() == FastTextConfig.Loss.HS ? labels.huffmanTree() : null;
    }

    /** For the hierarchical softmax, every label's probability is the product along its tree path. */
    @Override
    public float[] probabilities(String text) {
        int dim = config.dim();
        float[] hidden = new float[dim];
        input.average(features.of(text), hidden);
        float[] p = new float[labels.size()];
        switch (config.loss()) {
            case SOFTMAX -> SoftmaxStep.softmax(output.data, hidden, p, dim);
            case HS -> HierarchicalSoftmaxStep.probabilities(output.data, tree, hidden, p, dim);
        }
        return p;
    }

    @Override
    public List<String> labels() {
        return labels.words();
    }

    /** The hyper-parameters this model was trained with. */
    public FastTextConfig config() {
        return config;
    }

    /** The words with their own embedding row, most frequent first. */
    public List<String> words() {
        return words.words();
    }

    @Override
    public void save(Path file) throws IOException {
        ObjectNode metadata = new ClassifierMetadata(config.tokenizer(), words, labels).toJson();
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        if (input.fitsSparseLayout()) {
            InputRows.Changed changed = input.changed();
            tensors.put("inputRows", changed.rowNumbers());
            tensors.put("inputValues", changed.values());
        } else {
            tensors.put("input", new FMatrixRMaj(input.rows(), input.dim(), true, input.toDense()));
        }
        tensors.put("output", output);
        ModelFileWriter.write(file, ModelFile.of(KIND, ClassifierMetadata.configJson(config), metadata, tensors));
    }

    /**
     * Loads a model saved by {@link #save}.
     *
     * @throws ModelFileException if the file is damaged, holds another kind of model, or its
     *                            metadata and tensors do not fit together
     */
    public static FastTextClassifier load(Path file) throws IOException {
        ModelFile model = ModelFileReader.read(file, KIND);
        FastTextClassifier classifier;
        try {
            ClassifierMetadata metadata = ClassifierMetadata.fromJson(model.metadata());
            FastTextConfig config = metadata.config(FastTextConfig.class, model.config());
            InputRows input = model.tensors().containsKey("input")
                    ? InputRows.dense(model.tensor("input"), config.seed())
                    : InputRows.sparse(metadata.words().size() + config.allocatedBuckets(), config.seed(), model.tensor("inputRows"),
                            model.tensor("inputValues"));
            classifier = new FastTextClassifier(config, metadata.words(), metadata.labels(), input,
                    model.tensor("output"));
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new ModelFileException(file, "is not a valid fastText model: " + e.getMessage(), e);
        }
        classifier.checkShapes(file);
        return classifier;
    }

    private void checkShapes(Path file) throws ModelFileException {
        int dim = config.dim();
        if (input.rows() != features.rows() || input.dim() != dim) {
            throw new ModelFileException(file, "has an input tensor of " + input.rows() + "×" + input.dim()
                    + " but its vocabulary and config call for " + features.rows() + "×" + dim);
        }
        int outputRows = FastTextStep.outputRows(config.loss(), labels);
        if (output.numRows != outputRows || output.numCols != dim) {
            throw new ModelFileException(file, "has an output tensor of " + output.numRows + "×" + output.numCols
                    + " but its labels and config (loss " + config.loss().fileName() + ") call for "
                    + outputRows + "×" + dim);
        }
    }

    /** The input matrix's backing array, for tests. */
    float[] inputWeights() {
        return input.toDense();
    }

    /** The output matrix's backing array, for tests. */
    float[] outputWeights() {
        return output.data;
    }
}
