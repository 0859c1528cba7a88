package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.corpora.LabelledExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StratifiedHoldOutTest {

    /** 300 "pos", 100 "neg" and 7 "rare", sorted by label so that a plain prefix would not be stratified. */
    private static List<LabelledExample> skewed() {
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            examples.add(new LabelledExample("p" + i, "pos"));
        }
        for (int i = 0; i < 100; i++) {
            examples.add(new LabelledExample("n" + i, "neg"));
        }
        for (int i = 0; i < 7; i++) {
            examples.add(new LabelledExample("r" + i, "rare"));
        }
        return examples;
    }

    private static Map<String, Integer> counts(List<LabelledExample> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
        return counts;
    }

    @Test
    void eachLabelGivesItsOwnRoundedFractionToTheDevelopmentSet() {
        CrossValidation.Split split = CrossValidation.stratifiedHoldOut(skewed(), 0.1, 5);
        assertEquals(Map.of("neg", 10, "pos", 30, "rare", 1), counts(split.dev()));
        assertEquals(Map.of("neg", 90, "pos", 270, "rare", 6), counts(split.train()));
    }

    @Test
    void thePartsAreDisjointCoverEveryExampleAndKeepItsOrder() {
        List<LabelledExample> examples = new ArrayList<>(Fixtures.randomExamples(500, 3));
        CrossValidation.Split split = CrossValidation.stratifiedHoldOut(examples, 0.2, 9);
        Set<LabelledExample> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(split.train());
        split.dev().forEach(e -> assertTrue(seen.add(e), "held out and trained on: " + e));
        assertEquals(examples.size(), seen.size());
        assertEquals(examples.stream().filter(split.train()::contains).toList(), split.train());
        assertEquals(examples.stream().filter(split.dev()::contains).toList(), split.dev());
    }

    @Test
    void aSeedChoosesTheSameExamplesEveryTimeAndAnotherSeedOthers() {
        List<LabelledExample> examples = skewed();
        assertEquals(CrossValidation.stratifiedHoldOut(examples, 0.1, 1).dev(),
                CrossValidation.stratifiedHoldOut(examples, 0.1, 1).dev());
        assertNotEquals(CrossValidation.stratifiedHoldOut(examples, 0.1, 1).dev(),
                CrossValidation.stratifiedHoldOut(examples, 0.1, 2).dev());
    }

    @Test
    void aFractionOutsideZeroToOneIsRefused() {
        assertTrue(CrossValidation.stratifiedHoldOut(skewed(), 0, 1).dev().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.stratifiedHoldOut(skewed(), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.stratifiedHoldOut(skewed(), -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.stratifiedHoldOut(skewed(), Double.NaN, 1));
    }
}
