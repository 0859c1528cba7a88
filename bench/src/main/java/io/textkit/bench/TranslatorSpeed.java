package io.textkit.bench;

import io.textkit.corpora.SentencePair;
import io.textkit.seq2seq.ParallelFiles;
import io.textkit.seq2seq.TokenPair;
import io.textkit.seq2seq.Translator;
import io.textkit.seq2seq.TranslatorConfig;
import io.textkit.seq2seq.TranslatorTrainer;
import io.textkit.seq2seq.WordVocabulary;
import io.textkit.seq2seq.decode.BeamOptions;
import io.textkit.seq2seq.decode.BeamSearch;
import io.textkit.seq2seq.decode.DecodeLimits;
import io.textkit.seq2seq.decode.GreedySearch;
import io.textkit.seq2seq.decode.LengthPenalty;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Training speed of the translator on Multi30k de→en, no JMH (a run takes minutes): builds the
 * word vocabularies (words seen twice or more), then trains {@link TranslatorConfig#defaults()}
 * (the sizes of bentrevett/pytorch-seq2seq's attention model) for a few warm-up batches and then
 * {@code steps} timed ones, and prints target tokens per second of wall clock and of process CPU;
 * then decodes the first {@code decode} test2016 sentences one at a time, greedily and with a beam
 * of 5 (at most 2 output tokens per source token), and prints sentences per second.
 * {@code bench/translate/speed.sh} runs it beside the PyTorch peer.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... io.textkit.bench.TranslatorSpeed DATA_DIR [steps=200] [warmup=5] [decode=100]
 * </pre>
 */
public final class TranslatorSpeed {
    private TranslatorSpeed() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int decode = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        List<SentencePair> pairs;
        try (Stream<SentencePair> read = ParallelFiles.aligned(data.resolve("train.lc.norm.tok.de"),
                data.resolve("train.lc.norm.tok.en")).stream()) {
            pairs = read.toList();
        }
        TranslatorConfig config = TranslatorConfig.defaults();
        WordVocabulary source = WordVocabulary.build(pairs.stream().map(SentencePair::source).toList(), config.minCount());
        WordVocabulary target = WordVocabulary.build(pairs.stream().map(SentencePair::target).toList(), config.minCount());
        Translator model = new Translator(config, source, target);
        TranslatorTrainer trainer = new TranslatorTrainer(model, TokenPair.encode(pairs, source, target, 0));
        TranslatorTrainer.Result warm = trainer.stopAfterSteps(warmup).train();
        long cpu = cpuNanos();
        TranslatorTrainer.Result done = trainer.stopAfterSteps(warmup + steps).train();
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        long tokens = done.targetTokens() - warm.targetTokens();
        double seconds = done.seconds() - warm.seconds();
        System.out.printf(Locale.ROOT, "vocabularies %d de, %d en; steps %d (batch %d)  target tokens %d  seconds %.1f"
                + "  target tokens/s %.0f  per CPU-second %.0f%n", source.size(), target.size(), steps, config.batchSize(),
                tokens, seconds, tokens / seconds, tokens / cpuSeconds);

        List<String> test;
        try (Stream<String> lines = Files.lines(data.resolve("test_2016_flickr.lc.norm.tok.de"))) {
            test = lines.limit(decode).toList();
        }
        int[][] sources = test.stream().map(source::encode).toArray(int[][]::new);
        DecodeLimits limits = new DecodeLimits(0, 200, 2.0, 0);
        GreedySearch<?> greedy = new GreedySearch<>(model, limits);
        timeDecoding("greedy, batch 1", sources, one -> greedy.decode(one).getFirst().length());
        BeamSearch<?> beam = new BeamSearch<>(model, new BeamOptions(5, 1, LengthPenalty.NONE, 1, limits));
        timeDecoding("beam 5, batch 1", sources, one -> beam.decode(one).getFirst().getFirst().length());
    }

    /** Decodes each source alone and prints sentences and output tokens per second. */
    private static void timeDecoding(String what, int[][] sources, ToIntFunction<int[][]> decodeOne) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        long produced = 0;
        for (int[] s : sources) {
            produced += decodeOne.applyAsInt(new int[][] {s});
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d sentences, %d output tokens  seconds %.1f  sentences/s %.1f"
                + "  per CPU-second %.1f  output tokens/s %.0f%n", what, sources.length, produced, seconds,
                sources.length / seconds, sources.length / cpuSeconds, produced / seconds);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
