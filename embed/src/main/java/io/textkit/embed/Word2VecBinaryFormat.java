package io.textkit.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The word2vec binary format of the original C tool and gensim's
 * {@code save_word2vec_format(binary=True)}: an ASCII header line {@code count dimension\n}, then
 * per word its UTF-8 bytes, a space, and {@code dimension} little-endian float32 values.
 *
 * <p>The C tool ends each entry with '\n'; gensim 4 writes no newline. This writer adds it, as the
 * C tool does; the reader, like gensim's, skips newlines before a word, so it reads both. Values are
 * copied bit for bit (NaN payloads and -0.0 included).
 */
public final class Word2VecBinaryFormat {
    /** No real word is this long; a longer one means the file is not in this format. */
    private static final int MAX_WORD_BYTES = 1 << 16;
    /** The header is two decimal integers; anything longer is not a word2vec header. */
    private static final int MAX_HEADER_BYTES = 64;

    private Word2VecBinaryFormat() {}

    /** Reads every word of {@code file}. */
    public static WordVectors read(Path file) throws IOException {
        return read(file, Integer.MAX_VALUE);
    }

    /**
     * Reads the first {@code limit} words of {@code file} (gensim's {@code limit}), streaming. Throws
     * {@link Word2VecFormatException} naming the entry and byte offset at fault for a bad header,
     * a word that is not valid UTF-8, a file that ends inside an entry, or (without a limit) data
     * after the entries the header announces.
     */
    public static WordVectors read(Path file, int limit) throws IOException {
        long fileSize = Files.size(file);
        try (ByteInput in = new ByteInput(Files.newInputStream(file))) {
            return new Reader(file, in).read(fileSize, limit);
        }
    }

    /**
     * Writes {@code vectors} to {@code file} atomically (a temporary file renamed over the target).
     * Throws {@link IllegalArgumentException}, before writing anything, for an empty word or one
     * containing whitespace, which this format cannot represent.
     */
    public static void write(Path file, WordVectors vectors) throws IOException {
        Word2VecEntries.checkWritable(vectors);
        float[] data = vectors.matrix().data;
        int dim = vectors.dimension();
        AtomicFile.write(file, out -> {
            out.write(new Word2VecHeader(vectors.size(), dim).line().getBytes(StandardCharsets.US_ASCII));
            ByteBuffer values = ByteBuffer.allocate(4 * dim).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < vectors.size(); i++) {
                out.write(vectors.word(i).getBytes(StandardCharsets.UTF_8));
                out.write(' ');
                values.clear();
                values.asFloatBuffer().put(data, i * dim, dim);
                out.write(values.array());
                out.write('\n');
            }
        });
    }

    /** One read of one file: the stream, where it is, and a word buffer reused across entries. */
    private static final class Reader {
        private final Path file;
        private final ByteInput in;
        private byte[] word = new byte[64];
        /** The byte after the newlines {@link #skipNewlines()} skipped: a word's first, or -1 at the end. */
        private int pending;

        Reader(Path file, ByteInput in) {
            this.file = file;
            this.in = in;
        }

        WordVectors read(long fileSize, int limit) throws IOException {
            Word2VecHeader header = Word2VecHeader.parse(file, readHeader());
            int dim = header.dimension();
            // The shortest possible entry: a one-byte word, a space and the values.
            int rows = header.rowsToRead(limit);
            Word2VecEntries entries = new Word2VecEntries(
                    header.capacity(file, rows, fileSize - in.offset(), 2 + 4L * dim), dim);
            // A vector longer than the file cannot be in it: a damaged dimension then fails at the
            // first entry instead of allocating (or overflowing) buffers of its size.
            boolean fits = 4L * dim <= Math.min(fileSize, Integer.MAX_VALUE - 8);
            byte[] values = new byte[fits ? 4 * dim : 0];
            float[] row = new float[fits ? dim : 0];
            for (int i = 0; i < rows; i++) {
                int entry = i + 1;
                long start = skipNewlines();
                String text = readWord(entry, start, header.count());
                if (!fits || in.readFully(values, values.length) < values.length) {
                    throw new Word2VecFormatException(file, where(entry, start), "the file ends inside the "
                            + "vector of '" + text + "'; it is truncated");
                }
                ByteBuffer.wrap(values).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(row);
                entries.add(text, row);
            }
            if (rows == header.count()) {
                requireEnd(header.count());
            }
            return entries.build();
        }

        private String readHeader() throws IOException {
            byte[] bytes = new byte[MAX_HEADER_BYTES];
            int length = 0;
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0 || length == bytes.length) {
                    throw new Word2VecFormatException(file, "line 1", b < 0
                            ? "the file ends before the header line 'count dimension' does"
                            : "the header line is longer than " + MAX_HEADER_BYTES + " bytes; is this a "
                                    + "word2vec binary file?");
                }
                bytes[length++] = (byte) b;
            }
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }

        /** Skips the newlines the C tool writes after each vector; returns the offset of the word. */
        private long skipNewlines() throws IOException {
            int b;
            do {
                b = in.read();
            } while (b == '\n');
            pending = b;
            return in.offset() - (b < 0 ? 0 : 1);
        }

        private String readWord(int entry, long start, int count) throws IOException {
            int length = 0;
            for (int b = pending; b != ' '; b = in.read()) {
                if (b < 0) {
                    throw new Word2VecFormatException(file, where(entry, start), length == 0
                            ? "the file ends after " + (entry - 1) + " of the " + count + " words its "
                                    + "header announces"
                            : "the file ends inside a word; it is truncated");
                }
                if (b == '\n') {
                    throw new Word2VecFormatException(file, where(entry, start), "the word contains a "
                            + "line break; is this a text-format file, or does the header's dimension "
                            + "not match the vectors?");
                }
                if (length == MAX_WORD_BYTES) {
                    throw new Word2VecFormatException(file, where(entry, start), "no space after "
                            + MAX_WORD_BYTES + " bytes; is this really a word2vec binary file?");
                }
                if (length == word.length) {
                    word = Arrays.copyOf(word, 2 * word.length);
                }
                word[length++] = (byte) b;
            }
            if (length == 0) {
                throw new Word2VecFormatException(file, where(entry, start), "the word is empty");
            }
            try {
                return in.decode(word, length);
            } catch (CharacterCodingException e) {
                throw new Word2VecFormatException(file, where(entry, start), "the word is not valid "
                        + "UTF-8 (" + e + ")", e);
            }
        }

        private void requireEnd(int count) throws IOException {
            long at = skipNewlines();
            if (pending >= 0) {
                throw new Word2VecFormatException(file, "byte " + at, "more data follows the " + count
                        + " words its header announces; the count is wrong (pass a limit to read only "
                        + "the first words)");
            }
        }
    }

    private static String where(int entry, long offset) {
        return "entry " + entry + " at byte " + offset;
    }
}
