package io.textkit.corpora.download;

import io.textkit.core.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled manifest parses, and each entry's size and SHA-256 are those of the verified copy under
 * {@code shared/data} (same relative path); a missing copy skips that entry, naming the file.
 */
class BundledManifestMatchesSharedDataTest {
    @Test
    void theBundledManifestParsesAndUsesHttps() throws Exception {
        Manifest manifest = Manifest.bundled();
        assertFalse(manifest.datasets().isEmpty());
        for (Dataset d : manifest.datasets()) {
            assertFalse(d.licence().isBlank(), d.name());
            for (DatasetFile f : d.files()) {
                assertTrue(f.url().startsWith("https://"), f.url());
            }
        }
    }

    @TestFactory
    Iterable<DynamicTest> everyEntryMatchesTheRealFile() throws Exception {
        return Manifest.bundled().datasets().stream()
                .flatMap(d -> d.files().stream())
                .map(f -> DynamicTest.dynamicTest(f.path(), () -> {
                    Path real = SharedData.file(f.path());
                    assertEquals(f.size(), Files.size(real), f.path());
                    assertEquals(f.sha256(), Sha256.of(real), f.path());
                }))
                .toList();
    }
}
