package io.textkit.embed;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a file of the shared datasets (never committed): under {@code shared/data} in the working
 * directory or the nearest ancestor that has one, which covers the project root's {@code ../shared}
 * as well as a worktree nested deeper.
 */
final class SharedData {
    private SharedData() {}

    /** The file, or where it was expected if no ancestor has it (tests then skip naming it). */
    static Path file(String relative) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return start.resolve("../../shared/data").resolve(relative).normalize();
    }
}
