package io.textkit.embed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file the way core's {@code ModelFileWriter} writes model files: to a hidden temporary
 * file beside the target, forced to disk, then renamed over the target, so that a crash leaves the
 * old file or the new one and never half of one. Core keeps its helper private, hence this one.
 */
final class AtomicFile {
    private AtomicFile() {}

    /** Produces the content; the stream is buffered and must not be closed. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code file} with what {@code content} writes; on any failure the target is untouched. */
    static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        // Same directory so the rename cannot cross file systems; not Files.createTempFile, whose
        // owner-only permissions the rename would carry over to the result.
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
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
    }
}
