package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads sharing one vocabulary (and its word cache) get the ids one thread gets. */
class SubwordEncodingAcrossThreadsTest {
    @Test
    void threadsEncodingTogetherGetTheSameIds() throws Exception {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                for (int c = 0; c < 2 + random.nextInt(9); c++) {
                    line.append((char) ('a' + random.nextInt(random.nextBoolean() ? 5 : 26)));
                }
                line.append(' ');
            }
            lines.add(line.toString());
        }
        List<SubwordVocabulary> vocabularies = List.of(
                BpeVocabulary.learn(lines.subList(0, 1000).iterator(), SubwordSettings.of(300)),
                WordPieceVocabulary.learn(lines.subList(0, 1000).iterator(), new SubwordSettings(300, 2, SpecialTokens.BERT), 100));
        for (SubwordVocabulary trained : vocabularies) {
            SubwordVocabulary reference = SubwordVocabulary.fromJson(trained.toJson());
            List<int[]> expected = new ArrayList<>();
            for (String line : lines) {
                expected.add(reference.encode(line));
            }
            SubwordVocabulary shared = SubwordVocabulary.fromJson(trained.toJson());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<int[]>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int offset = t * 311;
                    results.add(pool.submit(() -> {
                        List<int[]> ids = new ArrayList<>();
                        for (int i = 0; i < lines.size(); i++) {
                            ids.add(shared.encode(lines.get((i + offset) % lines.size())));
                        }
                        return ids;
                    }));
                }
                for (int t = 0; t < 8; t++) {
                    List<int[]> ids = results.get(t).get();
                    for (int i = 0; i < lines.size(); i++) {
                        assertArrayEquals(expected.get((i + t * 311) % lines.size()), ids.get(i));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
