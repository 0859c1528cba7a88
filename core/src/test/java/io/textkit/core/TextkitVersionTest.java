package io.textkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The build stamps the version and, in a git checkout, the commit it was built from. */
class TextkitVersionTest {
    @Test
    void describeGivesTheVersionAndTheCommit() {
        assertTrue(TextkitVersion.get().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), TextkitVersion.get());
        assertTrue(TextkitVersion.commit().matches("[0-9a-f]{7,40}|unknown"), TextkitVersion.commit());
        String expected = TextkitVersion.commit().equals("unknown")
                ? " (commit unknown: built outside a git checkout)"
                : " (commit " + TextkitVersion.commit() + ")";
        assertEquals(TextkitVersion.get() + expected, TextkitVersion.describe());
    }

    @Test
    void aBuildInsideAGitCheckoutKnowsItsCommit() throws IOException, InterruptedException {
        // Tests run in core/; a clone has .git as a folder beside it, a worktree as a file.
        assumeTrue(Files.exists(Path.of("..", ".git")), "not built inside a git checkout");
        assertNotEquals("unknown", TextkitVersion.commit());
        String head = gitHead();
        assumeTrue(head != null, "no git command to compare with");
        assertTrue(head.startsWith(TextkitVersion.commit()), TextkitVersion.commit() + " is not HEAD " + head);
    }

    private static String gitHead() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
