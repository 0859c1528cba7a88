package io.textkit.seq2seq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one side of a translator turns text into token ids and back: the only thing the model knows
 * about tokenisation. Word-level vocabularies implement it now ({@link WordVocabulary}); subword
 * ones (BPE, WordPiece) plug in behind the same four operations.
 *
 * <p>{@link #encode} gives the sentence's tokens only; the translator adds {@link #bos()} and
 * {@link #eos()} where it needs them. Implementations are immutable and safe to share between
 * threads.
 */
public interface TokenVocabulary {

    /** The ids of {@code text}'s tokens, unknown ones as {@link #unk()}; no specials are added. */
    int[] encode(String text);

    /** The text of {@code ids}, leaving out {@link #pad()}, {@link #bos()} and {@link #eos()}. */
    String decode(int[] ids);

    /** Number of ids: every id is in {@code [0, size())}. */
    int size();

    /** Id that fills a batch row after its sentence ends. */
    int pad();

    /** Id of tokens the vocabulary does not hold. */
    int unk();

    /** Id that starts a target sentence. */
    int bos();

    /** Id that ends a sentence. */
    int eos();

    /** The vocabulary as JSON for a model file, with a {@code "type"} field that {@link #fromJson} dispatches on. */
    ObjectNode toJson();

    /**
     * Reads what {@link #toJson} wrote.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    static TokenVocabulary fromJson(JsonNode json) {
        String type = json == null ? null : json.path("type").asText(null);
        if (WordVocabulary.TYPE.equals(type)) {
            return WordVocabulary.fromJson(json);
        }
        throw new IllegalArgumentException("token vocabulary: unknown 'type' " + (json == null ? null : json.get("type"))
                + "; this textkit reads '" + WordVocabulary.TYPE + "'");
    }
}
