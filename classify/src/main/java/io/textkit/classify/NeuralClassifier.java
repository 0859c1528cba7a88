package io.textkit.classify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Tensor;
import io.textkit.tokenize.SentenceSplitter;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import org.ejml.data.FMatrixRMaj;

/**
 * A trained neural text classifier (TextCNN, HAN, ...), made by {@link NeuralTrainer}. Its model file's
 * kind names the architecture; the file holds the config, and in its metadata the tokenizer
 * settings, the vocabulary ({@code <pad>} id 0, {@code <unk>} id 1, then the words) and the labels;
 * the tensors are the network's state by parameter name. Prediction runs in evaluation mode (no
 * dropout) without recording a graph, and is safe from several threads at once.
 */
public final class NeuralClassifier implements TextClassifier {
    private static final SentenceSplitter SENTENCES = SentenceSplitter.english();
    private final NeuralConfig config;
    private final Vocabulary words;
    private final Vocabulary labels;
    private final ClassifierNetwork network;
    private final Tokenizer tokenizer;

    NeuralClassifier(NeuralConfig config, Vocabulary words, Vocabulary labels, ClassifierNetwork network) {
        this.config = config;
        this.words = words;
        this.labels = labels;
        this.network = network;
        this.tokenizer = config.tokenizer().create();
        network.train(false);
    }

    @Override
    public float[] probabilities(String text) {
        return probabilitiesAll(List.of(text)).get(0);
    }

    /** Softmax of the logits of each text, computed in batches of texts of similar length. */
    @Override
    public List<float[]> probabilitiesAll(List<String> texts) {
        List<int[][]> encoded = texts.stream().map(this::encode).toList();
        Integer[] order = new Integer[texts.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> length(encoded.get(i))));
        float[][] result = new float[texts.size()][];
        int classes = labels.size();
        try (GradMode.Scope off = GradMode.disable()) {
            for (int from = 0; from < order.length; from += config.batchSize()) {
                int to = Math.min(order.length, from + config.batchSize());
                List<int[][]> batch = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    batch.add(encoded.get(order[i]));
                }
                float[] p = Activations.softmax(network.logits(batch)).data();
                for (int i = from; i < to; i++) {
                    result[order[i]] = Arrays.copyOfRange(p, (i - from) * classes, (i - from + 1) * classes);
                }
            }
        }
        return Arrays.asList(result);
    }

    @Override
    public List<String> labels() {
        return labels.words();
    }

    /** The hyper-parameters this model was trained with; its type names the architecture. */
    public NeuralConfig config() {
        return config;
    }

    /** The vocabulary, specials first, then the words most frequent first. */
    public List<String> words() {
        return words.words();
    }

    /**
     * {@code text} as the network reads it: its word ids, {@code <unk>} for words outside the
     * vocabulary; for an architecture that reads sentences ({@link NeuralConfig#sentences()}), one
     * array per sentence, leaving out sentences without tokens unless none has any; otherwise the
     * whole text as one.
     */
    int[][] encode(String text) {
        if (!config.sentences()) {
            return new int[][] {ids(text)};
        }
        int[][] sentences = SENTENCES.split(text).stream().map(this::ids).filter(s -> s.length > 0)
                .toArray(int[][]::new);
        return sentences.length > 0 ? sentences : new int[][] {new int[0]};
    }

    private int[] ids(String text) {
        int unknown = words.id(Vocabulary.UNK);
        return tokenizer.tokenize(text).stream().mapToInt(t -> words.id(t, unknown)).toArray();
    }

    /** The number of words in an encoded text. */
    static int length(int[][] text) {
        int n = 0;
        for (int[] sentence : text) {
            n += sentence.length;
        }
        return n;
    }

    ClassifierNetwork network() {
        return network;
    }

    @Override
    public void save(Path file) throws IOException {
        ObjectNode metadata = new ClassifierMetadata(config.tokenizer(), words, labels).toJson();
        ModelFileWriter.write(file, ModelFile.of(config.kind(), ClassifierMetadata.configJson(config), metadata,
                new LinkedHashMap<>(network.state())));
    }

    /**
     * Loads a model saved by {@link #save}.
     *
     * @throws ModelFileException if the file is damaged, holds a model that is not a neural text
     *                            classifier, or its metadata and tensors do not fit together
     */
    public static NeuralClassifier load(Path file) throws IOException {
        String kind = ModelFileReader.kind(file);
        if (!Architectures.KINDS.contains(kind)) {
            throw new ModelFileException(file, "holds a '" + kind + "' model, not a neural text classifier ("
                    + String.join(", ", Architectures.KINDS) + ")");
        }
        ModelFile saved = ModelFileReader.read(file, kind);
        try {
            ClassifierMetadata metadata = ClassifierMetadata.fromJson(saved.metadata());
            NeuralConfig config = metadata.config(Architectures.type(kind), saved.config());
            Architectures.checkSizesFit(saved.config(), parameterCount(saved));
            ClassifierNetwork network = Architectures.network(config, metadata.words().size(),
                    metadata.labels().size());
            network.loadState(new LinkedHashMap<String, FMatrixRMaj>(saved.tensors()));
            return new NeuralClassifier(config, metadata.words(), metadata.labels(), network);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new ModelFileException(file, "is not a valid " + kind + " model: " + e.getMessage(), e);
        }
    }

    private static long parameterCount(ModelFile saved) {
        long count = 0;
        for (FMatrixRMaj tensor : saved.tensors().values()) {
            count += tensor.getNumElements();
        }
        return count;
    }
}
