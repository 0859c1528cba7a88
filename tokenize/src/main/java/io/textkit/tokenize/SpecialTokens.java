package io.textkit.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The reserved tokens of a subword vocabulary: padding, unknown, begin and end of sequence, and
 * any others a model needs (BERT's {@code [MASK]}). A learned vocabulary gives them the first ids
 * in the order of {@link #all()}; a loaded one finds them by name wherever its file puts them.
 * Encoding never produces them from text (the text {@code "<s>"} is encoded as ordinary pieces).
 */
public record SpecialTokens(String pad, String unk, String bos, String eos, List<String> others) {
    /** sentencepiece's and fairseq's tokens: {@code <pad> <unk> <s> </s>}. */
    public static final SpecialTokens SENTENCEPIECE =
            new SpecialTokens(Vocabulary.PAD, Vocabulary.UNK, Vocabulary.BOS, Vocabulary.EOS, List.of());
    /** BERT's tokens, {@code [CLS]} beginning and {@code [SEP]} ending a sequence. */
    public static final SpecialTokens BERT =
            new SpecialTokens("[PAD]", "[UNK]", Vocabulary.CLS, Vocabulary.SEP, List.of(Vocabulary.MASK));

    /** Checks that every token is non-empty, free of whitespace and listed once. */
    public SpecialTokens {
        others = List.copyOf(Objects.requireNonNull(others, "others"));
        List<String> all = new ArrayList<>(List.of(
                Objects.requireNonNull(pad, "pad"), Objects.requireNonNull(unk, "unk"),
                Objects.requireNonNull(bos, "bos"), Objects.requireNonNull(eos, "eos")));
        all.addAll(others);
        HashSet<String> seen = new HashSet<>();
        for (String token : all) {
            if (token.isEmpty() || !SubwordText.normalize(token).equals(token) || token.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("special token '" + token
                        + "' must be non-empty, without whitespace and unchanged by normalisation");
            }
            if (!seen.add(token)) {
                throw new IllegalArgumentException("special token '" + token + "' is listed twice");
            }
        }
    }

    /** pad, unk, bos, eos, then the others: the id order of a learned vocabulary. */
    public List<String> all() {
        List<String> all = new ArrayList<>(List.of(pad, unk, bos, eos));
        all.addAll(others);
        return all;
    }

    /** {@code {"pad":..., "unk":..., "bos":..., "eos":..., "others":[...]}}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("pad", pad).put("unk", unk).put("bos", bos).put("eos", eos);
        others.forEach(node.putArray("others")::add);
        return node;
    }

    /**
     * Reads what {@link #toJson} wrote.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static SpecialTokens fromJson(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": 'specials' must be an object with pad, unk, bos, eos and others");
        }
        JsonNode others = node.get("others");
        if (others == null || !others.isArray()) {
            throw new IllegalArgumentException(where + ": 'specials.others' must be an array of strings");
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            if (!others.get(i).isTextual()) {
                throw new IllegalArgumentException(where + ": 'specials.others[" + i + "]' must be a string");
            }
            list.add(others.get(i).textValue());
        }
        try {
            return new SpecialTokens(text(node, "pad", where), text(node, "unk", where), text(node, "bos", where),
                    text(node, "eos", where), list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + ": 'specials." + field + "' must be a string");
        }
        return value.textValue();
    }
}
