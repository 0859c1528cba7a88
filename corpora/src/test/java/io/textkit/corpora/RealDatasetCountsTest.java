package io.textkit.corpora;

import io.textkit.core.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The readers agree with the counts that shared/data/README.md gives for the real datasets. */
class RealDatasetCountsTest {
    @Test
    void questionsWords() {
        Path file = SharedData.file("embeddings/questions-words.txt");
        Map<String, List<AnalogyQuestion>> sections;
        try (Stream<AnalogyQuestion> questions = AnalogyQuestions.read(file, true, ReadOptions.STRICT).stream()) {
            sections = questions.collect(AnalogyQuestions.bySection());
        }
        assertEquals(14, sections.size());
        assertEquals(19_544, sections.values().stream().mapToInt(List::size).sum());
        assertEquals(new AnalogyQuestion("capital-common-countries", "athens", "greece", "baghdad", "iraq"),
                sections.get("capital-common-countries").get(0));
    }

    @Test
    void wordSimilaritySets() {
        assertEquals(353, SimilarityPairs.read(SharedData.file("embeddings/wordsim353.tsv")).count());
        assertEquals(353, SimilarityPairs.read(SharedData.file("embeddings/EN-WS-353-ALL.txt")).count());
        assertEquals(65, SimilarityPairs.read(SharedData.file("embeddings/EN-RG-65.txt")).count());
        assertEquals(30, SimilarityPairs.read(SharedData.file("embeddings/EN-MC-30.txt")).count());
    }

    @Test
    void glueSst2TrainWithHeader() {
        Path file = SharedData.file("sentiment/sst2/train_full.tsv");
        assertEquals(67_349, LabelledCorpus.of(file, LabelledFormat.TEXT_TAB_LABEL).count());
    }

    @Test
    void uciAmazonWithHeaderAndCrlf() {
        Path file = SharedData.file("sentiment/uci/amazon_cells_labelled.txt");
        try (Stream<LabelledExample> examples = LabelledCorpus.of(file, LabelledFormat.TEXT_TAB_LABEL).stream()) {
            Map<String, Long> perLabel =
                    examples.collect(Collectors.groupingBy(LabelledExample::label, Collectors.counting()));
            assertEquals(Map.of("0", 500L, "1", 500L), perLabel);
        }
    }

    @Test
    void movieReviewPolarity() {
        Path pos = SharedData.file("sentiment/mr/rt-polarity.pos");
        Path neg = SharedData.file("sentiment/mr/rt-polarity.neg");
        assertEquals(5_331, LineCorpus.of(pos).count());
        assertEquals(5_331, LineCorpus.of(neg).count());
        assertEquals(10_662, LineCorpus.of(pos, neg).count());
    }

    @Test
    void kimSst2Train() {
        Path file = SharedData.file("sentiment/kim2014/stsa.binary.train");
        assertEquals(6_920, LabelledCorpus.of(file, LabelledFormat.LABEL_SPACE_TEXT).count());
    }
}
