package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class WordVectorsKnownAnswerTest {
    private static final double R = Math.sqrt(0.5);
    private final WordVectors vectors = TinyVectors.create();

    @Test
    void basicAccessors() {
        assertEquals(5, vectors.size());
        assertEquals(3, vectors.dimension());
        assertEquals(2, vectors.id("king"));
        assertEquals("queen", vectors.word(3));
        assertTrue(vectors.contains("apple"));
        assertArrayEquals(new float[] {1, 0, 1}, vectors.vector("king"));
        vectors.vector("king")[0] = 42;
        assertArrayEquals(new float[] {1, 0, 1}, vectors.vector("king"), "vector() returns a copy");
    }

    @Test
    void cosineSimilarity() {
        // (1,0,1)·(0,1,1) = 1, norms √2·√2.
        assertEquals(0.5, vectors.similarity("king", "queen"), 1e-12);
        assertEquals(R, vectors.similarity("king", "man"), 1e-12);
        assertEquals(-R, vectors.similarity("queen", "apple"), 1e-12);
        assertEquals(1, vectors.similarity("apple", "apple"), 1e-12);
    }

    @Test
    void nearestExcludesTheWordItself() {
        // king: man 1/√2, queen 1/2, woman 0, apple −1/√2.
        List<Neighbor> nearest = vectors.nearest("king", 2);
        assertEquals(List.of("man", "queen"), words(nearest));
        assertEquals(R, nearest.get(0).similarity(), 1e-6);
        assertEquals(0.5, nearest.get(1).similarity(), 1e-6);
        assertEquals(List.of("man", "queen", "woman", "apple"), words(vectors.nearest("king", 10)));
        assertEquals(List.of(), vectors.nearest("king", 0));
    }

    @Test
    void nearestToAVectorHonoursTheExclusions() {
        List<Neighbor> nearest = vectors.nearest(new float[] {0, 2, 2}, 2, Set.of("queen", "unknown"));
        assertEquals(List.of("woman", "king"), words(nearest));
        assertEquals(R, nearest.get(0).similarity(), 1e-6);
        assertEquals(0.5, nearest.get(1).similarity(), 1e-6);
    }

    @Test
    void threeCosAddKingMinusManPlusWomanIsQueen() {
        // kinĝ − man̂ + woman̂ = (1/√2 − 1, 1, 1/√2); its cosine with queen̂ = (0, 1/√2, 1/√2) is
        // (1/√2 + 1/2) / ‖(1/√2 − 1, 1, 1/√2)‖, and with applê = (0, 0, −1) it is −(1/√2)/‖…‖.
        double norm = Math.sqrt((R - 1) * (R - 1) + 1 + 0.5);
        List<Neighbor> answers = vectors.analogy("man", "king", "woman", 5);
        assertEquals(List.of("queen", "apple"), words(answers), "a, b and c are excluded");
        assertEquals((R + 0.5) / norm, answers.get(0).similarity(), 1e-6);
        assertEquals(-R / norm, answers.get(1).similarity(), 1e-6);
    }

    @Test
    void threeCosMulKingMinusManPlusWomanIsQueen() {
        // queen: cos′(king) = (1 + 1/2)/2, cos′(woman) = (1 + 1/√2)/2, cos′(man) = (1 + 0)/2.
        double queen = 0.75 * ((1 + R) / 2) / (0.5 + 1e-3);
        // apple: cos′(king) = (1 − 1/√2)/2, cos′(woman) = 1/2, cos′(man) = 1/2.
        double apple = ((1 - R) / 2) * 0.5 / (0.5 + 1e-3);
        List<Neighbor> answers = vectors.analogyMul("man", "king", "woman", 5);
        assertEquals(List.of("queen", "apple"), words(answers));
        assertEquals(queen, answers.get(0).similarity(), 1e-6);
        assertEquals(apple, answers.get(1).similarity(), 1e-6);
        assertEquals(0.75 * ((1 + R) / 2) / (0.5 + 1e-6),
                vectors.analogyMul("man", "king", "woman", 1, 1e-6).get(0).similarity(), 1e-5);
    }

    @Test
    void doesntMatchPicksTheWordFurthestFromTheMean() {
        // Mean of unit vectors ∝ (1 + 1/√2, 1, 1/√2 − 1): dots man 1.71, woman 1, king 1, apple 0.29.
        assertEquals("apple", vectors.doesntMatch(List.of("man", "woman", "king", "apple")));
        assertEquals("man", vectors.doesntMatch(List.of("man")));
    }

    @Test
    void aZeroVectorHasCosineZero() {
        WordVectors withZero = new WordVectors(List.of("a", "zero"), new FMatrixRMaj(new float[][] {{1, 2}, {0, 0}}));
        assertEquals(0, withZero.similarity("a", "zero"));
        assertEquals(0, withZero.nearest("a", 1).get(0).similarity());
    }

    @Test
    void restrictedViewSearchesOnlyTheMostFrequentWords() {
        WordVectors top4 = vectors.restrictTo(4);
        assertEquals(4, top4.size());
        assertTrue(!top4.contains("apple"));
        assertEquals(List.of("queen"), words(top4.analogy("man", "king", "woman", 5)));
        assertEquals(List.of("man", "queen", "woman"), words(top4.nearest("king", 10)));
        assertEquals(List.of(), vectors.restrictTo(3).analogy("man", "king", "woman", 5));
        assertTrue(vectors.restrictTo(5) == vectors && vectors.restrictTo(100) == vectors);
        assertEquals(List.of("man", "woman", "king"), vectors.restrictTo(3).words());
    }

    @Test
    void toMapHoldsEveryWordInRowOrderWithACopyOfItsVector() {
        Map<String, float[]> map = vectors.restrictTo(4).toMap();
        assertEquals(vectors.restrictTo(4).words(), List.copyOf(map.keySet()));
        assertArrayEquals(new float[] {1, 0, 1}, map.get("king"));
        map.get("king")[0] = 42;
        assertArrayEquals(new float[] {1, 0, 1}, vectors.vector("king"), "the map holds copies");
    }

    private static List<String> words(List<Neighbor> neighbors) {
        return neighbors.stream().map(Neighbor::word).toList();
    }
}
