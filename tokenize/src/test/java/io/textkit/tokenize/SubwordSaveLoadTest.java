package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubwordSaveLoadTest {
    private static final List<String> TEXT = List.of("Zwei junge Männer stehen draußen.", "the lower, the newest; the widest",
            "über 中国 ## ###x a1b2", "low lower lowest newer newest wider widest");

    @TempDir
    Path dir;

    private static BpeVocabulary bpe() {
        return BpeVocabulary.learn(TEXT.iterator(), new SubwordSettings(80, 1, SpecialTokens.SENTENCEPIECE));
    }

    private static WordPieceVocabulary wordPiece() {
        return WordPieceVocabulary.learn(TEXT.iterator(), new SubwordSettings(90, 1, SpecialTokens.BERT), 100);
    }

    private static void assertSameEncoding(SubwordVocabulary expected, SubwordVocabulary actual) {
        assertEquals(expected.size(), actual.size());
        for (int id = 0; id < expected.size(); id++) {
            assertEquals(expected.token(id), actual.token(id));
        }
        assertEquals(expected.specials(), actual.specials());
        for (String line : TEXT) {
            assertArrayEquals(expected.encode(line), actual.encode(line), line);
        }
        assertArrayEquals(expected.encode("unseen wordsmith 99"), actual.encode("unseen wordsmith 99"));
    }

    @Test
    void bpeFilesRoundTrip() throws IOException {
        BpeVocabulary bpe = bpe();
        Path vocab = dir.resolve("bpe.vocab");
        Path merges = dir.resolve("bpe.merges");
        bpe.save(vocab, merges);
        assertEquals(BpeVocabulary.MERGES_HEADER, Files.readAllLines(merges).get(0));
        assertEquals(bpe.mergeCount() + 1, Files.readAllLines(merges).size());
        assertSameEncoding(bpe, BpeVocabulary.load(vocab, merges, SpecialTokens.SENTENCEPIECE));
    }

    @Test
    void wordPieceVocabTxtRoundTrips() throws IOException {
        WordPieceVocabulary wp = wordPiece();
        Path vocab = dir.resolve("vocab.txt");
        wp.save(vocab);
        assertEquals(wp.tokens(), Files.readAllLines(vocab));
        assertSameEncoding(wp, WordPieceVocabulary.load(vocab, SpecialTokens.BERT, 100));
    }

    @Test
    void jsonRoundTripsThroughTheInterface() {
        for (SubwordVocabulary vocabulary : List.<SubwordVocabulary>of(bpe(), wordPiece())) {
            SubwordVocabulary back = SubwordVocabulary.fromJson(vocabulary.toJson());
            assertEquals(vocabulary.getClass(), back.getClass());
            assertSameEncoding(vocabulary, back);
        }
    }

    @Test
    void modelFileCarriesTheVocabularyWithoutTensors() throws IOException {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.set("sourceVocabulary", bpe().toJson());
        metadata.set("targetVocabulary", wordPiece().toJson());
        Path file = dir.resolve("subwords.model");
        ModelFileWriter.write(file, ModelFile.of("subwords", JsonNodeFactory.instance.objectNode(), metadata, new LinkedHashMap<>()));
        ModelFile read = ModelFileReader.read(file, "subwords");
        SubwordVocabulary source = SubwordVocabulary.fromJson(read.metadata().get("sourceVocabulary"));
        SubwordVocabulary target = SubwordVocabulary.fromJson(read.metadata().get("targetVocabulary"));
        assertInstanceOf(BpeVocabulary.class, source);
        assertInstanceOf(WordPieceVocabulary.class, target);
        assertSameEncoding(bpe(), source);
        assertSameEncoding(wordPiece(), target);
    }
}
