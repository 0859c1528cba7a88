package io.textkit.seq2seq.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.seq2seq.eval.Bleu.Smoothing;
import io.textkit.seq2seq.eval.Bleu.Tokenization;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** On the same tokens, BLEU equals NLTK's {@code corpus_bleu}, multiple references included. */
class NltkBleuAgreementTest {

    @Test
    void corpusBleuEqualsNltkOnTheCommittedCase() throws IOException {
        List<String> hyps = new ArrayList<>();
        List<List<String>> refs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("nltk-case.txt")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\|\\|\\| ");
                hyps.add(parts[0]);
                refs.add(List.of(parts).subList(1, parts.length));
            }
        }
        // sacrebleu's layout: reference set k holds every sentence's k-th reference; a sentence with
        // fewer references repeats its first, which changes neither the clipped counts nor the
        // closest reference length.
        int sets = refs.stream().mapToInt(List::size).max().orElseThrow();
        List<List<String>> referenceSets = new ArrayList<>();
        for (int k = 0; k < sets; k++) {
            List<String> set = new ArrayList<>();
            for (List<String> r : refs) {
                set.add(k < r.size() ? r.get(k) : r.get(0));
            }
            referenceSets.add(set);
        }
        // Printed by bench/bleu/nltk_check.py with Debian's python3-nltk 3.8 (Python 3.11.2):
        // corpus_bleu = 0.4835052610472373. NLTK does no smoothing by default; no order has zero matches.
        double nltk = 0.4835052610472373;
        double bleu = new Bleu(Tokenization.NONE, Smoothing.NONE, 0, false, false).corpus(hyps, referenceSets).score();
        assertEquals(nltk * 100, bleu, 1e-10);
    }
}
