package io.textkit.app;

import io.textkit.app.translate.Decoding;
import io.textkit.app.translate.SentenceTranslator;
import io.textkit.app.translate.TestSetScore;
import io.textkit.corpora.SentencePair;
import io.textkit.seq2seq.ParallelFiles;
import io.textkit.seq2seq.Translator;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code textkit translate eval}: translates a test set and prints its corpus BLEU and chrF as
 * sacrebleu computes them by default, so the numbers compare with published ones. Optionally keeps
 * the translations, written all-or-none like every output.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Translate a test set and print its BLEU and chrF (sacrebleu's defaults: 13a tokens, chrF2).")
final class TranslateEvalCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A translator model file.")
    Path model;

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "Sentences to translate, one a line.")
    Path source;

    @Option(names = "--reference", required = true, paramLabel = "FILE",
            description = "Their reference translations, line n for line n of --source.")
    Path reference;

    @Option(names = "--translations", paramLabel = "FILE", description = "Also write the translations, one a line.")
    Path translations;

    @Mixin
    DecodingOptions decodingOptions;

    @Override
    public Integer call() throws Exception {
        Decoding decoding = decodingOptions.decoding();
        if (decoding.nbest() > 1) {
            throw CommandOptions.invalid(spec, "--nbest", "is for translate repl and serve; eval scores the best"
                    + " translation of each sentence");
        }
        return Interruption.run(err(), stop -> {
            try (OutputFiles outputs = new OutputFiles().input("--model", model).input("--source", source)
                    .input("--reference", reference).output("--translations", translations)) {
                outputs.check();
                Translator translator = Translator.load(model);
                List<String> sources = new ArrayList<>();
                List<String> references = new ArrayList<>();
                try (Stream<SentencePair> pairs = ParallelFiles.aligned(source, reference).stream()) {
                    pairs.forEach(pair -> {
                        stop.check();
                        sources.add(pair.source());
                        references.add(pair.target());
                    });
                }
                stop.enter(Interruption.Phase.TRAINING);
                long start = System.nanoTime();
                TestSetScore score = TestSetScore.of(new SentenceTranslator(translator), sources, references, decoding,
                        done -> err().printf(Locale.ROOT, "\rtranslated %,d / %,d", done, sources.size()).flush(),
                        stop::requested);
                double seconds = (System.nanoTime() - start) / 1e9;
                err().println();
                if (translations != null) {
                    stop.enter(Interruption.Phase.WRITING);
                    try (BufferedWriter w = Files.newBufferedWriter(outputs.temporary("--translations"),
                            StandardCharsets.UTF_8)) {
                        for (String line : score.translations()) {
                            w.write(line);
                            w.write('\n');
                        }
                    }
                    if (!stop.beginCommit()) {
                        return 130;
                    }
                    outputs.commit();
                }
                out().println(score.bleu());
                out().printf(Locale.ROOT, "chrF2 = %.2f%n", score.chrf());
                out().printf(Locale.ROOT, "%,d sentences, %s, %.1f s (%.1f sentences/s)%n", sources.size(),
                        decoding.describe(), seconds, sources.size() / seconds);
                return 0;
            }
        });
    }
}
