package io.textkit.embed;

import io.textkit.core.io.AtomicWrite;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;

/** {@link AtomicWrite} for the word2vec formats, which write through a buffered stream. */
final class AtomicFile {
    private AtomicFile() {}

    /** Produces the content; the stream is buffered and must not be closed. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code file} with what {@code content} writes; on any failure the target is untouched. */
    static void write(Path file, Content content) throws IOException {
        AtomicWrite.replace(file, channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
        });
    }
}
