package io.textkit.corpora.download;

import java.io.IOException;

/** Downloaded or present bytes that are not the ones the manifest names. */
public final class ChecksumMismatchException extends IOException {
    public ChecksumMismatchException(String message) {
        super(message);
    }
}
