package io.textkit.app;

import io.textkit.seq2seq.lm.LanguageModel;
import io.textkit.seq2seq.lm.LanguageModelFile;
import io.textkit.seq2seq.lm.Perplexity;
import io.textkit.seq2seq.lm.TokenStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textkit lm perplexity}: how well a language model predicts a text, word by word. */
@Command(name = "perplexity", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print a language model's perplexity on a text (lower is better).")
final class LmPerplexityCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A language model file.")
    Path model;

    @Option(names = "--text", required = true, paramLabel = "FILE", description = "The text, one sentence a line.")
    Path text;

    @Override
    public Integer call() throws Exception {
        LanguageModel lm = LanguageModelFile.load(model);
        int[] ids = TokenStream.read(text, lm.vocabulary());
        Perplexity.Result result = Perplexity.of(lm, ids, Perplexity.EVALUATION_BATCH, lm.config().bptt());
        out().printf(Locale.ROOT, "perplexity %.2f (cross-entropy %.4f nats) over %,d predicted words%n",
                result.perplexity(), result.crossEntropy(), result.tokens());
        return 0;
    }
}
