package io.textkit.app.translate;

import io.textkit.seq2seq.DecoderState;
import io.textkit.seq2seq.TokenVocabulary;
import io.textkit.seq2seq.Translator;
import io.textkit.seq2seq.WordVocabulary;
import io.textkit.seq2seq.decode.BeamSearch;
import io.textkit.seq2seq.decode.GreedySearch;
import io.textkit.seq2seq.decode.Hypothesis;
import io.textkit.seq2seq.decode.Sampler;
import io.textkit.seq2seq.decode.UnkReplacement;
import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Text in, translations out: a loaded {@link Translator} with the searches over it, what the
 * {@code translate} commands, the REPL and the server call. A search object is made per call, so
 * one instance serves any number of threads.
 */
public final class SentenceTranslator {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Translator model;

    public SentenceTranslator(Translator model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public Translator model() {
        return model;
    }

    /**
     * Translates {@code texts} as one batch.
     *
     * @return for each text, its translations best first: {@code decoding.nbest()} of them for beam
     *     search (fewer if the beam finished fewer), one otherwise
     */
    public List<List<Translation>> translate(List<String> texts, Decoding decoding) {
        TokenVocabulary source = model.sourceVocabulary();
        int[][] ids = new int[texts.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = source.encode(texts.get(i));
        }
        List<List<Hypothesis>> found = search(ids, decoding);
        List<List<Translation>> out = new ArrayList<>(texts.size());
        for (int i = 0; i < ids.length; i++) {
            List<String> sourceTokens = sourceTokens(texts.get(i), ids[i]);
            List<Translation> translations = new ArrayList<>();
            for (Hypothesis h : found.get(i)) {
                translations.add(translation(h, sourceTokens, decoding.replaceUnk()));
            }
            out.add(translations);
        }
        return out;
    }

    /** One text's best translation. */
    public Translation translate(String text, Decoding decoding) {
        return translate(List.of(text), decoding).get(0).get(0);
    }

    private List<List<Hypothesis>> search(int[][] ids, Decoding decoding) {
        return switch (decoding.mode()) {
            case GREEDY -> new GreedySearch<DecoderState>(model, decoding.limits()).decode(ids).stream()
                    .map(List::of).toList();
            case BEAM -> new BeamSearch<DecoderState>(model, decoding.beamOptions()).decode(ids);
            case SAMPLING -> new Sampler<DecoderState>(model, decoding.samplingOptions())
                    .decode(ids, new Random(decoding.seed())).stream().map(List::of).toList();
        };
    }

    private Translation translation(Hypothesis h, List<String> sourceTokens, boolean replaceUnk) {
        TokenVocabulary target = model.targetVocabulary();
        List<String> targetTokens = new ArrayList<>(h.tokens().length);
        for (int id : h.tokens()) {
            targetTokens.add(id == target.eos() ? Vocabulary.EOS : id == target.unk() ? Vocabulary.UNK
                    : target.decode(new int[] {id}));
        }
        String text;
        if (replaceUnk && h.alignment() != null) {
            List<String> words = UnkReplacement.replace(targetTokens, h.alignment(), sourceTokens, Vocabulary.UNK);
            text = String.join(" ", withoutEos(words, h.tokens(), target.eos()));
        } else {
            text = target.decode(h.tokens());
        }
        float[][] attention = h.attention() == null ? new float[0][] : h.attention();
        // The decoders cut attention rows to the sentence's own tokens, without the </s> the model appended.
        List<String> columns = attention.length > 0 && attention[0].length < sourceTokens.size()
                ? sourceTokens.subList(0, attention[0].length) : sourceTokens;
        return new Translation(text, h.score(), h.logProb(), List.copyOf(columns), List.copyOf(targetTokens), attention);
    }

    private static List<String> withoutEos(List<String> words, int[] ids, int eos) {
        return ids.length > 0 && ids[ids.length - 1] == eos ? words.subList(0, words.size() - 1) : words;
    }

    /**
     * The source tokens as written, {@code </s>} last: a word vocabulary's words keep their spelling
     * (so {@code <unk>} replacement copies the real word), other vocabularies give each id's text.
     */
    private List<String> sourceTokens(String text, int[] ids) {
        TokenVocabulary source = model.sourceVocabulary();
        List<String> tokens = new ArrayList<>(ids.length + 1);
        String stripped = text.strip();
        if (source instanceof WordVocabulary && !stripped.isEmpty()) {
            tokens.addAll(Arrays.asList(WHITESPACE.split(stripped)));
        } else {
            for (int id : ids) {
                tokens.add(source.decode(new int[] {id}));
            }
        }
        tokens.add(Vocabulary.EOS);
        return tokens;
    }
}
