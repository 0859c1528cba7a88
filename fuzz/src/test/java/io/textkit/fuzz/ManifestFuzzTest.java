package io.textkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.corpora.download.Dataset;
import io.textkit.corpora.download.Manifest;
import java.io.IOException;

/**
 * Fuzzes the dataset manifest reader ({@code textkit.manifest}, or the bundled {@code datasets.json}):
 * any file must give a manifest or an IOException naming the file, and a manifest must be usable:
 * every dataset it lists can be looked up by its name.
 */
class ManifestFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void loadManifest(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            Manifest manifest = Manifest.load(Scratch.file("datasets.json", bytes));
            for (Dataset dataset : manifest.datasets()) {
                manifest.get(dataset.name()).files().forEach(file -> file.target(Scratch.root()));
            }
        }, "datasets.json", IOException.class);
    }
}
