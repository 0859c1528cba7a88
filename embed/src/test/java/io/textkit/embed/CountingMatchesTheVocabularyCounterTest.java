package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.config.Configs;
import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trainer counts in a {@link WordTable} and hands only the kept words to the vocabulary's
 * counter; the vocabulary must be the one the counter builds from every token of the stream: same
 * words, same ids (ties by first occurrence), same counts. Zipf-like random text with many ties,
 * enough distinct words to make the table rehash, and assorted whitespace.
 */
class CountingMatchesTheVocabularyCounterTest {
    @Test
    void sameWordsIdsAndCounts() throws Exception {
        var random = new Random(7);
        String[] spaces = {" ", "  ", "\t", "\u2003"};
        List<String> lines = new ArrayList<>();
        Vocabulary.Counter counter = Vocabulary.counter();
        for (int l = 0; l < 3000; l++) {
            var line = new StringBuilder(spaces[random.nextInt(spaces.length)]);
            for (int t = random.nextInt(12); t > 0; t--) {
                String word = "w" + (int) Math.exp(random.nextDouble() * 9) + (random.nextInt(50) == 0 ? "ж" : "");
                counter.add(word);
                line.append(word).append(spaces[random.nextInt(spaces.length)]);
            }
            lines.add(line.toString());
        }
        for (int minCount : new int[] {1, 3, 20}) {
            var config = Configs.with(Word2VecConfig.defaults(true), "minCount", minCount);
            Vocabulary built = new Word2VecTrainer(config).buildVocabulary(TextSource.ofLines(lines));
            Vocabulary expected = counter.build(minCount, 0, List.of());
            assertEquals(expected.words(), built.words(), "minCount " + minCount);
            for (int id = 0; id < expected.size(); id++) {
                assertEquals(expected.count(id), built.count(id), expected.word(id));
            }
        }
    }
}
