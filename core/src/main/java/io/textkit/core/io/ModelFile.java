package io.textkit.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.TextkitVersion;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.StringJoiner;
import org.ejml.data.FMatrixRMaj;

/**
 * Everything a textkit model saves: its kind, how it was made, and its weights. Written by
 * {@link ModelFileWriter}, read back by {@link ModelFileReader}, one file per model.
 *
 * <p>The kind names the model family ("mlp", "word2vec", "textcnn") so a loader can refuse another
 * family's file. {@code config} holds the hyper-parameters and {@code metadata} the provenance and
 * whatever prediction needs besides weights (seed, data fingerprint, tokenizer settings,
 * vocabulary, labels); both are JSON objects whose shape the model chooses. The tensors keep their
 * insertion order, which is also their order in the file. JSON does not keep Java's number types:
 * read back, an integer is the narrowest of int, long and BigInteger that holds it, and a fraction
 * is a double, so compare values ({@code asLong()}, {@code asDouble()}), not node classes.
 *
 * <p>The JSON trees are copied in and out, so this value cannot change under its holder. The
 * tensors are shared, not copied, because a model's weights may take hundreds of megabytes; treat
 * them as read-only.
 *
 * <h2>On-disk layout, format version 1</h2>
 * All integers are little-endian; offsets are from the start of the file.
 * <pre>
 * offset  bytes  field
 * 0       8      magic: ASCII "TEXTKIT" then one NUL byte (54 45 58 54 4B 49 54 00)
 * 8       4      format version, int32 = 1
 * 12      4      header length H in bytes, int32 &gt;= 0
 * 16      4      CRC32 of the H header bytes
 * 20      H      header: one UTF-8 JSON object, padded with spaces so 20 + H is a multiple of 8
 * 20+H    4·n    tensor data: each tensor's rows·cols float32 values, row-major, in table order
 * end-4   4      CRC32 of every byte before it
 * </pre>
 * The header object has exactly these fields:
 * <pre>
 * {"formatVersion": 1, "kind": "mlp", "textkitVersion": "0.1.0", "createdAt": "2025-01-31T12:00:00Z",
 *  "tensors": [{"name": "w1", "rows": 300, "cols": 64}, ...],
 *  "config": {...}, "metadata": {...}}
 * </pre>
 * The table gives no offsets: tensors are stored back to back, so the file's length is exactly
 * {@code 20 + H + 4·Σ rows·cols + 4}, and the reader checks that before reading any data. The
 * header has its own checksum so that damage to it is reported as damage, not as a misleading
 * shape or length.
 */
public final class ModelFile {
    private final String kind;
    private final String textkitVersion;
    private final Instant createdAt;
    private final ObjectNode config;
    private final ObjectNode metadata;
    private final SequencedMap<String, FMatrixRMaj> tensors;

    /**
     * Low-level constructor that sets every field, as the reader does. Models saving themselves use
     * {@link #of}. Throws {@link IllegalArgumentException} for a blank kind, an empty tensor name or
     * a matrix whose array is shorter than its shape.
     */
    public ModelFile(String kind, String textkitVersion, Instant createdAt, ObjectNode config,
            ObjectNode metadata, SequencedMap<String, FMatrixRMaj> tensors) {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("a model file needs a kind, e.g. \"mlp\"");
        }
        this.kind = kind;
        this.textkitVersion = Objects.requireNonNull(textkitVersion, "textkitVersion");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.config = Objects.requireNonNull(config, "config").deepCopy();
        this.metadata = Objects.requireNonNull(metadata, "metadata").deepCopy();
        SequencedMap<String, FMatrixRMaj> copy = new LinkedHashMap<>(tensors);
        copy.forEach(ModelFile::checkTensor);
        this.tensors = Collections.unmodifiableSequencedMap(copy);
    }

    /** A model file stamped with the running textkit version and the current time. */
    public static ModelFile of(String kind, ObjectNode config, ObjectNode metadata,
            SequencedMap<String, FMatrixRMaj> tensors) {
        return new ModelFile(kind, TextkitVersion.get(), Instant.now(), config, metadata, tensors);
    }

    /** The model family, e.g. "word2vec". */
    public String kind() {
        return kind;
    }

    /** The version of textkit that created this model. */
    public String textkitVersion() {
        return textkitVersion;
    }

    /** When the model was saved. */
    public Instant createdAt() {
        return createdAt;
    }

    /** A copy of the hyper-parameters. */
    public ObjectNode config() {
        return config.deepCopy();
    }

    /** A copy of the provenance and prediction-time data (vocabulary, labels, tokenizer settings). */
    public ObjectNode metadata() {
        return metadata.deepCopy();
    }

    /** The tensors by name, in file order; unmodifiable, the matrices shared. */
    public SequencedMap<String, FMatrixRMaj> tensors() {
        return tensors;
    }

    /** The tensor called {@code name}; throws {@link NoSuchElementException} naming the ones present. */
    public FMatrixRMaj tensor(String name) {
        FMatrixRMaj tensor = tensors.get(name);
        if (tensor == null) {
            throw new NoSuchElementException("the '" + kind + "' model has no tensor '" + name
                    + "'; it has " + tensors.keySet());
        }
        return tensor;
    }

    /**
     * Checks that {@code matrix} holds as many values as its shape says. The writer checks again as
     * it writes, because a shared matrix may have been reshaped since this value was built.
     */
    static void checkTensor(String name, FMatrixRMaj matrix) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("tensor names must not be empty");
        }
        if (matrix == null) {
            throw new IllegalArgumentException("tensor '" + name + "' is null");
        }
        if (matrix.numRows < 0 || matrix.numCols < 0
                || (long) matrix.numRows * matrix.numCols > matrix.data.length) {
            throw new IllegalArgumentException("tensor '" + name + "' claims " + matrix.numRows + "×"
                    + matrix.numCols + " but holds " + matrix.data.length + " values");
        }
    }

    /** Kind and tensor shapes, for logs and debugging. */
    @Override
    public String toString() {
        StringJoiner shapes = new StringJoiner(", ", "[", "]");
        tensors.forEach((name, m) -> shapes.add(name + " " + m.numRows + "×" + m.numCols));
        return "ModelFile{kind=" + kind + ", textkitVersion=" + textkitVersion + ", createdAt="
                + createdAt + ", tensors=" + shapes + "}";
    }
}
