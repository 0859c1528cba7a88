package io.textkit.embed;

/** Correct answers out of the questions asked, for one section of an analogy set or a total. */
public record AnalogyScore(String section, int correct, int total) {

    /** correct / total, or NaN when no question of the section could be asked. */
    public double accuracy() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }
}
