package io.textkit.corpora.download;

import java.util.List;

/**
 * A named dataset of the {@link Manifest}: what it is, under which terms it may be used, and its files.
 *
 * @param licence the terms as the source states them, shown before anything is downloaded
 */
public record Dataset(String name, String description, String licence, List<DatasetFile> files) {
    public Dataset {
        files = List.copyOf(files);
    }

    /** The total size of the files in bytes. */
    public long size() {
        return files.stream().mapToLong(DatasetFile::size).sum();
    }
}
