package io.textkit.corpora;

import java.util.List;
import java.util.Objects;

/**
 * A text and its labels, as a text classifier trains on it. Most datasets give one label; fastText
 * files may give several.
 *
 * @param text   the text, without surrounding whitespace; never empty
 * @param labels at least one label, none empty, in file order
 */
public record LabelledExample(String text, List<String> labels) {
    public LabelledExample {
        Objects.requireNonNull(text, "text");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("an example needs at least one label: " + text);
        }
    }

    /** An example with one label. */
    public LabelledExample(String text, String label) {
        this(text, List.of(label));
    }

    /** The only label, for single-label data; fails on a multi-label example rather than pick one. */
    public String label() {
        if (labels.size() != 1) {
            throw new IllegalStateException("example has " + labels.size() + " labels " + labels + ": " + text);
        }
        return labels.get(0);
    }
}
