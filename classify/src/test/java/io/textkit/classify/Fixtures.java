package io.textkit.classify;

import io.textkit.corpora.LabelledExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Shared test data: synthetic examples and the location of the shared real datasets. */
final class Fixtures {
    private Fixtures() {}

    /** {@code n} texts of 3–8 random words from a 300-word vocabulary, each with one of 3 random labels. */
    static List<LabelledExample> randomExamples(int n, long seed) {
        Random random = new Random(seed);
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int length = 3 + random.nextInt(6);
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : " ").append("w").append(random.nextInt(300));
            }
            examples.add(new LabelledExample(text.toString(), "c" + random.nextInt(3)));
        }
        return examples;
    }
}
