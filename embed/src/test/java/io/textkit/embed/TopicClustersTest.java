package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words that co-occur end up closer than words that never do, for all four variants. */
class TopicClustersTest {
    @ParameterizedTest(name = "cbow={0} hs={1}")
    @CsvSource({"false,false", "false,true", "true,false", "true,true"})
    void wordsOfOneTopicAreCloserThanWordsOfDifferentTopics(boolean cbow, boolean hs) throws Exception {
        int perTopic = 10;
        var lines = Word2VecTraining.twoTopics(perTopic, 2000, 10, 3);
        Word2VecModel model = new Word2VecTrainer(Word2VecTraining.small(cbow, hs)).showProgress(false)
                .train(TextSource.ofLines(lines));
        int dim = model.config().dim();
        float[] vectors = model.input().data;
        double within = 0;
        double across = 0;
        int nWithin = 0;
        int nAcross = 0;
        for (int a = 0; a < model.words().size(); a++) {
            for (int b = a + 1; b < model.words().size(); b++) {
                double cos = Fixtures.cosine(vectors, dim, a, b);
                if (model.words().get(a).charAt(0) == model.words().get(b).charAt(0)) {
                    within += cos;
                    nWithin++;
                } else {
                    across += cos;
                    nAcross++;
                }
            }
        }
        within /= nWithin;
        across /= nAcross;
        assertTrue(within - across > 0.3, "mean cosine within topics " + within + ", across " + across);
    }
}
