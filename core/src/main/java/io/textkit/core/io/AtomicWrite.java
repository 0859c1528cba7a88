package io.textkit.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file atomically: the content goes to a hidden temporary file beside the target, is
 * forced to disk, and the temporary file is renamed over the target. A crash, an error or an
 * interrupt at any point leaves either the old file or the new one, never a mixture, and the
 * temporary file is deleted on failure. Every file textkit writes goes through here.
 */
public final class AtomicWrite {
    private AtomicWrite() {}

    /** Writes the whole content to a channel positioned at the start of an empty file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(FileChannel channel) throws IOException;
    }

    /** Replaces {@code file} with what {@code content} writes; on any failure the target is untouched. */
    public static void replace(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = temporarySibling(target);
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            try (channel) {
                content.writeTo(channel);
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (Throwable e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        syncDirectory(target.getParent());
    }

    /**
     * A hidden name in the target's directory, so the final rename cannot cross file systems; the
     * caller creates it with CREATE_NEW. Not {@link Files#createTempFile}: that makes the file
     * owner-only on POSIX, and the rename would carry those permissions over to the result, where
     * the umask should decide them.
     */
    private static Path temporarySibling(Path target) {
        return target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    }

    /** Makes the rename itself durable where the platform allows opening a directory (POSIX). */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory; the rename has happened and is atomic regardless.
        }
    }
}
