package io.textkit.embed;

import io.textkit.tokenize.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A {@link TextSource} that runs each line of another through a {@link Tokenizer} and hands the
 * trainer the tokens joined by single spaces, one line at a time: training on raw text with a
 * Lucene analyzer (lowercasing, punctuation removed, optional stemming) without a tokenised copy
 * of the corpus on disk.
 */
public final class TokenizedText {
    private TokenizedText() {}

    /** {@code source}'s lines, tokenised by {@code tokenizer}. */
    public static TextSource of(TextSource source, Tokenizer tokenizer) {
        return () -> new BufferedReader(new LineTokenizingReader(source.open(), tokenizer), 1 << 16);
    }

    /** Reads a line, tokenises it, serves the joined tokens and a newline, and repeats. */
    private static final class LineTokenizingReader extends Reader {
        private final BufferedReader in;
        private final Tokenizer tokenizer;
        private final StringBuilder line = new StringBuilder();
        private int served;

        LineTokenizingReader(BufferedReader in, Tokenizer tokenizer) {
            this.in = in;
            this.tokenizer = tokenizer;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (served == line.length()) {
                String raw = in.readLine();
                if (raw == null) {
                    return -1;
                }
                line.setLength(0);
                served = 0;
                tokenizer.tokenize(raw, token -> line.append(line.isEmpty() ? "" : " ").append(token));
                line.append('\n');
            }
            int n = Math.min(length, line.length() - served);
            line.getChars(served, served + n, buffer, offset);
            served += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
