package io.textkit.bench;

import io.textkit.classify.TextClassifier;
import io.textkit.corpora.LabelledExample;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.TokenizerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one classification costs a server thread, per {@link ServedClassifier} kind: the label
 * distribution of one typical sentence (22 tokens; the mean in rt-polarity.all is 21) through
 * {@link TextClassifier#probabilities}, and of a batch of 32 sentences through
 * {@link TextClassifier#predictAll}. The baseline is whitespace tokenization of the same sentence
 * alone. Each model is trained in the trial's setup by its kind's recipe on Kim's
 * {@code rt-polarity.all}, saved, and loaded back through {@link TextClassifier#load}, so what is
 * timed is the model the server would run.
 *
 * <p>Run from the repository root (the data is found under the {@code textkit.data} folder,
 * default {@code ../shared/data}):
 * <pre>
 * ./bench/run ClassifierLatency
 * ./bench/run ClassifierLatency -p kind=FASTTEXT -jvmArgsAppend -Dtextkit.data=/path/to/shared/data
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ClassifierLatencyBenchmark {
    static final String SENTENCE = "the story is thin and the jokes are stale , but the two leads are so likable "
            + "that it hardly matters .";
    static final int BATCH = 32;

    /** The sentence, a batch of real sentences, and the tokenizer every recipe uses. */
    @State(Scope.Benchmark)
    public static class Input {
        Tokenizer tokenizer;
        List<String> batch;

        @Setup(Level.Trial)
        public void setUp() {
            tokenizer = TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE).create();
            List<LabelledExample> examples = ServedClassifier.examples(data());
            batch = IntStream.range(0, BATCH).mapToObj(i -> examples.get(i * examples.size() / BATCH).text()).toList();
        }
    }

    /** One trained model of the kind under test, as loaded from its file. */
    @State(Scope.Benchmark)
    public static class Model {
        @Param
        public ServedClassifier kind;

        TextClassifier classifier;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path dir = Files.createTempDirectory("textkit-latency");
            Path file = kind.trainAndSave(data(), dir);
            classifier = TextClassifier.load(file);
            Files.delete(file);
            Files.delete(dir);
        }
    }

    private static Path data() {
        return Path.of(System.getProperty("textkit.data", "../shared/data"), "sentiment/kim2014/rt-polarity.all");
    }

    /** Baseline: the sentence's tokens, the first step of every model. */
    @Benchmark
    public List<String> tokenize(Input input) {
        return input.tokenizer.tokenize(SENTENCE);
    }

    /** One sentence's label distribution, as one server request of one text computes it. */
    @Benchmark
    public float[] oneSentence(Model model) {
        return model.classifier.probabilities(SENTENCE);
    }

    /** The best label of each of 32 sentences in one call. */
    @Benchmark
    public void batchOf32(Model model, Input input, Blackhole sink) {
        sink.consume(model.classifier.predictAll(input.batch));
    }
}
