package io.textkit.embed;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of an analogy evaluation: a score per section in file order, the semantic and
 * syntactic totals (sections named "gram..." are syntactic, as in Mikolov et al. 2013), the overall
 * total, and how many questions were skipped because a word was outside the searched vocabulary.
 * Skipped questions count in no score, as with gensim's {@code dummy4unknown=False}.
 */
public record AnalogyResult(List<AnalogyScore> sections, AnalogyScore semantic, AnalogyScore syntactic,
        AnalogyScore overall, int questions, int skipped) {

    public AnalogyResult {
        sections = List.copyOf(sections);
    }

    /** The share of questions skipped for unknown words, in [0, 1]. */
    public double skippedRatio() {
        return questions == 0 ? 0 : (double) skipped / questions;
    }

    /** One line per section, then the totals and the skipped count, for printing. */
    public String table() {
        StringBuilder out = new StringBuilder();
        int width = "syntactic".length();
        for (AnalogyScore score : sections) {
            width = Math.max(width, score.section().length());
        }
        String row = "%-" + width + "s  %6s / %-6s %7s%n";
        out.append(String.format(Locale.ROOT, row, "section", "right", "asked", "acc."));
        for (AnalogyScore score : sections) {
            out.append(line(row, score));
        }
        out.append(line(row, semantic)).append(line(row, syntactic)).append(line(row, overall));
        out.append(String.format(Locale.ROOT, "skipped %d of %d questions (%.1f%%) for words outside the "
                + "vocabulary%n", skipped, questions, 100 * skippedRatio()));
        return out.toString();
    }

    @Override
    public String toString() {
        return table();
    }

    private static String line(String row, AnalogyScore score) {
        String accuracy = score.total() == 0 ? "-"
                : String.format(Locale.ROOT, "%.2f%%", 100 * score.accuracy());
        return String.format(Locale.ROOT, row, score.section(), score.correct(), score.total(), accuracy);
    }
}
