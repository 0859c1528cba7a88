package io.textkit.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real datasets of {@code shared/data}, which are never committed, for every module's tests
 * (shipped in core's test jar). Found through the {@code textkit.data} system property, else in the
 * nearest ancestor of the working directory that has {@code shared/data} (the project root's parent
 * for a checkout, further up for a git worktree). A test that needs a missing file is skipped with a
 * message naming it, never passed silently.
 */
public final class SharedData {
    private static final Path ROOT = locate();

    private SharedData() {}

    /** The {@code shared/data} folder, which may not exist. */
    public static Path root() {
        return ROOT;
    }

    /** The dataset file at {@code relative} under {@code shared/data}; skips the test when it is absent. */
    public static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "real dataset missing, test skipped: " + file);
        return file;
    }

    private static Path locate() {
        String property = System.getProperty("textkit.data");
        if (property != null) {
            return Path.of(property);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared/data");
            if (Files.isDirectory(data)) {
                return data;
            }
        }
        return start.resolve("../../shared/data").normalize();
    }
}
