package io.textkit.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A subword vocabulary: turns text into ids of pieces smaller than words, and back, so a model
 * gets a small closed vocabulary that still spells every word of its training text. Implemented by
 * {@link BpeVocabulary} and {@link WordPieceVocabulary}; a model holds either through this
 * interface and carries it in its model file with {@link #toJson} and {@link #fromJson}.
 *
 * <p>Text is first normalised ({@link SubwordText#normalize}); for every text whose characters
 * the vocabulary knows (and, for WordPiece, whose words are not too long),
 * {@code decode(encode(text)).equals(normalize(text))}. Implementations are immutable apart from
 * an internal cache and safe to share between threads.
 */
public interface SubwordVocabulary {
    /** The ids of the normalised text's pieces; never a special token's id except {@link #unkId()}. */
    int[] encode(String text);

    /** The pieces {@link #encode} gives, as strings. */
    default List<String> encodeToStrings(String text) {
        int[] ids = encode(text);
        String[] tokens = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            tokens[i] = token(ids[i]);
        }
        return List.of(tokens);
    }

    /**
     * The text the ids spell: pieces joined, words separated by one space. Padding, begin, end
     * and other special tokens are skipped; {@link #unkId()} is written as the unknown token.
     *
     * @throws IllegalArgumentException for an id outside {@code 0 .. size()-1}
     */
    String decode(int[] ids);

    /** The text {@link #decode} gives back for {@code text}: {@link SubwordText#normalize}. */
    default String normalize(String text) {
        return SubwordText.normalize(text);
    }

    /** Number of ids, specials included. */
    int size();

    /** The token's id, or -1 when it is not in the vocabulary. */
    int id(String token);

    /** The token with this id. */
    String token(int id);

    /** The reserved tokens, each of which has an id. */
    SpecialTokens specials();

    /** The id of the padding token, which decoding skips. */
    default int padId() {
        return id(specials().pad());
    }

    /** The id that stands for what the vocabulary cannot spell. */
    default int unkId() {
        return id(specials().unk());
    }

    /** The id a decoder starts from, which decoding skips. */
    default int bosId() {
        return id(specials().bos());
    }

    /** The id that ends a sequence, which decoding skips. */
    default int eosId() {
        return id(specials().eos());
    }

    /** The whole vocabulary as JSON for a model file's header; read back with {@link #fromJson}. */
    ObjectNode toJson();

    /**
     * Reads a vocabulary written by {@link BpeVocabulary#toJson} or
     * {@link WordPieceVocabulary#toJson}, choosing by its {@code format} field.
     *
     * @throws IllegalArgumentException naming the field or entry that is wrong
     */
    static SubwordVocabulary fromJson(JsonNode node) {
        Objects.requireNonNull(node, "subword vocabulary JSON");
        String format = node.path("format").asText("");
        return switch (format) {
            case BpeVocabulary.FORMAT -> BpeVocabulary.fromJson(node);
            case WordPieceVocabulary.FORMAT -> WordPieceVocabulary.fromJson(node);
            default -> throw new IllegalArgumentException("subword vocabulary JSON: field 'format' must be '"
                    + BpeVocabulary.FORMAT + "' or '" + WordPieceVocabulary.FORMAT + "', got " + node.get("format"));
        };
    }
}
