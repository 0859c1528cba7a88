package io.textkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The version of textkit on the class path and the commit it was built from, as Maven stamped them. */
public final class TextkitVersion {
    private static final String UNKNOWN = "unknown";
    private static final String VERSION = loadVersion();
    private static final String COMMIT = loadCommit();

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

    private static String loadVersion() {
        try (InputStream in = TextkitVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read textkit's version.properties", e);
        }
    }

    /** The build writes {@code commit.txt} with {@code git rev-parse}'s answer, or "unknown" outside git. */
    private static String loadCommit() {
        try (InputStream in = TextkitVersion.class.getResourceAsStream("commit.txt")) {
            if (in == null) {
                return UNKNOWN;
            }
            String commit = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            return commit.matches("[0-9a-f]{7,40}") ? commit : UNKNOWN;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read textkit's commit.txt", e);
        }
    }
}
