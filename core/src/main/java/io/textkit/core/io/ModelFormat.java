package io.textkit.core.io;

/**
 * The constants of the on-disk layout described in {@link ModelFile}, shared by the reader and the
 * writer so the two cannot drift apart.
 */
final class ModelFormat {
    private ModelFormat() {}

    /** "TEXTKIT" and a NUL: readable in a hex dump, and no text file starts with a NUL. */
    static final byte[] MAGIC = {'T', 'E', 'X', 'T', 'K', 'I', 'T', 0};

    /** The only layout this code reads and writes; any change to the layout bumps it. */
    static final int VERSION = 1;

    /** Magic, format version, header length and header CRC32. */
    static final int PRELUDE_BYTES = MAGIC.length + 3 * Integer.BYTES;

    /** The trailing CRC32 of everything before it. */
    static final int CHECKSUM_BYTES = Integer.BYTES;

    /**
     * The writer pads the header with spaces so tensor data starts at a multiple of this, which lets
     * a later reader map the file and view the floats in place.
     */
    static final int DATA_ALIGNMENT = 8;

    /** Size of the I/O buffer floats pass through; a multiple of {@link Float#BYTES}. */
    static final int CHUNK_BYTES = 1 << 20;
}
