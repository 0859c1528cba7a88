package io.textkit.app.translate;

import io.textkit.seq2seq.eval.Bleu;
import io.textkit.seq2seq.eval.BleuScore;
import io.textkit.seq2seq.eval.Chrf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A translator's translations of a test set and their corpus BLEU and chrF against the references,
 * both as sacrebleu computes them by default, so the numbers compare with published ones.
 *
 * @param translations one best translation per source line
 * @param bleu         corpus BLEU with its statistics
 * @param chrf         corpus chrF2, 0–100
 */
public record TestSetScore(List<String> translations, BleuScore bleu, double chrf) {
    /** Sentences translated together: enough to share the matrix products, few enough to report progress. */
    public static final int BATCH = 64;

    /**
     * Translates {@code sources} in batches of {@link #BATCH} and scores them against {@code references}
     * (one per source, same order). {@code progress} hears the sentences done so far after each batch;
     * {@code stopped} is asked before each batch and ends the work early with an
     * {@link IllegalStateException} when it answers true.
     */
    public static TestSetScore of(SentenceTranslator translator, List<String> sources, List<String> references,
            Decoding decoding, IntConsumer progress, BooleanSupplier stopped) {
        if (sources.size() != references.size()) {
            throw new IllegalArgumentException(sources.size() + " source lines but " + references.size()
                    + " references; give one reference line per source line");
        }
        List<String> translations = new ArrayList<>(sources.size());
        for (int from = 0; from < sources.size(); from += BATCH) {
            if (stopped.getAsBoolean()) {
                throw new IllegalStateException("stopped");
            }
            List<String> batch = sources.subList(from, Math.min(sources.size(), from + BATCH));
            for (List<Translation> best : translator.translate(batch, decoding)) {
                translations.add(best.get(0).text());
            }
            progress.accept(translations.size());
        }
        List<List<String>> referenceSets = List.of(references);
        return new TestSetScore(translations, Bleu.sacrebleuDefault().corpus(translations, referenceSets),
                Chrf.sacrebleuDefault().corpus(translations, referenceSets));
    }

    /** Corpus BLEU alone, for choosing a training epoch. */
    public static double bleu(SentenceTranslator translator, List<String> sources, List<String> references,
            Decoding decoding) {
        return of(translator, sources, references, decoding, done -> {}, () -> false).bleu().score();
    }
}
