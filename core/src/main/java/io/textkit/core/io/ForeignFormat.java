package io.textkit.core.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses, from its first bytes, what a file that is not a textkit model might be, so the error
 * can say "it may be a word2vec file" instead of only "bad magic". A guess, never a verdict.
 */
final class ForeignFormat {
    private ForeignFormat() {}

    /** How many leading bytes {@link #guess} looks at. */
    static final int SNIFF_BYTES = 64;

    /** fastText's {@code FASTTEXT_FILEFORMAT_MAGIC_INT32}, little-endian at offset 0. */
    private static final int FASTTEXT_MAGIC = 793712314;

    /** word2vec's text and binary formats both open with "vocabularySize dimensions\n". */
    private static final Pattern WORD2VEC = Pattern.compile("\\d+ \\d+ ?\r?\n.*", Pattern.DOTALL);

    /** What {@code head} (the file's first bytes) suggests the file is, e.g. "a word2vec file". */
    static Optional<String> guess(byte[] head) {
        if (startsWith(head, 0x1F, 0x8B)) {
            return Optional.of("a gzip-compressed file");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return Optional.of("a zip archive");
        }
        if (startsWith(head, 0x93, 'N', 'U', 'M', 'P', 'Y')) {
            return Optional.of("a NumPy .npy file");
        }
        if (head.length >= Integer.BYTES
                && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt() == FASTTEXT_MAGIC) {
            return Optional.of("a fastText model");
        }
        String latin1 = new String(head, StandardCharsets.ISO_8859_1);
        if (WORD2VEC.matcher(latin1).matches()) {
            return Optional.of("a word2vec file");
        }
        if (isText(head)) {
            return Optional.of(latin1.stripLeading().startsWith("{") ? "a JSON file" : "a text file");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** No control bytes other than tab, CR and LF; bytes of 0x80 and above pass as UTF-8 text. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
