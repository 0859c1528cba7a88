package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.textkit.tokenize.HuffmanTree;
import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A thread's copy of the heaviest Huffman nodes: the shared rows do not move until it publishes, and
 * then they hold every thread's updates added together.
 */
class HotNodeCopyTest {
    private static final int DIM = 4;
    private static final long[] COUNTS = {50, 30, 20, 12, 7, 4};

    private final Vocabulary vocabulary = Fixtures.vocabulary(COUNTS);
    private final HuffmanTree tree = vocabulary.huffmanTree();

    @Test
    void sharedRowsMoveOnlyWhenTheThreadPublishes() {
        float[] shared = Fixtures.randomRows(tree.innerNodes() * DIM, 2);
        float[] before = shared.clone();
        Architecture worker = skipGram(Fixtures.randomRows(COUNTS.length * DIM, 1), shared, tree.innerNodes());
        worker.train(new int[] {3, 1, 4}, 3, 1, 1, 0.5f, new Lcg(1));
        assertArrayEquals(before, shared, "trained on the thread's copy");
        worker.publish();
        assertFalse(Arrays.equals(before, shared), "published");
    }

    @Test
    void publishedRowsAddEveryThreadsUpdates() {
        float[] initial = Fixtures.randomRows(tree.innerNodes() * DIM, 2);
        float[] input = Fixtures.randomRows(COUNTS.length * DIM, 1);
        int[] first = {3, 1, 4};
        int[] second = {5, 0, 2};   // other input rows than the first sentence's
        float[] deltaFirst = stepAlone(initial, input, first, 1);
        float[] deltaSecond = stepAlone(initial, input, second, 2);

        float[] shared = initial.clone();
        int everyNode = tree.innerNodes();
        Architecture a = skipGram(input.clone(), shared, everyNode);
        Architecture b = skipGram(input.clone(), shared, everyNode);
        a.train(first, 3, 1, 1, 0.5f, new Lcg(1));
        b.train(second, 3, 1, 1, 0.5f, new Lcg(2));
        a.publish();
        b.publish();
        for (int j = 0; j < shared.length; j++) {
            assertEquals(initial[j] + deltaFirst[j] + deltaSecond[j], shared[j], 1e-6, "element " + j);
        }
    }

    /** How one step on {@code sentence}, made on the shared rows directly, moves them from {@code initial}. */
    private float[] stepAlone(float[] initial, float[] input, int[] sentence, long seed) {
        float[] rows = initial.clone();
        skipGram(input.clone(), rows, 0).train(sentence, sentence.length, 1, 1, 0.5f, new Lcg(seed));
        float[] delta = new float[rows.length];
        for (int j = 0; j < rows.length; j++) {
            delta[j] = rows[j] - initial[j];
        }
        return delta;
    }

    private Architecture skipGram(float[] input, float[] hsOut, int hotNodes) {
        return new SkipGram(input, DIM, new OutputLayer(DIM, hsOut, tree, null, 0, null, hotNodes));
    }
}
