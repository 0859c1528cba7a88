package io.textkit.core.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.zip.CRC32;
import org.ejml.data.FMatrixRMaj;

/** Sample models, and raw files assembled byte by byte from the documented layout. */
final class ModelFileFixtures {
    private ModelFileFixtures() {}

    static final Instant CREATED_AT = Instant.parse("2025-01-31T12:34:56.789Z");

    static FMatrixRMaj matrix(int rows, int cols, float... values) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        System.arraycopy(values, 0, m.data, 0, values.length);
        return m;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** An "mlp" with two small tensors, hyper-parameters and a vocabulary. */
    static ModelFile sample() {
        return sample("mlp");
    }

    static ModelFile sample(String kind) {
        ObjectNode config = object().put("hidden", 4).put("learningRate", 0.01).put("activation", "relu");
        ObjectNode metadata = object().put("seed", 42).put("dataFingerprint", "sha256:abc");
        metadata.putArray("vocabulary").add("<unk>").add("the").add("naïve").add("日本");
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("w1", matrix(2, 3, 1, 2, 3, 4, 5, 6));
        tensors.put("b1", matrix(1, 3, -1, 0, 1));
        return new ModelFile(kind, "0.1.0-test", CREATED_AT, config, metadata, tensors);
    }

    /** The file's header length, read from the prelude. */
    static int headerLength(byte[] file) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
    }

    /** Offset of the first tensor's data. */
    static int dataStart(byte[] file) {
        return ModelFormat.PRELUDE_BYTES + headerLength(file);
    }

    static byte[] floats(float... values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putFloat(v);
        }
        return bytes.array();
    }

    /** A well-formed "mlp" header around the given tensor table (a JSON array). */
    static String headerJson(String tensors) {
        return "{\"formatVersion\":1,\"kind\":\"mlp\",\"textkitVersion\":\"0.1.0\","
                + "\"createdAt\":\"2025-01-31T12:00:00Z\",\"tensors\":" + tensors
                + ",\"config\":{},\"metadata\":{}}";
    }

    /** A file with the given version, header text and data, and correct checksums throughout. */
    static byte[] craft(int version, String header, byte[] data) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        return craft(version, json.length, json, data);
    }

    /** As {@link #craft(int, String, byte[])} but with a header length that may lie. */
    static byte[] craft(int version, int headerLength, byte[] header, byte[] data) {
        ByteBuffer file = ByteBuffer.allocate(ModelFormat.PRELUDE_BYTES + header.length + data.length + 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        file.put(ModelFormat.MAGIC).putInt(version).putInt(headerLength).putInt(crc(header, header.length));
        file.put(header).put(data);
        file.putInt(crc(file.array(), file.position()));
        return file.array();
    }

    static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
