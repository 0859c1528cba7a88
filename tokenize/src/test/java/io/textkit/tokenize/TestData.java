package io.textkit.tokenize;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared datasets: {@code shared/data} beside the project root ({@code ../shared/data}),
 * looked for in every ancestor of the working directory so that git worktrees nested deeper find
 * it too.
 */
final class TestData {
    private TestData() {
    }

    /** The dataset file, which may not exist; tests skip naming it when it does not. */
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
