package io.textkit.tokenize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A {@link Tokenizer} over any Lucene {@link Analyzer}: the terms the analyzer emits are the
 * tokens. Thread-safe because {@code Analyzer} keeps one analysis chain per thread and reuses it
 * across calls (its default reuse strategy), so a shared instance costs no per-call set-up.
 */
public final class AnalyzerTokenizer implements Tokenizer {
    /** Field name handed to the analyzer; ours do not vary by field. */
    private static final String FIELD = "text";

    private final Analyzer analyzer;
    private final boolean nfkc;

    /**
     * @param analyzer the analysis chain; owned by the caller, who closes it when done
     * @param nfkc     NFKC-normalise the text before analysis
     */
    public AnalyzerTokenizer(Analyzer analyzer, boolean nfkc) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.nfkc = nfkc;
    }

    @Override
    public void tokenize(CharSequence text, Consumer<String> sink) {
        String input = (nfkc ? Nfkc.normalize(text) : text).toString();
        // Lucene's consumer contract: reset, increment until false, end, close.
        try (TokenStream stream = analyzer.tokenStream(FIELD, input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysis reads from a String, so this does not happen in practice.
            throw new UncheckedIOException("could not analyse text", e);
        }
    }
}
