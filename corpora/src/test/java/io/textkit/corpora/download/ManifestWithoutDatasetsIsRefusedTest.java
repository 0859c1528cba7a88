package io.textkit.corpora.download;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzzing findings: a manifest that is JSON {@code null}, has no {@code datasets} array, or lists a
 * null or nameless dataset failed with a NullPointerException instead of naming the file.
 */
class ManifestWithoutDatasetsIsRefusedTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"null", "{}", "{\"datasets\": null}", "{\"datasets\": [null]}",
            "{\"datasets\": [{\"description\": \"d\", \"licence\": \"l\", \"files\": []}]}"})
    void aManifestWithoutNamedDatasetsIsRefusedNamingTheFile(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("datasets.json"), json);
        IOException e = assertThrows(IOException.class, () -> Manifest.load(file));
        assertTrue(e.getMessage().startsWith("bad dataset manifest " + file + ": "), e.getMessage());
    }
}
