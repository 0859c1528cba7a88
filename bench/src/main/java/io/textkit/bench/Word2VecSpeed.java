package io.textkit.bench;

import io.textkit.core.config.Configs;
import io.textkit.embed.EncodedCorpus;
import io.textkit.embed.TextSource;
import io.textkit.embed.Word2VecConfig;
import io.textkit.embed.Word2VecModel;
import io.textkit.embed.Word2VecTrainer;
import io.textkit.tokenize.Vocabulary;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A quick wall-clock harness for the word2vec trainer, no JMH (one run takes tens of seconds, so
 * timer overhead and warm-up are negligible next to machine noise; repeat and take medians).
 * Counts and encodes the corpus once, then trains each variant {@code repeats} times and prints
 * seconds and words/s/thread (raw corpus words, before subsampling, as the C tool reports), and
 * words per CPU-second of the process, which other programs on a shared machine disturb less.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... io.textkit.bench.Word2VecSpeed \
 *     CORPUS [epochs=1] [threads=2] [repeats=3] [variants=sg-ns,sg-hs,cbow-ns,cbow-hs] [questions=FILE]
 * </pre>
 * With {@code questions}, each trained model is also scored on the analogy set (30k most frequent words).
 *
 * <p>Its measurements are in bench/results/word2vec.md ("Design measurements").
 */
public final class Word2VecSpeed {
    private Word2VecSpeed() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int epochs = 1;
        int threads = 2;
        int repeats = 3;
        String variants = "sg-ns,sg-hs,cbow-ns,cbow-hs";
        Path questions = null;
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            switch (kv[0]) {
                case "epochs" -> epochs = Integer.parseInt(kv[1]);
                case "threads" -> threads = Integer.parseInt(kv[1]);
                case "repeats" -> repeats = Integer.parseInt(kv[1]);
                case "variants" -> variants = kv[1];
                case "questions" -> questions = Path.of(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        var base = Configs.with(Word2VecConfig.defaults(false), Map.of("epochs", epochs, "threads", threads));
        TextSource source = TextSource.of(corpus);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        Vocabulary vocabulary = new Word2VecTrainer(base).buildVocabulary(source);
        long t1 = System.nanoTime();
        EncodedCorpus encoded = EncodedCorpus.encode(source, vocabulary, base.maxSentenceLength());
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "vocabulary %,d words in %.1f s; encoded %,d words, %,d sentences in %.1f s%n",
                vocabulary.size(), (t1 - t0) / 1e9, encoded.words(), encoded.sentences(), (t2 - t1) / 1e9);
        for (String variant : variants.split(",")) {
            boolean cbow = variant.startsWith("cbow");
            boolean hs = variant.endsWith("hs");
            var config = Configs.with(Word2VecConfig.defaults(cbow),
                    Map.of("epochs", epochs, "threads", threads, "hs", hs, "negative", hs ? 0 : 5));
            for (int r = 0; r < repeats; r++) {
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                Word2VecModel model = new Word2VecTrainer(config).showProgress(false).train(encoded);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
                double words = (double) encoded.words() * epochs;
                System.out.printf(Locale.ROOT, "%-8s run %d: %6.1f s  %,9.0f words/s/thread  (cpu %5.1f s, %,9.0f words/cpu-s)%s%n",
                        variant, r + 1, seconds, words / seconds / threads, cpuSeconds, words / cpuSeconds,
                        questions == null ? ""
                                : "  analogies " + Analogies.evaluate(questions, model.words(), model.input(), 30_000));
            }
        }
    }
}
