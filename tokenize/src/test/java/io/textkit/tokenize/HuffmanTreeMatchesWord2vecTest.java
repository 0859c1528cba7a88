package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HuffmanTreeMatchesWord2vecTest {

    private static Vocabulary vocabulary(List<String> specials, long... counts) {
        Vocabulary.Counter counter = Vocabulary.counter();
        for (int i = 0; i < counts.length; i++) {
            counter.add("w" + i, counts[i]);
        }
        return counter.build(1, 0, specials);
    }

    private static byte[] code(HuffmanTree tree, int word) {
        int from = tree.offset(word);
        return Arrays.copyOfRange(tree.codes(), from, from + tree.codeLength(word));
    }

    private static int[] points(HuffmanTree tree, int word) {
        int from = tree.offset(word);
        return Arrays.copyOfRange(tree.points(), from, from + tree.codeLength(word));
    }

    /*
     * Counts 5,4,3,2,1 (words a..e = ids 0..4), merged as the C code does (on equal weight the
     * inner node goes first; the second node taken gets code 1):
     *   inner 0 = e(1, code 0) + d(2, code 1)             weight 3
     *   inner 1 = inner0(3, code 0) + c(3, code 1)        weight 6  (tie: inner node first)
     *   inner 2 = b(4, code 0) + a(5, code 1)             weight 9
     *   inner 3 = inner1(6, code 0) + inner2(9, code 1)   weight 15, the root (V-2 = 3)
     *
     *                 [3]
     *            0 /       \ 1
     *           [1]         [2]
     *        0 /   \ 1    0 /  \ 1
     *        [0]    c     b     a
     *     0 /   \ 1
     *      e     d
     */
    @Test
    void handBuiltTreeHasTheCodeOfTheCProgram() {
        HuffmanTree tree = vocabulary(List.of(), 5, 4, 3, 2, 1).huffmanTree();
        assertEquals(4, tree.innerNodes());
        assertArrayEquals(new byte[] {1, 1}, code(tree, 0));
        assertArrayEquals(new int[] {3, 2}, points(tree, 0));
        assertArrayEquals(new byte[] {1, 0}, code(tree, 1));
        assertArrayEquals(new int[] {3, 2}, points(tree, 1));
        assertArrayEquals(new byte[] {0, 1}, code(tree, 2));
        assertArrayEquals(new int[] {3, 1}, points(tree, 2));
        assertArrayEquals(new byte[] {0, 0, 1}, code(tree, 3));
        assertArrayEquals(new int[] {3, 1, 0}, points(tree, 3));
        assertArrayEquals(new byte[] {0, 0, 0}, code(tree, 4));
        assertArrayEquals(new int[] {3, 1, 0}, points(tree, 4));
    }

    @Test
    void specialsAreLeftOutOfTheTree() {
        HuffmanTree tree = vocabulary(List.of(Vocabulary.PAD, Vocabulary.UNK), 5, 4, 3, 2, 1).huffmanTree();
        assertEquals(4, tree.innerNodes());
        assertEquals(0, tree.codeLength(0));
        assertEquals(0, tree.codeLength(1));
        assertArrayEquals(new byte[] {1, 1}, code(tree, 2));
        assertArrayEquals(new int[] {3, 1, 0}, points(tree, 6));
    }

    @Test
    void oneWordHasAnEmptyCode() {
        HuffmanTree tree = vocabulary(List.of(), 7).huffmanTree();
        assertEquals(0, tree.innerNodes());
        assertEquals(0, tree.codeLength(0));
    }

    @Test
    void randomCountsGivePrefixFreeCompleteCodesShorterForFrequentWords() {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + random.nextInt(300);
            long[] counts = new long[n];
            for (int i = 0; i < n; i++) {
                // Zipf-like with many ties, the shape of real corpora.
                counts[i] = 1 + (long) (1000.0 / (1 + random.nextInt(n)));
            }
            Vocabulary vocabulary = vocabulary(List.of(), counts);
            HuffmanTree tree = vocabulary.huffmanTree();
            assertEquals(n - 1, tree.innerNodes());
            double kraft = 0;
            String[] codes = new String[n];
            for (int w = 0; w < n; w++) {
                int length = tree.codeLength(w);
                assertTrue(length >= 1);
                kraft += Math.pow(2, -length);
                StringBuilder s = new StringBuilder();
                for (byte b : code(tree, w)) {
                    assertTrue(b == 0 || b == 1);
                    s.append(b);
                }
                codes[w] = s.toString();
                int[] path = points(tree, w);
                assertEquals(n - 2, path[0], "every path starts at the root");
                for (int p : path) {
                    assertTrue(p >= 0 && p < n - 1);
                }
                if (w > 0 && vocabulary.count(w) < vocabulary.count(w - 1)) {
                    assertTrue(length >= tree.codeLength(w - 1), "a rarer word never gets a shorter code");
                }
            }
            assertEquals(1.0, kraft, 1e-12);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (a != b) {
                        assertFalse(codes[b].startsWith(codes[a]), "code of " + a + " is a prefix of " + b);
                    }
                }
            }
        }
    }
}
