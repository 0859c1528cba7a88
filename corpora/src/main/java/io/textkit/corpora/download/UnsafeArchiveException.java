package io.textkit.corpora.download;

import java.io.IOException;

/** An archive entry that would land outside the folder it is unpacked into, or is a link or device. */
public final class UnsafeArchiveException extends IOException {
    public UnsafeArchiveException(String message) {
        super(message);
    }
}
