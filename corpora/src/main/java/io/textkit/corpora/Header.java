package io.textkit.corpora;

/** Whether a tab-separated labelled file starts with a line of column names. */
public enum Header {
    /** Every line is data. */
    NONE,
    /** The first non-blank line names the columns and is skipped, whatever it says. */
    PRESENT,
    /**
     * The first non-blank line is skipped when its label column holds a column name, compared
     * without case: {@code label}, {@code labels}, {@code score}, {@code class}, {@code category},
     * {@code sentiment}, {@code polarity} or {@code target}. That covers GLUE ({@code sentence<TAB>label})
     * and the UCI files ({@code sentence<TAB>score}); a dataset whose classes carry one of these
     * names must say {@link #NONE}.
     */
    DETECT
}
