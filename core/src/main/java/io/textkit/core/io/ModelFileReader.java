package io.textkit.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.zip.CRC32;
import org.ejml.data.FMatrixRMaj;

/**
 * Loads a {@link ModelFile}, checking every part of the layout its Javadoc describes and refusing
 * the file with a {@link ModelFileException} that names the file and the first problem found.
 *
 * <p>The checks run in the order that gives the truest diagnosis: magic (is it ours at all?),
 * format version (can this code read the rest?), the header's own checksum (can its lengths be
 * trusted?), the header's content, the file's length against the tensor table (truncated, or
 * trailing bytes?), and last the checksum over the data. No length read from the file is used to
 * allocate memory before it has been checked against the file's real size.
 */
public final class ModelFileReader {
    private ModelFileReader() {}

    /** Reads the model file at {@code file}, whatever its kind. */
    public static ModelFile read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads the model file at {@code file}, refusing it, before reading any tensor data, unless it
     * holds a model of {@code expectedKind}; {@code null} accepts any kind.
     */
    public static ModelFile read(Path file, String expectedKind) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(file, channel, expectedKind);
        } catch (EOFException e) {
            throw new ModelFileException(file, "is truncated: it ended while being read "
                    + "(is another program still writing it?)", e);
        }
    }

    /**
     * The kind of model in {@code file}, reading and checking only its prelude and header: to pick a
     * loader before reading a large file.
     */
    public static String kind(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(file, channel, new ChecksummedInput(channel), channel.size()).kind();
        } catch (EOFException e) {
            throw new ModelFileException(file, "is truncated: it ended while being read "
                    + "(is another program still writing it?)", e);
        }
    }

    private static ModelFile read(Path file, FileChannel channel, String expectedKind)
            throws IOException {
        long size = channel.size();
        ChecksummedInput in = new ChecksummedInput(channel);
        ModelHeader header = readHeader(file, channel, in, size);
        if (expectedKind != null && !expectedKind.equals(header.kind())) {
            throw new ModelFileException(file, "holds a '" + header.kind() + "' model, not the '"
                    + expectedKind + "' model that was expected");
        }
        long dataStart = channel.position();

        checkLength(file, size, dataStart, header);
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        for (TensorSpec spec : header.tensors()) {
            FMatrixRMaj matrix = new FMatrixRMaj(spec.rows(), spec.cols());
            in.readFloats(matrix.data, spec.elements());
            tensors.put(spec.name(), matrix);
        }
        int computed = in.checksum();
        int stored = in.readStoredChecksum();
        if (computed != stored) {
            throw new ModelFileException(file, "is corrupt: its checksum does not match (stored "
                    + hex(stored) + ", computed " + hex(computed) + "); its tensor data or checksum is damaged");
        }
        return new ModelFile(header.kind(), header.textkitVersion(), header.createdAt(),
                header.config(), header.metadata(), tensors);
    }

    /** Reads and checks the magic, format version, header length, header checksum and header. */
    private static ModelHeader readHeader(Path file, FileChannel channel, ChecksummedInput in, long size)
            throws IOException {
        checkMagic(file, channel, size, in.readBytes((int) Math.min(size, ModelFormat.MAGIC.length)));

        requireBytes(file, size, ModelFormat.MAGIC.length + Integer.BYTES, "the format version");
        int version = in.readInt();
        if (version != ModelFormat.VERSION) {
            throw new ModelFileException(file, "uses model format version " + version
                    + ", but this textkit reads only version " + ModelFormat.VERSION
                    + (version > ModelFormat.VERSION ? "; it was written by a newer textkit" : ""));
        }

        requireBytes(file, size, ModelFormat.PRELUDE_BYTES, "the header length and checksum");
        int headerLength = in.readInt();
        int storedHeaderCrc = in.readInt();
        if (headerLength < 0) {
            throw new ModelFileException(file, "is corrupt: its header length is " + headerLength);
        }
        long dataStart = ModelFormat.PRELUDE_BYTES + (long) headerLength;
        requireBytes(file, size, dataStart, "the header");
        byte[] headerBytes = in.readBytes(headerLength);
        int headerCrc = crc32(headerBytes);
        if (headerCrc != storedHeaderCrc) {
            throw new ModelFileException(file, "is corrupt: its header checksum does not match "
                    + "(stored " + hex(storedHeaderCrc) + ", computed " + hex(headerCrc) + ")");
        }
        return ModelHeader.decode(file, headerBytes);
    }

    private static void checkMagic(Path file, FileChannel channel, long size, byte[] magic)
            throws IOException {
        if (Arrays.equals(magic, ModelFormat.MAGIC)) {
            return;
        }
        if (size == 0) {
            throw new ModelFileException(file, "is empty, not a textkit model file");
        }
        if (Arrays.equals(magic, Arrays.copyOf(ModelFormat.MAGIC, magic.length))) {
            requireBytes(file, size, ModelFormat.MAGIC.length, "the magic number");
        }
        String guess = ForeignFormat.guess(head(channel, size))
                .map(what -> " (it may be " + what + ")")
                .orElse("");
        throw new ModelFileException(file, "is not a textkit model file" + guess);
    }

    /** The file's first bytes, read without moving the channel's position. */
    private static byte[] head(FileChannel channel, long size) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, ForeignFormat.SNIFF_BYTES));
        while (head.hasRemaining()) {
            if (channel.read(head, head.position()) < 0) {
                break;
            }
        }
        return Arrays.copyOf(head.array(), head.position());
    }

    private static void requireBytes(Path file, long size, long needed, String section)
            throws ModelFileException {
        if (size < needed) {
            throw new ModelFileException(file, "is truncated: it ends inside " + section
                    + " (" + needed + " bytes needed, " + size + " present)");
        }
    }

    /** The file must end exactly where the tensor table and the trailing checksum say. */
    private static void checkLength(Path file, long size, long dataStart, ModelHeader header)
            throws ModelFileException {
        long expected = dataStart + header.dataBytes() + ModelFormat.CHECKSUM_BYTES;
        if (size < expected) {
            throw new ModelFileException(file, "is truncated: its header describes " + expected
                    + " bytes but the file has " + size + "; it ends inside "
                    + sectionAt(size, dataStart, header.tensors()));
        }
        if (size > expected) {
            throw new ModelFileException(file, "has " + (size - expected) + " unexpected bytes after "
                    + "its checksum (" + expected + " bytes expected, " + size + " present)");
        }
    }

    /** Names the part of the data section that contains byte {@code offset}. */
    private static String sectionAt(long offset, long dataStart, List<TensorSpec> table) {
        long end = dataStart;
        for (TensorSpec spec : table) {
            end += spec.bytes();
            if (offset < end) {
                return "tensor '" + spec.name() + "'";
            }
        }
        return "the checksum";
    }

    private static int crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static String hex(int crc) {
        return String.format("%08x", crc);
    }
}
