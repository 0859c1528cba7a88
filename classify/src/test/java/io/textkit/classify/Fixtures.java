package io.textkit.classify;

import io.textkit.core.testing.SharedData;
import io.textkit.corpora.Header;
import io.textkit.corpora.LabelledCorpus;
import io.textkit.corpora.LabelledExample;
import io.textkit.corpora.LabelledFormat;
import io.textkit.corpora.MalformedInput;
import io.textkit.corpora.MalformedLineHandler;
import io.textkit.corpora.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

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

    /**
     * MR (Pang &amp; Lee 2005) as Kim (2014) cleaned it, {@code kim2014/rt-polarity.all}: 10,662
     * sentences labelled 0 and 1, shuffled with seed 1. The file is Latin-1, not UTF-8: the accented
     * letters of its 202 such lines read as U+FFFD, the same in training and test texts. Skips the
     * test when the file is absent.
     */
    static List<LabelledExample> movieReviews() {
        List<LabelledExample> all;
        Path file = SharedData.file("sentiment/kim2014/rt-polarity.all");
        ReadOptions latin1 = new ReadOptions(MalformedInput.REPLACE, MalformedLineHandler.FAIL);
        try (Stream<LabelledExample> lines = LabelledCorpus.of(List.of(file), LabelledFormat.LABEL_SPACE_TEXT,
                Header.NONE, latin1).stream()) {
            all = new ArrayList<>(lines.toList());
        }
        Collections.shuffle(all, new Random(1));
        return all;
    }
}
