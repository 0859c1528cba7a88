package io.textkit.seq2seq.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * fairseq's {@code --replace-unk}: each unknown token of a translation is replaced by the source
 * token the model attended to most when producing it (a name or a number the vocabulary lacks is
 * usually copied through unchanged).
 */
public final class UnkReplacement {
    private UnkReplacement() {}

    /**
     * The target tokens with every {@code unk} replaced by its aligned source token.
     *
     * @param target the translation's tokens; read only
     * @param alignment for each target token, its most attended source position
     *     ({@link Hypothesis#alignment()}); at least as long as {@code target}
     * @param source the source sentence's tokens
     * @param unk the unknown token's spelling, such as {@code <unk>}
     * @throws IllegalArgumentException if an alignment is missing or points outside the source
     */
    public static List<String> replace(List<String> target, int[] alignment, List<String> source, String unk) {
        if (alignment == null || alignment.length < target.size()) {
            throw new IllegalArgumentException("unk replacement needs an alignment for each of the "
                    + target.size() + " target tokens; the model gives no attention or too little");
        }
        List<String> out = new ArrayList<>(target.size());
        for (int i = 0; i < target.size(); i++) {
            String token = target.get(i);
            if (token.equals(unk)) {
                int j = alignment[i];
                if (j < 0 || j >= source.size()) {
                    throw new IllegalArgumentException("target token " + i + " is aligned to source position " + j
                            + ", outside the " + source.size() + "-token source");
                }
                token = source.get(j);
            }
            out.add(token);
        }
        return out;
    }
}
