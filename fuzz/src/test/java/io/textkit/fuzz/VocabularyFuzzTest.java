package io.textkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Fuzzes the vocabulary file reader: any file must load or be refused with an IOException naming
 * the file (and, for a bad line, the line), and a vocabulary that loads must be saved and loaded
 * back with the same words and counts in the same order.
 */
class VocabularyFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void loadVocabulary(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            Vocabulary vocabulary = Vocabulary.load(Scratch.file("vocab.txt", bytes));
            Path copy = Scratch.file("copy.txt", new byte[0]);
            vocabulary.save(copy);
            Vocabulary back = Vocabulary.load(copy);
            assertEquals(vocabulary.words(), back.words());
            for (int id = 0; id < vocabulary.size(); id++) {
                assertEquals(vocabulary.count(id), back.count(id));
            }
        }, "vocab.txt", IOException.class);
    }
}
