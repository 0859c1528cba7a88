package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalogyQuestionsTest {
    @TempDir
    Path dir;

    @Test
    void questionsAreGroupedBySectionInFileOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("q.txt"), """
                : capital-common-countries
                Athens Greece Baghdad Iraq
                Athens Greece Bangkok Thailand

                : gram1-adjective-to-adverb
                amazing amazingly apparent apparently
                """);
        Map<String, List<AnalogyQuestion>> sections;
        try (Stream<AnalogyQuestion> questions = AnalogyQuestions.read(file).stream()) {
            sections = questions.collect(AnalogyQuestions.bySection());
        }
        assertEquals(List.of("capital-common-countries", "gram1-adjective-to-adverb"), List.copyOf(sections.keySet()));
        assertEquals(new AnalogyQuestion("capital-common-countries", "Athens", "Greece", "Bangkok", "Thailand"),
                sections.get("capital-common-countries").get(1));
        assertEquals(1, sections.get("gram1-adjective-to-adverb").size());
    }

    @Test
    void lowercaseOptionLowersWordsNotSections() throws IOException {
        Path file = Files.writeString(dir.resolve("q.txt"), ": City-in-State\nChicago Illinois Houston Texas\n");
        try (Stream<AnalogyQuestion> questions = AnalogyQuestions.read(file, true, ReadOptions.STRICT).stream()) {
            assertEquals(List.of(new AnalogyQuestion("City-in-State", "chicago", "illinois", "houston", "texas")),
                    questions.toList());
        }
    }

    @Test
    void malformedLinesAreNamed() throws IOException {
        Path orphan = Files.writeString(dir.resolve("a.txt"), "Athens Greece Baghdad Iraq\n");
        assertMalformed(orphan, 1, "question before the first ': section' header");
        Path three = Files.writeString(dir.resolve("b.txt"), ": s\na b c d\na b c\n");
        assertMalformed(three, 3, "expected 4 words, found 3");
        Path unnamed = Files.writeString(dir.resolve("c.txt"), ":  \n");
        assertMalformed(unnamed, 1, "section header ':' without a name");
    }

    private static void assertMalformed(Path file, int line, String problem) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AnalogyQuestions.read(file).count());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": " + problem), e.getMessage());
    }
}
