package io.textkit.corpora.download;

import java.nio.file.Path;

/**
 * Where downloaded datasets live: the {@value #PROPERTY} system property, else the {@code TEXTKIT_DATA}
 * environment variable, else {@code ~/.textkit/data}. Files keep their manifest paths beneath it.
 */
public final class DataHome {
    /** System property that overrides the environment, for tests and embedding applications. */
    public static final String PROPERTY = "textkit.data.home";

    private DataHome() {
    }

    /** The data home directory; it need not exist yet. */
    public static Path resolve() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("TEXTKIT_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".textkit", "data");
    }
}
