package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code decode(encode(line))} is the normalised line for every line of real corpora: Multi30k's
 * raw and tokenised English and German (train, val, test2016) and a slice of the English mix, with
 * BPE and WordPiece learned on the same lines.
 */
class SubwordRoundTripOnRealCorporaTest {
    private static final String MULTI30K = "parallel/multi30k/";

    @Test
    void everyMulti30kLineRoundTrips() throws IOException {
        for (String language : List.of("en", "de")) {
            List<String> raw = new ArrayList<>();
            for (String split : List.of("train", "val", "test_2016_flickr")) {
                raw.addAll(lines(SharedData.file(MULTI30K + "raw/" + split + "." + language + ".gz"), Integer.MAX_VALUE));
            }
            assertRoundTrips(raw, 8000, "raw " + language);
            List<String> tok = new ArrayList<>();
            for (String split : List.of("train", "val", "test_2016_flickr")) {
                tok.addAll(lines(SharedData.file(MULTI30K + "tok/" + split + ".lc.norm.tok." + language), Integer.MAX_VALUE));
            }
            assertRoundTrips(tok, 8000, "tok " + language);
        }
    }

    @Test
    void englishMixSliceRoundTrips() throws IOException {
        assertRoundTrips(lines(SharedData.file("corpus/english-mix.txt.gz"), 20_000), 4000, "english-mix");
    }

    private static void assertRoundTrips(List<String> lines, int size, String name) {
        SubwordSettings settings = new SubwordSettings(size, 2, SpecialTokens.SENTENCEPIECE);
        BpeVocabulary bpe = BpeVocabulary.learn(lines.iterator(), settings);
        WordPieceVocabulary wordPiece = WordPieceVocabulary.learn(lines.iterator(),
                new SubwordSettings(size, 2, SpecialTokens.BERT), 10_000);
        assertTrue(bpe.size() > size / 2, name + ": BPE learned only " + bpe.size() + " tokens");
        assertTrue(wordPiece.size() > size / 2, name + ": WordPiece learned only " + wordPiece.size() + " tokens");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String normal = SubwordText.normalize(line);
            assertEquals(normal, bpe.decode(bpe.encode(line)), () -> name + " BPE, line " + line);
            assertEquals(normal, wordPiece.decode(wordPiece.encode(line)), () -> name + " WordPiece, line " + line);
        }
    }

    private static List<String> lines(Path file, int limit) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null && lines.size() < limit; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
