package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseTableTest {

    private static Vocabulary vocabulary() {
        Vocabulary.Counter counter = Vocabulary.counter();
        long[] counts = {10000, 3000, 1000, 200, 50, 7, 1};
        for (int i = 0; i < counts.length; i++) {
            counter.add("w" + i, counts[i]);
        }
        return counter.build(1, 0, List.of(Vocabulary.PAD, Vocabulary.UNK));
    }

    @Test
    void cellsAreSharedInProportionToCountToThePower() {
        Vocabulary vocabulary = vocabulary();
        int size = 1_000_000;
        int[] table = vocabulary.noiseTable(size, 0.75);
        int[] cells = new int[vocabulary.size()];
        int previous = 0;
        for (int id : table) {
            assertTrue(id >= previous, "filled in id order");
            previous = id;
            cells[id]++;
        }
        assertEquals(0, cells[0], "specials are never noise");
        assertEquals(0, cells[1], "specials are never noise");
        double norm = 0;
        for (int id = 2; id < vocabulary.size(); id++) {
            norm += Math.pow(vocabulary.count(id), 0.75);
        }
        for (int id = 2; id < vocabulary.size(); id++) {
            double expected = size * Math.pow(vocabulary.count(id), 0.75) / norm;
            assertEquals(expected, cells[id], 1.0, "cells of " + vocabulary.word(id));
        }
    }

    @Test
    void powerZeroIsUniformAndPowerOneIsTheUnigram() {
        Vocabulary vocabulary = vocabulary();
        int[] uniform = new int[vocabulary.size()];
        for (int id : vocabulary.noiseTable(700, 0)) {
            uniform[id]++;
        }
        for (int id = 2; id < vocabulary.size(); id++) {
            assertEquals(100, uniform[id], 1.0);
        }
        int[] unigram = vocabulary.noiseTable((int) vocabulary.totalCount(), 1);
        int[] cells = new int[vocabulary.size()];
        for (int id : unigram) {
            cells[id]++;
        }
        for (int id = 2; id < vocabulary.size(); id++) {
            assertEquals(vocabulary.count(id), cells[id], 1.0);
        }
    }

    @Test
    void tableIsDeterministic() {
        assertArrayEquals(vocabulary().noiseTable(10_000, 0.75), vocabulary().noiseTable(10_000, 0.75));
    }

    @Test
    void vocabularyWithOnlySpecialsHasNoNoise() {
        Vocabulary empty = Vocabulary.counter().build(1, 0, List.of(Vocabulary.PAD));
        assertThrows(IllegalStateException.class, () -> empty.noiseTable(100, 0.75));
    }
}
