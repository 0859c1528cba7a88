package io.textkit.app;

import io.textkit.corpora.AnalogyQuestion;
import io.textkit.corpora.AnalogyQuestions;
import io.textkit.corpora.SimilarityPair;
import io.textkit.corpora.SimilarityPairs;
import io.textkit.embed.AnalogyEvaluation;
import io.textkit.embed.AnalogyResult;
import io.textkit.embed.SimilarityEvaluation;
import io.textkit.embed.SimilarityResult;
import io.textkit.embed.WordVectors;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code textkit embed eval}: analogy accuracy and similarity correlation, scored as gensim does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score word vectors on a word-analogy set (': section' headers, then 4 words a line; "
            + "e.g. questions-words.txt) and on word-similarity sets (w1 w2 score).",
            "Analogies: 3CosAdd over the most frequent words, case-insensitive, questions with unknown words skipped "
                + "and counted. Similarity: Spearman correlation over the pairs whose words are known."})
final class EmbedEvalCommand extends CommandOutput implements Callable<Integer> {
    @Mixin
    VectorsOption vectors;

    @Option(names = {"-analogies", "--analogies"}, paramLabel = "FILE", description = "Word-analogy questions.")
    Path analogies;

    @Option(names = {"-similarity", "--similarity"}, paramLabel = "FILE", description = "Word-similarity pairs; repeatable.")
    List<Path> similarity = List.of();

    @Option(names = {"-restrict", "--restrict"}, defaultValue = "30000",
            description = "Search analogy answers among this many most frequent words (as gensim). Default: ${DEFAULT-VALUE}.")
    int restrict;

    @Option(names = {"-quiet", "--quiet"}, description = "Only the summary lines, no per-section table.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (analogies == null && similarity.isEmpty()) {
            throw new IllegalArgumentException("give -analogies FILE and/or -similarity FILE");
        }
        CommandOptions.positive(spec, "-restrict", restrict);
        WordVectors loaded = vectors.load();
        if (analogies != null) {
            List<AnalogyQuestion> questions;
            try (Stream<AnalogyQuestion> stream = AnalogyQuestions.read(analogies).stream()) {
                questions = stream.toList();
            }
            AnalogyResult result = AnalogyEvaluation.evaluate(loaded, questions, restrict, true);
            if (!quiet) {
                out().print(result.table());
            }
            out().printf(Locale.ROOT, "analogy overall: %.2f%% (%d of %d answered questions; %d of %d skipped "
                    + "for unknown words)%n", 100 * result.overall().accuracy(), result.overall().correct(),
                    result.overall().total(), result.skipped(), result.questions());
        }
        for (Path file : similarity) {
            List<SimilarityPair> pairs;
            try (Stream<SimilarityPair> stream = SimilarityPairs.read(file).stream()) {
                pairs = stream.toList();
            }
            SimilarityResult result = SimilarityEvaluation.evaluate(loaded, pairs);
            out().printf(Locale.ROOT, "similarity %s: Spearman %.4f, Pearson %.4f over %d pairs (%d skipped "
                    + "for unknown words)%n", file.getFileName(), result.spearman(), result.pearson(), result.pairs(),
                    result.skipped());
        }
        return 0;
    }
}
