package io.textkit.seq2seq.decode;

import java.util.Arrays;

/**
 * The tokens one hypothesis may not take next: the start token, and from {@link DecodeLimits} the end token before the
 * minimum length, everything but the end token at the maximum length, and the tokens that would
 * repeat an n-gram. One instance is reused for every row of every step: {@link #prepare} marks the
 * banned tokens, {@link #allowed} reads them, {@link #clear} unmarks them.
 */
final class TokenBans {
    private final DecodeLimits limits;
    private final int eos;
    private final int bos;
    private final boolean[] banned;
    private int[] bannedList = new int[16];
    private int bannedCount;
    private int[] history = new int[64];
    private boolean forceEos;

    TokenBans(DecodeLimits limits, int vocabularySize, int bos, int eos) {
        this.limits = limits;
        this.bos = bos;
        this.eos = eos;
        this.banned = new boolean[vocabularySize];
    }

    /**
     * Marks the tokens banned after the hypothesis ending at {@code entry} of {@code trace}.
     *
     * @param generated the hypothesis's length in tokens
     * @param maxLength the sentence's maximum length ({@link DecodeLimits#maxLengthFor})
     */
    void prepare(Trace trace, int entry, int generated, int maxLength) {
        forceEos = generated >= maxLength;
        if (forceEos) {
            return;
        }
        // The start token only ever starts a hypothesis (unless a model ends with it too).
        if (bos != eos) {
            ban(bos);
        }
        if (generated < limits.minLength()) {
            ban(eos);
        }
        int n = limits.noRepeatNgramSize();
        if (n > 0 && generated >= n - 1) {
            if (history.length < generated) {
                history = new int[Math.max(generated, history.length * 2)];
            }
            trace.tokens(entry, history);
            // The last n-1 tokens followed by w would repeat the n-gram starting at i when the
            // n-1 tokens from i match them; w is then the token that followed them at i + n - 1.
            int suffix = generated - (n - 1);
            for (int i = 0; i + n - 1 < generated; i++) {
                boolean same = true;
                for (int j = 0; j < n - 1 && same; j++) {
                    same = history[i + j] == history[suffix + j];
                }
                if (same) {
                    ban(history[i + n - 1]);
                }
            }
        }
    }

    /** Whether only the end token may follow. */
    boolean forceEos() {
        return forceEos;
    }

    /** Whether {@code token} may follow (always false but for the end token when {@link #forceEos}). */
    boolean allowed(int token) {
        return forceEos ? token == eos : !banned[token];
    }

    /** Unmarks what {@link #prepare} marked. */
    void clear() {
        for (int i = 0; i < bannedCount; i++) {
            banned[bannedList[i]] = false;
        }
        bannedCount = 0;
        forceEos = false;
    }

    private void ban(int token) {
        if (banned[token]) {
            return;
        }
        banned[token] = true;
        if (bannedCount == bannedList.length) {
            bannedList = Arrays.copyOf(bannedList, bannedCount * 2);
        }
        bannedList[bannedCount++] = token;
    }
}
