package io.textkit.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/**
 * Reads little-endian values from a channel, updating a CRC32 with every byte read, so the reader
 * can compare the file's trailing checksum without a second pass. Floats arrive in bulk through
 * one direct buffer.
 */
final class ChecksummedInput {
    private final FileChannel channel;
    private final CRC32 crc = new CRC32();
    private final ByteBuffer buffer =
            ByteBuffer.allocateDirect(ModelFormat.CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    ChecksummedInput(FileChannel channel) {
        this.channel = channel;
    }

    /** Reads {@code length} bytes; the caller has checked that the file holds them. */
    byte[] readBytes(int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer target = ByteBuffer.wrap(bytes);
        while (target.hasRemaining()) {
            if (channel.read(target) < 0) {
                throw new EOFException();
            }
        }
        crc.update(bytes);
        return bytes;
    }

    int readInt() throws IOException {
        fill(Integer.BYTES, true);
        return buffer.getInt();
    }

    /** Reads {@code count} float32 values into {@code values[0..count)}. */
    void readFloats(float[] values, int count) throws IOException {
        int chunk = ModelFormat.CHUNK_BYTES / Float.BYTES;
        for (int done = 0; done < count; ) {
            int n = Math.min(chunk, count - done);
            fill(n * Float.BYTES, true);
            buffer.asFloatBuffer().get(values, done, n);
            done += n;
        }
    }

    /** The CRC32 of every byte read so far. */
    int checksum() {
        return (int) crc.getValue();
    }

    /** Reads the file's trailing CRC32, which is not part of what it checks. */
    int readStoredChecksum() throws IOException {
        fill(Integer.BYTES, false);
        return buffer.getInt();
    }

    private void fill(int length, boolean checksummed) throws IOException {
        buffer.clear().limit(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException();
            }
        }
        buffer.flip();
        if (checksummed) {
            crc.update(buffer);
            buffer.rewind();
        }
    }
}
