package io.textkit.seq2seq;

import io.textkit.corpora.SentencePair;
import java.util.ArrayList;
import java.util.List;

/**
 * A training pair as token ids, without specials.
 *
 * @param source the source sentence's ids
 * @param target the target sentence's ids
 */
public record TokenPair(int[] source, int[] target) {

    /**
     * Encodes {@code pairs} with each side's vocabulary, leaving out pairs with a side longer than
     * {@code maxLength} tokens ({@code 0} keeps all).
     */
    public static List<TokenPair> encode(Iterable<SentencePair> pairs, TokenVocabulary source, TokenVocabulary target,
            int maxLength) {
        List<TokenPair> out = new ArrayList<>();
        for (SentencePair pair : pairs) {
            int[] s = source.encode(pair.source());
            int[] t = target.encode(pair.target());
            if (maxLength == 0 || (s.length <= maxLength && t.length <= maxLength)) {
                out.add(new TokenPair(s, t));
            }
        }
        return out;
    }
}
