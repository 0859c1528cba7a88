package io.textkit.app;

import io.textkit.seq2seq.decode.DecodeLimits;
import io.textkit.seq2seq.decode.Hypothesis;
import io.textkit.seq2seq.decode.Sampler;
import io.textkit.seq2seq.decode.SamplingOptions;
import io.textkit.seq2seq.lm.LanguageModel;
import io.textkit.seq2seq.lm.LanguageModelFile;
import io.textkit.seq2seq.lm.TokenStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code textkit lm sample}: sentences drawn from a language model, each continuing the prompt, with
 * temperature, top-k and top-p; the same seed gives the same sentences.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sample sentences from a language model, one a line, optionally continuing a prompt.")
final class LmSampleCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A language model file.")
    Path model;

    @Option(names = "--prompt", defaultValue = "", paramLabel = "TEXT",
            description = "Words each sentence starts with. Default: none (a new sentence).")
    String prompt;

    @Option(names = {"-n", "--count"}, defaultValue = "1", paramLabel = "N", description = "Sentences. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--max-len", defaultValue = "50", paramLabel = "N",
            description = "Most words sampled per sentence. Default: ${DEFAULT-VALUE}.")
    int maxLen;

    @Option(names = "--temperature", defaultValue = "1", paramLabel = "T",
            description = "Below 1 sharpens, above 1 flattens; 0 takes the most likely word. Default: ${DEFAULT-VALUE}.")
    double temperature;

    @Option(names = "--sampling-topk", defaultValue = "0", paramLabel = "K",
            description = "Sample among the K most likely words only; 0 for all. Default: ${DEFAULT-VALUE}.")
    int topK;

    @Option(names = "--sampling-topp", defaultValue = "1", paramLabel = "P",
            description = "Sample within the most likely words whose probabilities reach P, in (0, 1]. Default: ${DEFAULT-VALUE}.")
    double topP;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws Exception {
        CommandOptions.inRange(spec, "--count", count, 1, 100_000);
        CommandOptions.positive(spec, "--max-len", maxLen);
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw CommandOptions.invalid(spec, "--temperature", "must be a finite number ≥ 0, got " + temperature);
        }
        CommandOptions.atLeast(spec, "--sampling-topk", topK, 0);
        if (!(topP > 0 && topP <= 1)) {
            throw CommandOptions.invalid(spec, "--sampling-topp", "must be in (0, 1], got " + topP);
        }
        LanguageModel lm = LanguageModelFile.load(model);
        int[] promptIds = TokenStream.encodeWords(prompt, lm.vocabulary());
        int[][] prompts = new int[count][];
        Arrays.fill(prompts, promptIds);
        Sampler<LanguageModel.State> sampler = new Sampler<>(lm,
                new SamplingOptions(temperature, topK, topP, new DecodeLimits(0, maxLen, 0, 0)));
        for (Hypothesis sample : sampler.decode(prompts, new Random(seed))) {
            StringJoiner line = new StringJoiner(" ");
            if (!prompt.isBlank()) {
                line.add(prompt.strip());
            }
            for (int id : sample.tokens()) {
                if (id != lm.eos()) {
                    line.add(lm.vocabulary().word(id));
                }
            }
            out().println(line);
        }
        return 0;
    }
}
