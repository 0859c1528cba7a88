package io.textkit.corpora.download;

import java.util.Collection;

/** A dataset name the manifest does not have; the message lists the names it does have. */
public final class UnknownDatasetException extends IllegalArgumentException {
    public UnknownDatasetException(String name, Collection<String> known) {
        super("unknown dataset '" + name + "'; valid names: " + String.join(", ", known));
    }
}
