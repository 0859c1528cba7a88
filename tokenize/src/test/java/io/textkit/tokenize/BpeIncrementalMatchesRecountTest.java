package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The incremental learner gives the same merges as the plain algorithm that recounts every pair
 * after each merge, on random corpora with many ties and repeated letters.
 */
class BpeIncrementalMatchesRecountTest {
    @Test
    void sameMergesAsRecountingEveryPair() {
        Random random = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 30; l++) {
                StringBuilder line = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(6); w++) {
                    for (int c = 0; c < 1 + random.nextInt(7); c++) {
                        line.append("aab1.c".charAt(random.nextInt(trial % 2 == 0 ? 3 : 6)));
                    }
                    line.append(' ');
                }
                lines.add(line.toString());
            }
            int size = 12 + random.nextInt(40);
            BpeVocabulary bpe = BpeVocabulary.learn(lines.iterator(), new SubwordSettings(size, 1, SpecialTokens.SENTENCEPIECE));
            List<String> learned = new ArrayList<>();
            for (int rank = 0; rank < bpe.mergeCount(); rank++) {
                learned.add(bpe.merge(rank));
            }
            assertEquals(recount(lines, size - 4), learned, "trial " + trial + ": " + lines);
        }
    }

    /** The textbook algorithm: count all pairs, merge the best everywhere, repeat. */
    private static List<String> recount(List<String> lines, int targetPieces) {
        Map<String, Long> wordCounts = new HashMap<>();
        for (String line : lines) {
            for (String word : SubwordText.normalize(line).split(" ")) {
                if (!word.isEmpty()) {
                    wordCounts.merge(word, 1L, Long::sum);
                }
            }
        }
        TreeSet<Integer> codePoints = new TreeSet<>();
        codePoints.add(SubwordText.MARKER_CODE_POINT);
        wordCounts.keySet().forEach(w -> w.codePoints().forEach(codePoints::add));
        List<String> pieces = new ArrayList<>();
        codePoints.forEach(cp -> pieces.add(Character.toString(cp)));
        List<List<String>> words = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        wordCounts.forEach((word, count) -> {
            List<String> symbols = new ArrayList<>(List.of(SubwordText.MARKER));
            word.codePoints().forEach(cp -> symbols.add(Character.toString(cp)));
            words.add(symbols);
            counts.add(count);
        });
        List<String> merges = new ArrayList<>();
        while (pieces.size() < targetPieces) {
            Map<List<Integer>, Long> pairCounts = new HashMap<>();
            for (int w = 0; w < words.size(); w++) {
                List<String> s = words.get(w);
                for (int i = 0; i + 1 < s.size(); i++) {
                    if (classOf(s.get(i)) == SubwordText.MIXED || classOf(s.get(i + 1)) == SubwordText.MIXED
                            || SubwordText.join(classOf(s.get(i)), classOf(s.get(i + 1))) == SubwordText.MIXED) {
                        continue;
                    }
                    pairCounts.merge(List.of(pieces.indexOf(s.get(i)), pieces.indexOf(s.get(i + 1))), counts.get(w), Long::sum);
                }
            }
            List<Integer> best = null;
            long bestCount = 0;
            for (Map.Entry<List<Integer>, Long> e : pairCounts.entrySet()) {
                List<Integer> p = e.getKey();
                long c = e.getValue();
                if (c > bestCount || c == bestCount && (p.get(0) < best.get(0) || p.get(0).equals(best.get(0)) && p.get(1) < best.get(1))) {
                    best = p;
                    bestCount = c;
                }
            }
            if (best == null) {
                break;
            }
            String left = pieces.get(best.get(0));
            String right = pieces.get(best.get(1));
            merges.add(left + " " + right);
            if (!pieces.contains(left + right)) {
                pieces.add(left + right);
            }
            for (List<String> s : words) {
                for (int i = 0; i + 1 < s.size(); i++) {
                    if (s.get(i).equals(left) && s.get(i + 1).equals(right)) {
                        s.set(i, left + right);
                        s.remove(i + 1);
                    }
                }
            }
        }
        return merges;
    }

    private static byte classOf(String piece) {
        byte c = SubwordText.NONE;
        for (int cp : piece.codePoints().toArray()) {
            c = SubwordText.join(c, cp == SubwordText.MARKER_CODE_POINT ? SubwordText.NONE : SubwordText.characterClass(cp));
        }
        return c;
    }
}
