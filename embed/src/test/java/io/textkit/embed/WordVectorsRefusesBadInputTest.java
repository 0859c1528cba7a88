package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class WordVectorsRefusesBadInputTest {
    private final WordVectors vectors = TinyVectors.create();

    @Test
    void unknownWordsAreNamedAllAtOnce() {
        UnknownWordException e = assertThrows(UnknownWordException.class,
                () -> vectors.analogy("man", "prince", "princess", 3));
        assertEquals(List.of("prince", "princess"), e.words());
        assertTrue(e.getMessage().contains("'prince', 'princess'"), e.getMessage());
        assertThrows(UnknownWordException.class, () -> vectors.similarity("king", "kong"));
        assertThrows(UnknownWordException.class, () -> vectors.nearest("kong", 3));
        assertThrows(UnknownWordException.class, () -> vectors.analogyMul("kong", "king", "man", 3));
        assertThrows(UnknownWordException.class, () -> vectors.doesntMatch(List.of("man", "kong")));
        assertThrows(UnknownWordException.class, () -> vectors.vector("kong"));
        assertThrows(UnknownWordException.class, () -> vectors.restrictTo(4).id("apple"));
    }

    @Test
    void duplicateWordsAndShapeMismatchAreRefused() {
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> new WordVectors(List.of("a", "b", "a"), new FMatrixRMaj(3, 2)));
        assertTrue(duplicate.getMessage().contains("'a' appears twice, at 0 and 2"), duplicate.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> new WordVectors(List.of("a", "b"), new FMatrixRMaj(3, 2)));
        assertTrue(shape.getMessage().contains("2 words but the matrix has 3 rows"), shape.getMessage());
    }

    @Test
    void queryVectorOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> vectors.nearest(new float[2], 3, Set.of()));
        assertTrue(e.getMessage().contains("2 values but these vectors have 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> vectors.doesntMatch(List.of()));
        assertThrows(IllegalArgumentException.class, () -> vectors.restrictTo(-1));
    }
}
