package io.textkit.embed;

import io.textkit.core.config.Configs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A synthetic two-topic corpus: words a0..a{n-1} co-occur only with each other, b0.. likewise. */
final class Word2VecTraining {
    private Word2VecTraining() {}

    static List<String> twoTopics(int wordsPerTopic, int sentences, int length, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            String topic = s % 2 == 0 ? "a" : "b";
            var line = new StringBuilder();
            for (int i = 0; i < length; i++) {
                line.append(i == 0 ? "" : " ").append(topic).append(random.nextInt(wordsPerTopic));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static Word2VecConfig small(boolean cbow, boolean hs) {
        return Configs.with(Word2VecConfig.defaults(cbow), Map.of("dim", 20, "window", 3, "minCount", 1, "sample", 0,
                "epochs", 3, "threads", 1, "hs", hs, "negative", hs ? 0 : 5));
    }
}
