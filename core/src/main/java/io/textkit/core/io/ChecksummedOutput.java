package io.textkit.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/**
 * Writes little-endian values to a channel through one direct buffer, updating a CRC32 with each
 * buffer as it goes out, so a large float array is converted and checksummed in bulk rather than
 * value by value.
 */
final class ChecksummedOutput {
    private final FileChannel channel;
    private final CRC32 crc = new CRC32();
    private final ByteBuffer buffer =
            ByteBuffer.allocateDirect(ModelFormat.CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    ChecksummedOutput(FileChannel channel) {
        this.channel = channel;
    }

    void writeInt(int value) throws IOException {
        if (buffer.remaining() < Integer.BYTES) {
            drain(true);
        }
        buffer.putInt(value);
    }

    void writeBytes(byte[] bytes) throws IOException {
        for (int done = 0; done < bytes.length; ) {
            if (!buffer.hasRemaining()) {
                drain(true);
            }
            int n = Math.min(buffer.remaining(), bytes.length - done);
            buffer.put(bytes, done, n);
            done += n;
        }
    }

    /** Writes {@code values[0..count)} as float32. */
    void writeFloats(float[] values, int count) throws IOException {
        for (int done = 0; done < count; ) {
            if (buffer.remaining() < Float.BYTES) {
                drain(true);
            }
            int n = Math.min(buffer.remaining() / Float.BYTES, count - done);
            buffer.asFloatBuffer().put(values, done, n);
            buffer.position(buffer.position() + n * Float.BYTES);
            done += n;
        }
    }

    /** Writes the CRC32 of everything written so far, outside the checksum itself, and flushes. */
    void finish() throws IOException {
        drain(true);
        buffer.putInt((int) crc.getValue());
        drain(false);
    }

    private void drain(boolean checksummed) throws IOException {
        buffer.flip();
        if (checksummed) {
            crc.update(buffer);
            buffer.rewind();
        }
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
