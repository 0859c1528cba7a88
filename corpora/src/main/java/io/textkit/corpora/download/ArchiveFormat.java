package io.textkit.corpora.download;

import java.util.Locale;

/** The archive formats a manifest file may declare to be unpacked, told by the file name. */
enum ArchiveFormat {
    ZIP(".zip"),
    TAR(".tar"),
    TAR_GZIP(".tar.gz", ".tgz");

    private final String[] suffixes;

    ArchiveFormat(String... suffixes) {
        this.suffixes = suffixes;
    }

    /** The format as a user names it: "zip", "tar" or "tar.gz". */
    String description() {
        return suffixes[0].substring(1);
    }

    /** The format of {@code fileName}; fails naming the file when its ending is none of the formats. */
    static ArchiveFormat of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ArchiveFormat format : values()) {
            for (String suffix : format.suffixes) {
                if (lower.endsWith(suffix)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("cannot unpack " + fileName + ": not a .zip, .tar, .tar.gz or .tgz archive");
    }
}
