package io.textkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of textkit on the class path and the commit it was built from, as Maven stamped them. */
public final class TextkitVersion {
    private static final String UNKNOWN = "unknown";
    private static final Properties STAMP = load();
    private static final String VERSION = stamped("version");
    private static final String COMMIT = stamped("commit");

    private TextkitVersion() {}

    /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    /**
     * The abbreviated id of the git commit the build was made from, e.g. {@code 1ef6222}, or
     * {@code unknown} when it was built outside a git checkout.
     */
    public static String commit() {
        return COMMIT;
    }

    /** Version and commit in one line, e.g. {@code 0.1.0-SNAPSHOT (commit 1ef6222)}. */
    public static String describe() {
        return VERSION + (COMMIT.equals(UNKNOWN)
                ? " (commit unknown: built outside a git checkout)"
                : " (commit " + COMMIT + ")");
    }

    /** A stamped value, or {@code unknown} when the build left the placeholder unfilled. */
    private static String stamped(String key) {
        String value = STAMP.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = TextkitVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read textkit's version.properties", e);
        }
    }
}
