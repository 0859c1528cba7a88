package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.testing.SharedData;
import io.textkit.corpora.download.DatasetFile;
import io.textkit.corpora.download.Manifest;
import io.textkit.corpora.download.Unpacker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real review polarity v2.0 archive: 1,000 + 1,000 reviews, ten balanced folds, the same unpacked or not. */
class ReviewPolarityTest {
    private static final String ARCHIVE = "documents/review_polarity.tar.gz";

    @TempDir
    Path home;

    private static List<LabelledDocument> all(Corpus<LabelledDocument> corpus) {
        try (Stream<LabelledDocument> documents = corpus.stream()) {
            return documents.toList();
        }
    }

    @Test
    void theArchiveHoldsAThousandReviewsOfEachLabelInTenBalancedFolds() {
        List<LabelledDocument> reviews = all(ReviewPolarity.fromArchive(SharedData.file(ARCHIVE)));
        assertEquals(Map.of("neg", 1000L, "pos", 1000L),
                reviews.stream().collect(Collectors.groupingBy(LabelledDocument::label, Collectors.counting())));
        Map<Integer, Long> folds = new TreeMap<>(reviews.stream()
                .collect(Collectors.groupingBy(ReviewPolarity::fold, Collectors.counting())));
        assertEquals(10, folds.size());
        folds.values().forEach(n -> assertEquals(200L, n));
        assertEquals(2000, reviews.stream().map(LabelledDocument::path).distinct().count());
        LabelledDocument first = reviews.get(0);
        assertEquals("neg/cv000_29416.txt", first.path());
        assertTrue(first.text().startsWith("plot : two teen couples go to a church party"), first.text());
    }

    @Test
    void unpackingWithTheManifestEntryGivesTheSameDocumentsInTheSameOrder() throws Exception {
        DatasetFile entry = Manifest.bundled().get("review-polarity").files().get(0);
        Path archive = entry.target(home);
        Files.createDirectories(archive.getParent());
        Files.copy(SharedData.file(ARCHIVE), archive);
        assertEquals(Unpacker.Outcome.UNPACKED, new Unpacker(home).unpack(entry, false));
        Path unpacked = entry.unpackTarget(home).resolve(ReviewPolarity.ROOT);
        assertEquals(all(ReviewPolarity.fromArchive(archive)), all(DocumentCorpus.of(unpacked)));
    }
}
