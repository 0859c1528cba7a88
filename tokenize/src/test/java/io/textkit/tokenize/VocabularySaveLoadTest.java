package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularySaveLoadTest {
    @TempDir
    Path dir;

    private static Vocabulary vocabulary() {
        Vocabulary.Counter counter = Vocabulary.counter();
        counter.addAll(List.of("über", "straße", "über", "中国", "a b", "über", "straße"));
        return counter.build(1, 0, List.of(Vocabulary.PAD, Vocabulary.UNK, Vocabulary.CLS));
    }

    private static void assertSame(Vocabulary expected, Vocabulary actual) {
        assertEquals(expected.words(), actual.words());
        assertEquals(expected.specialCount(), actual.specialCount());
        for (int id = 0; id < expected.size(); id++) {
            assertEquals(expected.count(id), actual.count(id));
            assertEquals(id, actual.id(expected.word(id)));
        }
        assertEquals(expected.totalCount(), actual.totalCount());
    }

    @Test
    void textFileRoundTrips() throws IOException {
        Path file = dir.resolve("vocab.tsv");
        vocabulary().save(file);
        assertEquals(List.of("textkit-vocabulary\t1\t<pad>\t<unk>\t[CLS]", "über\t3", "straße\t2", "中国\t1", "a b\t1"),
                Files.readAllLines(file, StandardCharsets.UTF_8));
        assertSame(vocabulary(), Vocabulary.load(file));
    }

    @Test
    void jsonRoundTripsThroughText() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = vocabulary().toJson();
        JsonNode parsed = mapper.readTree(mapper.writeValueAsString(json));
        assertSame(vocabulary(), Vocabulary.fromJson(parsed));
    }

    @Test
    void malformedLineIsRefusedNamingTheLine() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "textkit-vocabulary\t1\n the\t10\ncat\tmany\n");
        IOException e = assertThrows(IOException.class, () -> Vocabulary.load(file));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("many"), e.getMessage());
    }

    @Test
    void increasingCountsRepeatedWordsAndBadHeadersAreRefused() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "textkit-vocabulary\t1\nthe\t10\ncat\t5\ndog\t6\n");
        assertTrue(assertThrows(IOException.class, () -> Vocabulary.load(file)).getMessage().contains("line 4"));
        Files.writeString(file, "textkit-vocabulary\t1\t<pad>\nthe\t10\n<pad>\t5\n");
        assertTrue(assertThrows(IOException.class, () -> Vocabulary.load(file)).getMessage().contains("line 3"));
        Files.writeString(file, "the\t10\n");
        assertTrue(assertThrows(IOException.class, () -> Vocabulary.load(file)).getMessage().contains("line 1"));
        Files.writeString(file, "textkit-vocabulary\t2\nthe\t10\n");
        assertTrue(assertThrows(IOException.class, () -> Vocabulary.load(file)).getMessage().contains("version"));
    }

    @Test
    void wordWithATabCannotBeSavedAsTextButRoundTripsAsJson() {
        Vocabulary.Counter counter = Vocabulary.counter();
        counter.add("tab\there");
        Vocabulary vocabulary = counter.build(1, 0, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> vocabulary.save(dir.resolve("v.tsv")));
        assertTrue(e.getMessage().contains("tab"), e.getMessage());
        assertSame(vocabulary, Vocabulary.fromJson(vocabulary.toJson()));
    }

    @Test
    void jsonWithMismatchedArraysIsRefusedNamingTheField() {
        ObjectNode json = vocabulary().toJson();
        json.withArray("counts").remove(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.fromJson(json));
        assertTrue(e.getMessage().contains("counts"), e.getMessage());
    }
}
