package io.textkit.corpora;

import java.util.Objects;

/**
 * One document of a folder-per-class dataset ({@link DocumentCorpus}): where it was, its class and its
 * whole text.
 *
 * @param path  the file's path below the dataset root, {@code /}-separated, starting with the label
 *              folder ({@code pos/cv000_29590.txt})
 * @param label the name of the folder it sits in below the root
 * @param text  the file's content, without surrounding whitespace; never empty
 */
public record LabelledDocument(String path, String label, String text) {
    public LabelledDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    /** The file name without its folders ({@code cv000_29590.txt}), which some datasets' splits are defined by. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The document as a classifier's training example. */
    public LabelledExample example() {
        return new LabelledExample(text, label);
    }
}
