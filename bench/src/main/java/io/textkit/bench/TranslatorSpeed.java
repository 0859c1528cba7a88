package io.textkit.bench;

import io.textkit.corpora.SentencePair;
import io.textkit.seq2seq.ParallelFiles;
import io.textkit.seq2seq.TokenPair;
import io.textkit.seq2seq.Translator;
import io.textkit.seq2seq.TranslatorConfig;
import io.textkit.seq2seq.TranslatorTrainer;
import io.textkit.seq2seq.WordVocabulary;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Training speed of the translator on Multi30k de→en, no JMH (a run takes minutes): builds the
 * word vocabularies (words seen twice or more), then trains {@link TranslatorConfig#defaults()}
 * (the sizes of bentrevett/pytorch-seq2seq's attention model) for a few warm-up batches and then
 * {@code steps} timed ones, and prints target tokens per second of wall clock and of process CPU.
 * {@code bench/translate/speed.sh} runs it beside the PyTorch peer.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... io.textkit.bench.TranslatorSpeed DATA_DIR [steps=200] [warmup=5]
 * </pre>
 */
public final class TranslatorSpeed {
    private TranslatorSpeed() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
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
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
