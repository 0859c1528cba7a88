package io.textkit.seq2seq.lm;

import io.textkit.core.config.Configs;
import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small vocabularies, configs and texts shared by the language-model tests. */
final class Fixtures {
    private Fixtures() {}

    /** {@code <unk>}, {@code </s>}, then {@code words} in the order given (decreasing counts). */
    static Vocabulary vocabulary(String... words) {
        Vocabulary.Counter counter = Vocabulary.counter();
        for (int i = 0; i < words.length; i++) {
            counter.add(words[i], words.length - i);
        }
        return counter.build(1, 0, TokenStream.SPECIALS);
    }

    /** The defaults with the given fields changed, e.g. {@code "dim", 4}. */
    static LanguageModelConfig config(Object... fieldsAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return Configs.with(LanguageModelConfig.defaults(), fields);
    }

    /** {@code times} copies of {@code line}. */
    static List<String> repeat(String line, int times) {
        List<String> lines = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            lines.add(line);
        }
        return lines;
    }
}
