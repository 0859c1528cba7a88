package io.textkit.seq2seq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.tokenize.Vocabulary;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A word-level {@link TokenVocabulary}: tokens are the text's whitespace-separated words, as in
 * pre-tokenised corpora (Multi30k's {@code tok/} files), mapped through a {@link Vocabulary} whose
 * first four ids are {@code <pad>}, {@code <unk>}, {@code <s>} and {@code </s>}. Decoding joins the
 * words with single spaces, so {@code decode(encode(t))} is {@code t} with its whitespace normalised
 * wherever every word is known.
 */
public final class WordVocabulary implements TokenVocabulary {
    /** The {@code "type"} of this vocabulary's JSON. */
    public static final String TYPE = "words";

    private static final List<String> SPECIALS = List.of(Vocabulary.PAD, Vocabulary.UNK, Vocabulary.BOS, Vocabulary.EOS);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Vocabulary vocabulary;

    private WordVocabulary(Vocabulary vocabulary) {
        List<String> specials = vocabulary.specials();
        if (!specials.equals(SPECIALS)) {
            throw new IllegalArgumentException("a word vocabulary for translation must start with the specials " + SPECIALS
                    + ", this one has " + specials);
        }
        this.vocabulary = vocabulary;
    }

    /** Wraps {@code vocabulary}, which must have been built with {@link #specials()} first. */
    public static WordVocabulary of(Vocabulary vocabulary) {
        return new WordVocabulary(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /** The specials every word vocabulary for translation starts with, in id order. */
    public static List<String> specials() {
        return SPECIALS;
    }

    /**
     * Builds the vocabulary of {@code texts}: every word seen at least {@code minCount} times, most
     * frequent first; rarer words will encode as {@code <unk>}.
     */
    public static WordVocabulary build(Iterable<String> texts, int minCount) {
        Vocabulary.Counter counter = Vocabulary.counter();
        for (String text : texts) {
            for (String word : words(text)) {
                counter.add(word);
            }
        }
        return new WordVocabulary(counter.build(minCount, 0, SPECIALS));
    }

    private static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[0] : WHITESPACE.split(stripped);
    }

    @Override
    public int[] encode(String text) {
        String[] words = words(text);
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = vocabulary.id(words[i], unk());
        }
        return ids;
    }

    @Override
    public String decode(int[] ids) {
        StringJoiner text = new StringJoiner(" ");
        for (int id : ids) {
            if (id != pad() && id != bos() && id != eos()) {
                text.add(vocabulary.word(id));
            }
        }
        return text.toString();
    }

    @Override
    public int size() {
        return vocabulary.size();
    }

    @Override
    public int pad() {
        return 0;
    }

    @Override
    public int unk() {
        return 1;
    }

    @Override
    public int bos() {
        return 2;
    }

    @Override
    public int eos() {
        return 3;
    }

    /** The word list underneath. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", TYPE);
        json.set("vocabulary", vocabulary.toJson());
        return json;
    }

    /** Reads what {@link #toJson} wrote. */
    static WordVocabulary fromJson(JsonNode json) {
        JsonNode words = json.get("vocabulary");
        if (words == null) {
            throw new IllegalArgumentException("word vocabulary JSON lacks the field 'vocabulary'");
        }
        return new WordVocabulary(Vocabulary.fromJson(words));
    }
}
