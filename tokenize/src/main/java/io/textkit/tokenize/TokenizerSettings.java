package io.textkit.tokenize;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.core.config.WhenAbsent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which tokenizer to build, as plain data a model file carries in its metadata, e.g.
 * {@code {"kind":"english","lowercase":true,"stopwords":false,"stemmer":"porter","nfkc":false}}.
 *
 * <p>Read, written and changed by {@link Configs} like every config. Missing fields take the
 * defaults of {@link #of(Kind)}; unknown fields, unknown kinds and options that do not apply to
 * the kind (stop words or a stemmer for {@code whitespace} and
 * {@code characters}; for {@code chinese}, whose segmenter always lower-cases, {@code lowercase}
 * false or the {@code english} stemmer) are refused rather than silently ignored.
 *
 * @param kind      which tokenizer
 * @param lowercase lower-case tokens
 * @param stopwords drop stop words: Lucene's English set for {@code english}, SmartChineseAnalyzer's
 *                  set (punctuation) for {@code chinese}
 * @param stemmer   {@code none}, {@code porter}, or {@code english} (possessive removal + Porter, as
 *                  Lucene's {@code EnglishAnalyzer})
 * @param nfkc      NFKC-normalise text before tokenizing
 */
@JsonPropertyOrder({"kind", "lowercase", "stopwords", "stemmer", "nfkc"})
public record TokenizerSettings(Kind kind, @WhenAbsent("true") boolean lowercase,
        @WhenAbsent("false") boolean stopwords, @WhenAbsent("none") Stemmer stemmer, @WhenAbsent("false") boolean nfkc) {

    /** The tokenizer families. */
    public enum Kind {
        /** Lucene {@code StandardTokenizer} (Unicode word boundaries) and English filters. */
        ENGLISH,
        /** Lucene SmartChineseAnalyzer word segmentation. */
        CHINESE,
        /** Split on white space only; for pre-tokenised corpora. */
        WHITESPACE,
        /** One token per CJK character, words for runs of other letters and digits. */
        CHARACTERS;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Kind of(String label) {
            return parse(Kind.class, "tokenizer kind", label);
        }
    }

    /** Stemming for {@code english} (and Latin words in {@code chinese}). */
    public enum Stemmer {
        NONE,
        PORTER,
        /** Possessive {@code 's} removed, then Porter: Lucene {@code EnglishAnalyzer}'s chain. */
        ENGLISH;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Stemmer of(String label) {
            return parse(Stemmer.class, "stemmer", label);
        }
    }

    public TokenizerSettings {
        Objects.requireNonNull(kind, "tokenizer kind");
        Objects.requireNonNull(stemmer, "stemmer");
        boolean lexical = kind == Kind.ENGLISH || kind == Kind.CHINESE;
        if (!lexical && stopwords) {
            throw new IllegalArgumentException("tokenizer kind '" + kind.label() + "' has no stop words; set stopwords to false");
        }
        if (!lexical && stemmer != Stemmer.NONE) {
            throw new IllegalArgumentException("tokenizer kind '" + kind.label() + "' does not stem; set stemmer to 'none'");
        }
        if (kind == Kind.CHINESE && !lowercase) {
            throw new IllegalArgumentException("tokenizer kind 'chinese' always lower-cases (SmartChineseAnalyzer's segmenter does); set lowercase to true");
        }
        if (kind == Kind.CHINESE && stemmer == Stemmer.ENGLISH) {
            throw new IllegalArgumentException("tokenizer kind 'chinese' supports stemmer 'none' or 'porter', not 'english'");
        }
    }

    /** The defaults for {@code kind}: lower case on, no stop words, no stemming, no NFKC. */
    public static TokenizerSettings of(Kind kind) {
        return new TokenizerSettings(kind, true, false, Stemmer.NONE, false);
    }

    /** {@link #of(Kind)} by name: {@code english}, {@code chinese}, {@code whitespace} or {@code characters}. */
    public static TokenizerSettings of(String kind) {
        return of(Kind.of(kind));
    }

    /** A new tokenizer with these settings; share it between threads rather than make many. */
    public Tokenizer create() {
        return switch (kind) {
            case ENGLISH -> new AnalyzerTokenizer(new EnglishChain(lowercase, stopwords, stemmer), nfkc);
            case CHINESE -> new AnalyzerTokenizer(new ChineseChain(stopwords, stemmer == Stemmer.PORTER), nfkc);
            case WHITESPACE -> new WhitespaceTokenizer(lowercase, nfkc);
            case CHARACTERS -> new CharacterTokenizer(lowercase, nfkc);
        };
    }

    /** The JSON form, for a model file's metadata. */
    public ObjectNode toJson() {
        return Configs.toJson(this);
    }

    /**
     * Reads the JSON form.
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static TokenizerSettings fromJson(JsonNode node) {
        Objects.requireNonNull(node, "tokenizer settings JSON");
        return Configs.fromJson(TokenizerSettings.class, node);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String what, String label) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        String known = Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + label + "'; expected one of " + known);
    }
}
