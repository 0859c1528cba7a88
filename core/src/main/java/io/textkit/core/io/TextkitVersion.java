package io.textkit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of textkit that is running, stamped into every model file so a file says which
 * build wrote it. Maven fills it in from the project version when it copies the resources.
 */
final class TextkitVersion {
    private TextkitVersion() {}

    private static final String RESOURCE = "textkit-version.properties";

    private static final String CURRENT = load();

    /** The running textkit's version, e.g. "0.1.0-SNAPSHOT", or "unknown" outside a Maven build. */
    static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = TextkitVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
