package io.textkit.corpora.download;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The datasets textkit knows how to download, read from JSON of the form
 * {@code {"datasets": [{"name", "description", "licence", "files": [{"url", "path", "size", "sha256"}]}]}}.
 * The bundled manifest lists canonical sources with sums taken from verified copies; another one can
 * be named with the {@value #PROPERTY} system property (tests point it at a local server).
 */
public final class Manifest {
    /** System property naming a manifest file to use instead of the bundled one. */
    public static final String PROPERTY = "textkit.manifest";

    private static final String RESOURCE = "datasets.json";
    // Unknown fields fail loudly: a field such as "unpack" must not be silently ignored.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Document(List<Dataset> datasets) {}

    private final Map<String, Dataset> byName = new LinkedHashMap<>();

    private Manifest(List<Dataset> datasets, String source) {
        for (int i = 0; i < datasets.size(); i++) {
            Dataset d = datasets.get(i);
            if (d == null || d.name() == null || d.name().isBlank()) {
                throw new IllegalArgumentException("datasets[" + i + "] has no name");
            }
            if (byName.putIfAbsent(d.name(), d) != null) {
                throw new IllegalArgumentException(source + ": dataset '" + d.name() + "' listed twice");
            }
        }
    }

    /** The manifest named by {@value #PROPERTY}, else the bundled one. */
    public static Manifest standard() throws IOException {
        String override = System.getProperty(PROPERTY);
        return override != null ? load(Path.of(override)) : bundled();
    }

    /** The manifest that ships in this jar. */
    public static Manifest bundled() throws IOException {
        try (InputStream in = Manifest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("bundled dataset manifest missing: " + RESOURCE);
            }
            return parse(in, RESOURCE);
        }
    }

    /** Reads a manifest file. */
    public static Manifest load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    private static Manifest parse(InputStream in, String source) throws IOException {
        try {
            Document document = JSON.readValue(in, Document.class);
            if (document == null || document.datasets() == null) {
                throw new IllegalArgumentException("no \"datasets\" array");
            }
            return new Manifest(document.datasets(), source);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("bad dataset manifest " + source + ": " + e.getMessage(), e);
        }
    }

    /** Every dataset, in manifest order. */
    public List<Dataset> datasets() {
        return List.copyOf(byName.values());
    }

    /** The dataset called {@code name}; throws {@link UnknownDatasetException} listing the valid names. */
    public Dataset get(String name) {
        Dataset d = byName.get(name);
        if (d == null) {
            throw new UnknownDatasetException(name, byName.keySet());
        }
        return d;
    }
}
