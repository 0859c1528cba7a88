package io.textkit.corpora;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The compression of a stream, told by its first bytes rather than by a file name, which is often
 * wrong (a {@code .gz} that a browser already unpacked, a {@code .txt} that is really bzip2).
 */
enum Compression {
    NONE,
    GZIP,
    BZIP2,
    /** Recognised only to refuse it clearly: an archive holds several files, not one text. */
    ZIP;

    private static final int MAGIC_LENGTH = 4;

    /** Looks at the first bytes of {@code in} without consuming them. */
    static Compression sniff(BufferedInputStream in) throws IOException {
        in.mark(MAGIC_LENGTH);
        byte[] magic = in.readNBytes(MAGIC_LENGTH);
        in.reset();
        if (startsWith(magic, 0x1f, 0x8b)) {
            return GZIP;
        }
        if (startsWith(magic, 'B', 'Z', 'h')) {
            return BZIP2;
        }
        if (startsWith(magic, 'P', 'K', 3, 4)) {
            return ZIP;
        }
        return NONE;
    }

    /**
     * Returns the decompressed content of {@code raw}, whatever its compression.
     *
     * @param source the name to use in error messages
     */
    static InputStream decompress(InputStream raw, String source) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        Compression compression = sniff(in);
        // The decompressors read their header here, and their errors name no file; Utf8Reader names
        // the file for errors further in.
        try {
            return switch (compression) {
                case NONE -> in;
                case GZIP -> new GZIPInputStream(in, 1 << 16);
                // Concatenated streams are what pbzip2 and `cat a.bz2 b.bz2` produce.
                case BZIP2 -> new BZip2CompressorInputStream(in, true);
                case ZIP -> throw new TextFormatException(source, 0,
                        "is a zip archive, not a text file; extract the file you want from it first");
            };
        } catch (TextFormatException e) {
            throw e;
        } catch (IOException e) {
            throw compression.damaged(source, e);
        }
    }

    private TextFormatException damaged(String source, IOException e) {
        TextFormatException damaged = new TextFormatException(source, 0, "is damaged "
                + name().toLowerCase(Locale.ROOT) + " data (" + e.getMessage() + ")");
        damaged.initCause(e);
        return damaged;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
