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
     * {@code v} rescaled to 0.25·√(dim/3), the length a U(−0.25, 0.25) vector has on average, as the
     * neural trainer starts from pretrained vectors; zero stays zero.
     */
    static float[] atRandomVectorLength(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += (double) x * x;
        }
        double scale = squares == 0 ? 0 : 0.25 * Math.sqrt(v.length / 3.0) / Math.sqrt(squares);
        float[] scaled = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            scaled[j] = (float) (v[j] * scale);
        }
        return scaled;
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

    /**
     * {@code n} texts over {@code labels} labels of skewed frequency (label k drawn with weight
     * 1/(k+1)): two of the label's three keywords {@code k<label>_<j>} among four of 300 shared noise
     * words, in random order. A model must tell the labels apart by their keywords.
     */
    static List<LabelledExample> keywordExamples(int n, int labels, long seed) {
        Random random = new Random(seed);
        double[] cumulative = new double[labels];
        double total = 0;
        for (int k = 0; k < labels; k++) {
            total += 1.0 / (k + 1);
            cumulative[k] = total;
        }
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble() * total;
            int label = 0;
            while (cumulative[label] < u) {
                label++;
            }
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                words.add("k" + label + "_" + random.nextInt(3));
            }
            for (int w = 0; w < 4; w++) {
                words.add("w" + random.nextInt(300));
            }
            Collections.shuffle(words, random);
            examples.add(new LabelledExample(String.join(" ", words), "c" + label));
        }
        return examples;
    }
}
