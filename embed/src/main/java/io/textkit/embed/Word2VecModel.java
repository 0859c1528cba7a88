package io.textkit.embed;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;

/**
 * What word2vec training produces: the config it ran with, the {@link Vocabulary} (ids by
 * decreasing count, with the counts), the input vectors (the word vectors, one row per id) and the
 * output matrices, kept so that training could continue from a saved file.
 *
 * <p>Saved as a textkit model file of kind {@value #KIND}: config = the {@link Word2VecConfig},
 * metadata = {@code {"vocabulary": }{@link Vocabulary#toJson()}{@code }}, tensors {@value #INPUT},
 * then {@value #HS_OUTPUT} (with hierarchical softmax, one row per inner Huffman node) and
 * {@value #NS_OUTPUT} (with negative sampling, one row per id). The matrices are shared, not copied.
 */
public final class Word2VecModel {
    public static final String KIND = "word2vec";
    public static final String INPUT = "input";
    public static final String HS_OUTPUT = "output.hs";
    public static final String NS_OUTPUT = "output.negative";

    private final Word2VecConfig config;
    private final Vocabulary vocabulary;
    private final FMatrixRMaj input;
    private final FMatrixRMaj hsOutput;
    private final FMatrixRMaj nsOutput;

    /**
     * Checks the shapes against the config and vocabulary: input and nsOutput have one row per id,
     * hsOutput one per inner Huffman node (counted words − 1), all {@code dimension} columns;
     * hsOutput is null exactly when !config.hs() and nsOutput exactly when config.negative() is 0.
     */
    public Word2VecModel(Word2VecConfig config, Vocabulary vocabulary, FMatrixRMaj input, FMatrixRMaj hsOutput,
            FMatrixRMaj nsOutput) {
        int v = vocabulary.size();
        int dim = config.dim();
        checkShape(INPUT, input, v, dim);
        checkPresent(HS_OUTPUT, hsOutput, config.hs(), "hs is " + config.hs());
        checkPresent(NS_OUTPUT, nsOutput, config.negative() > 0, "negative is " + config.negative());
        if (hsOutput != null) {
            checkShape(HS_OUTPUT, hsOutput, Math.max(0, v - vocabulary.specialCount() - 1), dim);
        }
        if (nsOutput != null) {
            checkShape(NS_OUTPUT, nsOutput, v, dim);
        }
        this.config = config;
        this.vocabulary = vocabulary;
        this.input = input;
        this.hsOutput = hsOutput;
        this.nsOutput = nsOutput;
    }

    private static void checkShape(String name, FMatrixRMaj m, int rows, int cols) {
        if (m.numRows != rows || m.numCols != cols) {
            throw new IllegalArgumentException("tensor '" + name + "' should be " + rows + "×" + cols + " but is "
                    + m.numRows + "×" + m.numCols);
        }
    }

    private static void checkPresent(String name, FMatrixRMaj m, boolean expected, String because) {
        if ((m != null) != expected) {
            throw new IllegalArgumentException("tensor '" + name + "' must be " + (expected ? "present" : "absent")
                    + " because the config's " + because);
        }
    }

    public Word2VecConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Words by id, most frequent first. */
    public List<String> words() {
        return vocabulary.words();
    }

    /** The trained word vectors: the input matrix, one row per vocabulary word (shared, not copied). */
    public WordVectors toWordVectors() {
        return new WordVectors(words(), input);
    }

    /** The word vectors: row i is words().get(i). */
    public FMatrixRMaj input() {
        return input;
    }

    /** The hierarchical-softmax output rows, or null without hs. */
    public FMatrixRMaj hsOutput() {
        return hsOutput;
    }

    /** The negative-sampling output rows, or null when negative is 0. */
    public FMatrixRMaj nsOutput() {
        return nsOutput;
    }

    /** Writes this model to {@code file} atomically. */
    public void save(Path file) throws IOException {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.set("vocabulary", vocabulary.toJson());
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put(INPUT, input);
        if (hsOutput != null) {
            tensors.put(HS_OUTPUT, hsOutput);
        }
        if (nsOutput != null) {
            tensors.put(NS_OUTPUT, nsOutput);
        }
        ModelFileWriter.write(file, ModelFile.of(KIND, Configs.toJson(config), metadata, tensors));
    }

    /** Reads a model saved by {@link #save}, refusing another kind or inconsistent contents. */
    public static Word2VecModel load(Path file) throws IOException {
        ModelFile model = ModelFileReader.read(file, KIND);
        Word2VecConfig config;
        try {
            config = Configs.fromJson(Word2VecConfig.class, model.config());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "has an invalid word2vec config: " + e.getMessage(), e);
        }
        try {
            Vocabulary vocabulary = Vocabulary.fromJson(model.metadata().path("vocabulary"));
            var tensors = model.tensors();
            return new Word2VecModel(config, vocabulary, model.tensor(INPUT), tensors.get(HS_OUTPUT),
                    tensors.get(NS_OUTPUT));
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new ModelFileException(file, "is not a consistent word2vec model: " + e.getMessage(), e);
        }
    }
}
