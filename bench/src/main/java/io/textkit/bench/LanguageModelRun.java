package io.textkit.bench;

import io.textkit.core.config.Configs;
import io.textkit.seq2seq.decode.DecodeLimits;
import io.textkit.seq2seq.decode.Sampler;
import io.textkit.seq2seq.decode.SamplingOptions;
import io.textkit.seq2seq.decode.StepModel;
import io.textkit.seq2seq.lm.LanguageModel;
import io.textkit.seq2seq.lm.LanguageModelConfig;
import io.textkit.seq2seq.lm.LanguageModelFile;
import io.textkit.seq2seq.lm.LanguageModelTrainer;
import io.textkit.seq2seq.lm.Perplexity;
import io.textkit.seq2seq.lm.TokenStream;
import io.textkit.tokenize.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The textkit side of {@code bench/lm/compare.sh}: trains the recurrent language model on one text,
 * measures its perplexity on another, and samples a few sentences, printing {@code key<TAB>value}
 * lines on standard output (progress goes to standard error).
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar io.textkit.bench.LanguageModelRun \
 *     TRAIN HELDOUT WORKDIR [FIELD=VALUE ...]
 * </pre>
 * FIELD is any {@link LanguageModelConfig} field. The vocabulary (written to
 * {@code WORKDIR/vocabulary.txt} for the PyTorch peer to read) and the model file
 * ({@code WORKDIR/lm.tkm}) stay in WORKDIR. The sampler here is a plain ancestral one (temperature,
 * then top-k, then top-p) over the model's {@link StepModel} steps, so that this benchmark needs
 * nothing beyond the language model itself.
 */
public final class LanguageModelRun {
    /** Temperature, top-k (0: all) and top-p of each sampling setting reported. */
    private static final double[][] SAMPLING = {{1.0, 0, 1.0}, {0.8, 40, 1.0}, {0.8, 0, 0.9}};
    private static final int SAMPLES_PER_SETTING = 3;
    private static final int MAX_SAMPLE_WORDS = 30;

    private LanguageModelRun() {}

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]);
        Path heldOut = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            overrides.put(kv[0], kv[1]);
        }
        LanguageModelConfig config = Configs.with(LanguageModelConfig.defaults(), overrides);
        Vocabulary vocabulary = TokenStream.vocabulary(train, config.minCount(), config.maxVocabulary());
        vocabulary.save(work.resolve("vocabulary.txt"));
        int[] trainIds = TokenStream.read(train, vocabulary);
        int[] heldOutIds = TokenStream.read(heldOut, vocabulary);
        print("config", Configs.toJson(config).toString());
        print("vocabulary", vocabulary.size());
        print("train_tokens", trainIds.length);
        print("heldout_tokens", heldOutIds.length);

        LanguageModel model = new LanguageModel(config, vocabulary);
        LanguageModelTrainer.History history = new LanguageModelTrainer(System.err, null).train(model, trainIds,
                heldOutIds);
        double seconds = 0;
        long tokens = 0;
        for (LanguageModelTrainer.Epoch e : history.epochs()) {
            seconds += e.seconds();
            tokens += Math.round(e.tokensPerSecond() * e.seconds());
            print("epoch_" + e.epoch(), String.format(Locale.ROOT, "train ppl %.2f, held-out ppl %.2f, %.0f tokens/s, %.1f s",
                    e.trainPerplexity(), e.heldOutPerplexity(), e.tokensPerSecond(), e.seconds()));
        }
        Perplexity.Result result = Perplexity.of(model, heldOutIds, Perplexity.EVALUATION_BATCH, config.bptt());
        print("heldout_perplexity", String.format(Locale.ROOT, "%.2f", result.perplexity()));
        print("heldout_predicted", result.tokens());
        print("train_seconds", String.format(Locale.ROOT, "%.1f", seconds));
        print("train_tokens_per_second", String.format(Locale.ROOT, "%.0f", tokens / seconds));
        LanguageModelFile.save(work.resolve("lm.tkm"), model);

        Random random = new Random(config.seed());
        for (double[] s : SAMPLING) {
            for (int n = 0; n < SAMPLES_PER_SETTING; n++) {
                int[] ids = sample(model, s[0], (int) s[1], s[2], random);
                List<String> words = new ArrayList<>();
                for (int id : ids) {
                    words.add(vocabulary.word(id));
                }
                print(String.format(Locale.ROOT, "sample_t%.1f_k%d_p%.1f", s[0], (int) s[1], s[2]),
                        String.join(" ", words));
            }
        }
    }

    /** One sentence from the zero state: draws until {@code </s>} or {@link #MAX_SAMPLE_WORDS} words. */
    private static <S> int[] sample(StepModel<S> model, double temperature, int topK, double topP, Random random) {
        SamplingOptions options = new SamplingOptions(temperature, topK, topP, new DecodeLimits(0, MAX_SAMPLE_WORDS, 0, 0));
        int[] tokens = new Sampler<>(model, options).decode(new int[][] {{}}, random).getFirst().tokens();
        int n = tokens.length > 0 && tokens[tokens.length - 1] == model.eos() ? tokens.length - 1 : tokens.length;
        return Arrays.copyOf(tokens, n);
    }

    private static void print(String key, Object value) {
        System.out.println(key + "\t" + value);
    }
}
