package io.textkit.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns text into tokens. Implementations are thread-safe: one instance can be shared by all the
 * threads of a training run (Lucene-based ones keep per-thread analysis chains through the
 * {@code Analyzer}'s reuse strategy; the others keep no state).
 *
 * <p>Build one from plain data with {@link TokenizerSettings#create()}.
 */
public interface Tokenizer {

    /**
     * Streams the tokens of {@code text} to {@code sink} in order, without building a list: the
     * form for hot loops, e.g. {@code tokenizer.tokenize(line, counter::add)}.
     */
    void tokenize(CharSequence text, Consumer<String> sink);

    /** The tokens of {@code text} in order. */
    default List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        tokenize(text, tokens::add);
        return tokens;
    }
}
