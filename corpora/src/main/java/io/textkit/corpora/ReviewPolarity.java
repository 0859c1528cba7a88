package io.textkit.corpora;

import java.nio.file.Path;

/**
 * Pang and Lee's (2004) movie-review polarity dataset v2.0 ({@code textkit corpora get review-polarity}):
 * 1,000 positive and 1,000 negative full reviews, one sentence per line, in
 * {@code txt_sentoken/{pos,neg}/cvNNN_*.txt}. Its ten cross-validation folds are set by the file
 * number: fold = NNN / 100.
 */
public final class ReviewPolarity {
    /** The folder inside the archive (and the unpacked folder) that holds the label folders. */
    public static final String ROOT = "txt_sentoken";

    private ReviewPolarity() {
    }

    /** The reviews, read straight from {@code review_polarity.tar.gz}. */
    public static Corpus<LabelledDocument> fromArchive(Path archive) {
        return DocumentCorpus.ofArchive(archive, ROOT);
    }

    /** The cross-validation fold, 0 to 9, of a review, from its file name {@code cvNNN_…}. */
    public static int fold(LabelledDocument review) {
        String name = review.fileName();
        if (!name.matches("cv\\d{3}_.*")) {
            throw new IllegalArgumentException("not a review polarity file name (cvNNN_…): " + review.path());
        }
        return Integer.parseInt(name, 2, 5, 10) / 100;
    }
}
