package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Finite-difference checks of the fused source attention for every score function, with padded
 * sentences and rows that share a sentence (as beam search makes them), with respect to the
 * queries, the memory (through the keys too) and the parameters.
 */
class SourceAttentionGradientTest {
    private static final int SENTENCES = 2;
    private static final int TIME = 3;
    /** Sentence 0 has 3 positions, sentence 1 has 2; rows 0 and 2 both translate sentence 1. */
    private static final int[] LENGTHS = {3, 2};
    private static final int[] SENTENCE_OF = {1, 0, 1};

    @ParameterizedTest
    @EnumSource(AttentionKind.class)
    void contextGradientMatchesFiniteDifferences(AttentionKind kind) {
        Random random = new Random(11);
        int width = 4;
        SourceAttention attention = new SourceAttention(kind, width, width, 5, random);
        Tensor query = Tensor.uniform(SENTENCE_OF.length, width, 1f, random);
        Tensor memory = paddedMemory(width, random);
        List<Tensor> wrt = new ArrayList<>(List.of(query, memory));
        wrt.addAll(attention.parameters());
        GradientCheck.standard().check(() -> {
            SourceMemory m = new SourceMemory(memory, attention.keys(memory), LENGTHS, SENTENCES);
            return attention.attend(query, m, SENTENCE_OF).context();
        }, wrt);
    }

    @ParameterizedTest
    @EnumSource(AttentionKind.class)
    void weightsAreDistributionsOverRealPositionsOnly(AttentionKind kind) {
        Random random = new Random(12);
        SourceAttention attention = new SourceAttention(kind, 4, 4, 5, random);
        Tensor memory = paddedMemory(4, random);
        SourceMemory m = new SourceMemory(memory, attention.keys(memory), LENGTHS, SENTENCES);
        float[] weights = attention.attend(Tensor.uniform(3, 4, 1f, random), m, SENTENCE_OF).weights();
        for (int r = 0; r < SENTENCE_OF.length; r++) {
            float sum = 0;
            for (int t = 0; t < TIME; t++) {
                float w = weights[r * TIME + t];
                if (t >= LENGTHS[SENTENCE_OF[r]]) {
                    assertEquals(0f, w, "row " + r + " attends padding at " + t);
                }
                sum += w;
            }
            assertEquals(1f, sum, 1e-6f);
        }
    }

    /** Time-major memory with zeros where sentence 1 is padded, as the encoder leaves it. */
    private static Tensor paddedMemory(int width, Random random) {
        Tensor memory = Tensor.uniform(TIME * SENTENCES, width, 1f, random);
        for (int t = 0; t < TIME; t++) {
            for (int s = 0; s < SENTENCES; s++) {
                if (t >= LENGTHS[s]) {
                    Arrays.fill(memory.data(), (t * SENTENCES + s) * width, (t * SENTENCES + s + 1) * width, 0f);
                }
            }
        }
        return memory;
    }
}
