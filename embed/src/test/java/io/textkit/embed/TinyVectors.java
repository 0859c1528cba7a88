package io.textkit.embed;

import java.util.List;
import org.ejml.data.FMatrixRMaj;

/** A five-word 3-d vocabulary whose cosines, analogies and odd one out are worked out by hand. */
final class TinyVectors {
    private TinyVectors() {}

    static final List<String> WORDS = List.of("man", "woman", "king", "queen", "apple");

    /** man = x, woman = y, king = x + z, queen = y + z, apple = −z. */
    static WordVectors create() {
        return new WordVectors(WORDS, new FMatrixRMaj(new float[][] {
            {1, 0, 0},
            {0, 1, 0},
            {1, 0, 1},
            {0, 1, 1},
            {0, 0, -1},
        }));
    }
}
