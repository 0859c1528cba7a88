package io.textkit.seq2seq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.core.nn.Losses;
import io.textkit.core.nn.Module;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import io.textkit.seq2seq.decode.StepModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * An attention-based recurrent translator: an {@link Encoder} (bidirectional GRU or LSTM layers)
 * and an {@link AttentionDecoder}, with the token vocabularies of both sides. For training it gives
 * the loss of a batch ({@link #loss}); for decoding it is a {@link StepModel}, whose rows may point at
 * any sentence of the encoded batch, so beam search reorders rows without copying source memory.
 *
 * <p>Every sentence the model sees has {@code </s>} appended on the source side; targets start from
 * {@code <s>} and are trained to end with {@code </s>}. One model file holds the configuration, both
 * vocabularies and the weights ({@link #save}, {@link #load}).
 */
public final class Translator extends Module implements StepModel<DecoderState> {
    private final TranslatorConfig config;
    private final TokenVocabulary source;
    private final TokenVocabulary target;
    private final Encoder encoder;
    private final AttentionDecoder decoder;

    /** A new, untrained translator, initialised from {@code config.seed()}. */
    public Translator(TranslatorConfig config, TokenVocabulary source, TokenVocabulary target) {
        this.config = Objects.requireNonNull(config, "config");
        this.source = Objects.requireNonNull(source, "source vocabulary");
        this.target = Objects.requireNonNull(target, "target vocabulary");
        Random random = new Random(config.seed());
        encoder = registerModule("encoder", new Encoder(config, source.size(), source.pad(), random));
        decoder = registerModule("decoder", new AttentionDecoder(config, target.size(), target.pad(), random));
    }

    public TranslatorConfig config() {
        return config;
    }

    public TokenVocabulary sourceVocabulary() {
        return source;
    }

    public TokenVocabulary targetVocabulary() {
        return target;
    }

    /**
     * The mean per-token cross-entropy (label-smoothed as configured) of translating each
     * {@code sources[i]} into {@code targets[i]} (token ids without specials; read only), over every
     * target token and the final {@code </s>}. With a {@code random} source, dropout is on and each
     * step after the first reads the reference word with probability {@code config.teacherForcing()}
     * and the model's own previous best word otherwise; with {@code null}, no dropout and always the
     * reference.
     */
    public Tensor loss(int[][] sources, int[][] targets, Random random) {
        if (sources.length != targets.length || sources.length == 0) {
            throw new IllegalArgumentException("a batch needs as many targets as sources, at least one; got "
                    + sources.length + " and " + targets.length);
        }
        int rows = sources.length;
        DecoderState state = encode(sources, random);
        int steps = 0;
        for (int[] t : targets) {
            steps = Math.max(steps, t.length + 1);
        }
        int pad = target.pad();
        int[] gold = new int[steps * rows];
        int[] tokens = new int[rows];
        Arrays.fill(tokens, target.bos());
        Tensor[] attentional = new Tensor[steps];
        for (int t = 0; t < steps; t++) {
            AttentionDecoder.Step step = decoder.step(state, tokens, random);
            state = step.state();
            attentional[t] = step.attentional();
            boolean forced = random == null || config.teacherForcing() >= 1 || random.nextDouble() < config.teacherForcing();
            int[] predicted = forced || t == steps - 1 ? null : argmax(step.attentional());
            tokens = new int[rows];
            for (int r = 0; r < rows; r++) {
                int[] y = targets[r];
                gold[t * rows + r] = t < y.length ? y[t] : t == y.length ? target.eos() : pad;
                tokens[r] = predicted != null ? predicted[r] : t < y.length ? y[t] : pad;
            }
        }
        Tensor logits = decoder.logits(Shapes.concatRows(Arrays.asList(attentional)));
        return Losses.crossEntropy(logits, gold, pad, (float) config.labelSmoothing());
    }

    /** The best next word of each row, without recording a graph. */
    private int[] argmax(Tensor attentional) {
        try (GradMode.Scope off = GradMode.disable()) {
            Tensor logits = decoder.logits(attentional.detach());
            int rows = logits.rows();
            int width = logits.cols();
            float[] l = logits.data();
            int[] best = new int[rows];
            for (int r = 0; r < rows; r++) {
                int b = 0;
                for (int j = 1; j < width; j++) {
                    if (l[r * width + j] > l[r * width + b]) {
                        b = j;
                    }
                }
                best[r] = b;
            }
            return best;
        }
    }

    /** Encodes the sources with {@code </s>} appended and returns the decoder's start state. */
    private DecoderState encode(int[][] sources, Random random) {
        int[][] withEos = new int[sources.length][];
        for (int s = 0; s < sources.length; s++) {
            withEos[s] = Arrays.copyOf(sources[s], sources[s].length + 1);
            withEos[s][sources[s].length] = source.eos();
        }
        Encoder.Encoded encoded = encoder.encode(withEos, random);
        Tensor keys = decoder.attention().keys(encoded.outputs());
        SourceMemory memory = new SourceMemory(encoded.outputs(), keys, encoded.lengths(), sources.length);
        return decoder.start(encoded.finalState(), memory);
    }

    @Override
    public int vocabularySize() {
        return target.size();
    }

    @Override
    public int bos() {
        return target.bos();
    }

    @Override
    public int eos() {
        return target.eos();
    }

    /** Encodes {@code sources} (token ids without specials) for decoding, without dropout or graph. */
    @Override
    public DecoderState start(int[][] sources) {
        try (GradMode.Scope off = GradMode.disable()) {
            return encode(sources, null);
        }
    }

    @Override
    public Step<DecoderState> step(DecoderState state, int[] lastTokens) {
        if (lastTokens.length != state.rows()) {
            throw new IllegalArgumentException("step: " + lastTokens.length + " tokens for " + state.rows() + " rows");
        }
        try (GradMode.Scope off = GradMode.disable()) {
            AttentionDecoder.Step step = decoder.step(state, lastTokens, null);
            Tensor logProbs = Activations.logSoftmax(decoder.logits(step.attentional()));
            return new Step<>(step.state(), logProbs.data(), step.weights());
        }
    }

    @Override
    public DecoderState select(DecoderState state, int[] rows) {
        int[] sentenceOf = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= state.rows()) {
                throw new IllegalArgumentException("select: row " + rows[i] + " of a state with " + state.rows() + " rows");
            }
            sentenceOf[i] = state.sentenceOf()[rows[i]];
        }
        try (GradMode.Scope off = GradMode.disable()) {
            return new DecoderState(Shapes.gatherRows(state.hidden(), rows),
                    state.cell() == null ? null : Shapes.gatherRows(state.cell(), rows),
                    state.feed() == null ? null : Shapes.gatherRows(state.feed(), rows), sentenceOf, state.memory());
        }
    }

    /** The model file's metadata: both vocabularies. */
    ObjectNode vocabularies() {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.set("source", source.toJson());
        metadata.set("target", target.toJson());
        return metadata;
    }

    /** Writes the configuration, both vocabularies and the weights to one model file, atomically. */
    public void save(Path file) throws IOException {
        ModelFileWriter.write(file, ModelFile.of(TranslatorConfig.KIND, Configs.toJson(config), vocabularies(),
                new LinkedHashMap<String, FMatrixRMaj>(state())));
    }

    /**
     * Reads a translator written by {@link #save} (or a training checkpoint).
     *
     * @throws ModelFileException naming the file and what is wrong: not a translator, damaged, or a
     *     configuration, vocabulary or tensor that does not fit
     */
    public static Translator load(Path file) throws IOException {
        return fromFile(file, ModelFileReader.read(file, TranslatorConfig.KIND));
    }

    /** The translator a model file describes, with its weights; optimizer tensors are ignored. */
    static Translator fromFile(Path file, ModelFile saved) throws ModelFileException {
        Translator translator;
        try {
            TranslatorConfig config = Configs.fromJson(TranslatorConfig.class, saved.config());
            JsonNode metadata = saved.metadata();
            translator = new Translator(config, TokenVocabulary.fromJson(metadata.get("source")),
                    TokenVocabulary.fromJson(metadata.get("target")));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "does not describe a translator: " + e.getMessage(), e);
        }
        Map<String, FMatrixRMaj> weights = new LinkedHashMap<>();
        saved.tensors().forEach((name, m) -> {
            if (!name.startsWith("optimizer/")) {
                weights.put(name, m);
            }
        });
        try {
            translator.loadState(weights);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "does not fit its own configuration: " + e.getMessage(), e);
        }
        return translator;
    }
}
