package io.textkit.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import org.ejml.data.FMatrixRMaj;

/**
 * Saves a {@link ModelFile} in the layout its Javadoc describes, atomically: the bytes go to a
 * temporary file beside the target, are forced to disk, and the temporary file is then renamed
 * over the target. A crash or error at any point leaves either the old file or the new one, never a
 * mixture, and the temporary file is deleted on failure.
 */
public final class ModelFileWriter {
    private ModelFileWriter() {}

    /**
     * Writes {@code model} to {@code file}, replacing any existing file. Throws
     * {@link IllegalArgumentException} if a tensor no longer holds as many values as its shape
     * says; the target is then left as it was.
     */
    public static void write(Path file, ModelFile model) throws IOException {
        Path target = file.toAbsolutePath();
        byte[] header = ModelHeader.encode(model);
        Path temp = temporarySibling(target);
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            try (channel) {
                writeContent(channel, header, model);
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

    private static void writeContent(FileChannel channel, byte[] header, ModelFile model)
            throws IOException {
        CRC32 headerCrc = new CRC32();
        headerCrc.update(header);
        ChecksummedOutput out = new ChecksummedOutput(channel);
        out.writeBytes(ModelFormat.MAGIC);
        out.writeInt(ModelFormat.VERSION);
        out.writeInt(header.length);
        out.writeInt((int) headerCrc.getValue());
        out.writeBytes(header);
        for (Map.Entry<String, FMatrixRMaj> tensor : model.tensors().entrySet()) {
            FMatrixRMaj matrix = tensor.getValue();
            ModelFile.checkTensor(tensor.getKey(), matrix);
            out.writeFloats(matrix.data, matrix.numRows * matrix.numCols);
        }
        out.finish();
    }

    /**
     * A hidden name in the target's directory, so the final rename cannot cross file systems; the
     * caller creates it with CREATE_NEW. Not {@link Files#createTempFile}: that makes the file
     * owner-only on POSIX, and the rename would carry those permissions over to the model, where
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
