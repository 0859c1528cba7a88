package io.textkit.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import org.ejml.data.FMatrixRMaj;

/**
 * Saves a {@link ModelFile} in the layout its Javadoc describes, atomically (see
 * {@link AtomicWrite}): a crash or error at any point leaves either the old file or the new one.
 */
public final class ModelFileWriter {
    private ModelFileWriter() {}

    /**
     * Writes {@code model} to {@code file}, replacing any existing file. Throws
     * {@link IllegalArgumentException} if a tensor no longer holds as many values as its shape
     * says; the target is then left as it was.
     */
    public static void write(Path file, ModelFile model) throws IOException {
        byte[] header = ModelHeader.encode(model);
        AtomicWrite.replace(file, channel -> writeContent(channel, header, model));
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
}
