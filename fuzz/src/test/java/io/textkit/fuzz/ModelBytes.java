package io.textkit.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Repairs the two checksums of a fuzzed model file (layout in {@code io.textkit.core.io.ModelFile}),
 * so that a mutation of the header or the tensor data reaches the JSON decoding and the model's
 * loader instead of stopping at the checksum check, as it would almost always do.
 */
final class ModelBytes {
    private static final int PRELUDE = 20;
    private static final int CRC = 4;

    private ModelBytes() {}

    /**
     * A copy of {@code bytes} whose header checksum matches the header its length field announces
     * and whose last four bytes are the checksum of everything before them; bytes too short or too
     * inconsistent to have those parts come back unchanged.
     */
    static byte[] withValidChecksums(byte[] bytes) {
        byte[] fixed = bytes.clone();
        if (fixed.length < PRELUDE) {
            return fixed;
        }
        ByteBuffer le = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = le.getInt(12);
        if (headerLength >= 0 && headerLength <= fixed.length - PRELUDE) {
            le.putInt(16, crc(fixed, PRELUDE, headerLength));
        }
        if (fixed.length >= PRELUDE + CRC) {
            le.putInt(fixed.length - CRC, crc(fixed, 0, fixed.length - CRC));
        }
        return fixed;
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(Arrays.copyOfRange(bytes, offset, offset + length));
        return (int) crc.getValue();
    }
}
