package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubwordBadFilesNameFileAndLineTest {
    private static final List<String> BPE_TOKENS = List.of("<pad>", "<unk>", "<s>", "</s>", "a", "b", "▁", "ab");

    @TempDir
    Path dir;

    private String bpeError(List<String> tokens, List<String> merges) throws IOException {
        Path vocab = Files.write(dir.resolve("bpe.vocab"), tokens);
        Path mergeFile = Files.write(dir.resolve("bpe.merges"), merges);
        return assertThrows(IOException.class, () -> BpeVocabulary.load(vocab, mergeFile, SpecialTokens.SENTENCEPIECE)).getMessage();
    }

    @Test
    void bpeLoadsAGoodPair() throws IOException {
        Path vocab = Files.write(dir.resolve("bpe.vocab"), BPE_TOKENS);
        Path merges = Files.write(dir.resolve("bpe.merges"), List.of(BpeVocabulary.MERGES_HEADER, "a b"));
        assertEquals(List.of("▁", "ab"), BpeVocabulary.load(vocab, merges, SpecialTokens.SENTENCEPIECE).encodeToStrings("ab"));
    }

    @Test
    void bpeNamesTheBadMergeLine() throws IOException {
        Path merges = dir.resolve("bpe.merges");
        assertEquals(merges + ", line 1: not a BPE merges file: the first line must be '#textkit-bpe-merges 1'",
                bpeError(BPE_TOKENS, List.of("a b")));
        assertEquals(merges + ", line 3: expected 'left right', two tokens and one space, got 'a  b'",
                bpeError(BPE_TOKENS, List.of(BpeVocabulary.MERGES_HEADER, "a b", "a  b")));
        assertEquals(merges + ", line 2: token 'c' is not in " + dir.resolve("bpe.vocab"),
                bpeError(BPE_TOKENS, List.of(BpeVocabulary.MERGES_HEADER, "a c")));
        assertEquals(merges + ", line 2: merge 'b a' makes 'ba', which is not a token",
                bpeError(BPE_TOKENS, List.of(BpeVocabulary.MERGES_HEADER, "b a")));
        assertEquals(merges + ", line 3: merge 'a b' is listed twice, first at " + merges + ", line 2",
                bpeError(BPE_TOKENS, List.of(BpeVocabulary.MERGES_HEADER, "a b", "a b")));
    }

    @Test
    void bpeNamesTheBadVocabularyLine() throws IOException {
        Path vocab = dir.resolve("bpe.vocab");
        assertEquals(vocab + ", line 6: token 'a' appears twice, first at " + vocab + ", line 5",
                bpeError(List.of("<pad>", "<unk>", "<s>", "</s>", "a", "a"), List.of(BpeVocabulary.MERGES_HEADER)));
        assertEquals(vocab + ", line 5: empty token",
                bpeError(List.of("<pad>", "<unk>", "<s>", "</s>", "", "a"), List.of(BpeVocabulary.MERGES_HEADER)));
        assertEquals(vocab + ": special token '</s>' is missing; expected [<pad>, <unk>, <s>, </s>]",
                bpeError(List.of("<pad>", "<unk>", "<s>", "a", "▁"), List.of(BpeVocabulary.MERGES_HEADER)));
        assertEquals(vocab + ": the word-boundary marker '▁' (U+2581) is not a token",
                bpeError(List.of("<pad>", "<unk>", "<s>", "</s>", "a"), List.of(BpeVocabulary.MERGES_HEADER)));
    }

    @Test
    void invalidUtf8NamesTheFile() throws IOException {
        Path vocab = Files.write(dir.resolve("vocab.txt"), new byte[] {'[', 'P', 'A', 'D', ']', '\n', (byte) 0xC3, '(', '\n'});
        String message = assertThrows(IOException.class, () -> WordPieceVocabulary.load(vocab, SpecialTokens.BERT, 100)).getMessage();
        assertTrue(message.startsWith(vocab + ": not valid UTF-8 text, at line"), message);
    }

    @Test
    void wordPieceNamesTheBadLine() throws IOException {
        Path vocab = Files.write(dir.resolve("vocab.txt"), List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "##b", "a"));
        assertEquals(vocab + ", line 8: token 'a' appears twice, first at " + vocab + ", line 6",
                assertThrows(IOException.class, () -> WordPieceVocabulary.load(vocab, SpecialTokens.BERT, 100)).getMessage());
        Path missing = Files.write(dir.resolve("missing.txt"), List.of("[PAD]", "a"));
        assertEquals(missing + ": special token '[UNK]' is missing; expected [[PAD], [UNK], [CLS], [SEP], [MASK]]",
                assertThrows(IOException.class, () -> WordPieceVocabulary.load(missing, SpecialTokens.BERT, 100)).getMessage());
    }

    @Test
    void badJsonNamesTheField() {
        ObjectNode json = BpeVocabulary.learn(List.of("ab ab").iterator(), SubwordSettings.of(20)).toJson();
        ((ArrayNode) json.get("merges")).add("a zz");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SubwordVocabulary.fromJson(json));
        assertTrue(e.getMessage().startsWith("BPE vocabulary JSON: merges[2] must be two tokens of 'tokens' and one space"), e.getMessage());
        json.put("format", "textkit-vocabulary");
        e = assertThrows(IllegalArgumentException.class, () -> SubwordVocabulary.fromJson(json));
        assertTrue(e.getMessage().startsWith("subword vocabulary JSON: field 'format' must be"), e.getMessage());
        ObjectNode wp = WordPieceVocabulary.learn(List.of("ab ab").iterator(), new SubwordSettings(20, 1, SpecialTokens.BERT), 100).toJson();
        wp.put("maxCharsPerWord", 0);
        e = assertThrows(IllegalArgumentException.class, () -> SubwordVocabulary.fromJson(wp));
        assertEquals("WordPiece vocabulary JSON: field 'maxCharsPerWord' must be a positive integer, got 0", e.getMessage());
    }
}
