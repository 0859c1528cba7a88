package io.textkit.seq2seq.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Beam search over a {@link StepModel}, fairseq's way: at every step each sentence keeps its
 * {@code width} best unfinished hypotheses by summed log-probability; an end token among a
 * sentence's {@code width} best candidates finishes that hypothesis, scored with the length
 * penalty; a sentence is done when {@code width} hypotheses have finished or none is left.
 *
 * <p>All live hypotheses of all sentences are rows of one model state, so each step is one call to
 * {@link StepModel#step} however many sentences are decoded. Per sentence, the best {@code 2 ×
 * width} candidates of its rows are found by a partial selection, never by sorting the vocabulary.
 * With width 1 the search takes the same tokens as {@link GreedySearch} and gives the same scores.
 *
 * <p>Keeps no state between calls: as thread-safe as the model it decodes.
 *
 * @param <S> the model's decoding state
 */
public final class BeamSearch<S> {
    private final StepModel<S> model;
    private final BeamOptions options;

    /** A search of {@code model} with {@code options}. */
    public BeamSearch(StepModel<S> model, BeamOptions options) {
        this.model = model;
        this.options = options;
    }

    /**
     * Decodes sentences as one batch.
     *
     * @param sources each sentence's source token ids; read only
     * @return for each sentence, its best finished hypotheses (at most {@code nbest}), best first
     */
    public List<List<Hypothesis>> decode(int[][] sources) {
        int sentences = sources.length;
        int vocab = model.vocabularySize();
        int eos = model.eos();
        int width = options.width();
        int candidates = 2 * width;
        DecodeLimits limits = options.limits();

        int[] maxLength = new int[sentences];
        for (int s = 0; s < sentences; s++) {
            maxLength[s] = limits.maxLengthFor(sources[s].length);
        }
        int[] finishedCount = new int[sentences];
        int[][] finishedEntry = new int[sentences][width];
        double[][] finishedScore = new double[sentences][width];
        double[][] finishedLogProb = new double[sentences][width];

        // Live rows, grouped by sentence in sentence order.
        int capacity = sentences * width;
        int rows = sentences;
        int[] rowSentence = new int[capacity];
        int[] rowEntry = new int[capacity];
        double[] rowLogProb = new double[capacity];
        int[] lastTokens = new int[capacity];
        for (int s = 0; s < sentences; s++) {
            rowSentence[s] = s;
            rowEntry[s] = -1;
            lastTokens[s] = model.bos();
        }
        int[] nextSentence = new int[capacity];
        int[] nextEntry = new int[capacity];
        double[] nextLogProb = new double[capacity];
        int[] nextParent = new int[capacity];
        int[] nextToken = new int[capacity];

        Trace trace = new Trace();
        TokenBans bans = new TokenBans(limits, vocab, model.bos(), eos);
        TopSelection top = new TopSelection(candidates);
        double[] candScore = new double[candidates];
        int[] candIndex = new int[candidates];

        S state = model.start(sources);
        for (int generated = 0; rows > 0; generated++) {
            StepModel.Step<S> step = model.step(state, Arrays.copyOf(lastTokens, rows));
            float[] logProbs = step.logProbs();
            int stepIndex = trace.beginStep(step.attention(), rows);
            int next = 0;
            int first = 0;
            while (first < rows) {
                int s = rowSentence[first];
                int end = first;
                while (end < rows && rowSentence[end] == s) {
                    end++;
                }
                top.reset(candidates);
                for (int r = first; r < end; r++) {
                    bans.prepare(trace, rowEntry[r], generated, maxLength[s]);
                    double base = rowLogProb[r];
                    int offset = r * vocab;
                    int local = (r - first) * vocab;
                    if (bans.forceEos()) {
                        top.offer(base + logProbs[offset + eos], local + eos);
                    } else {
                        for (int v = 0; v < vocab; v++) {
                            if (bans.allowed(v)) {
                                top.offer(base + logProbs[offset + v], local + v);
                            }
                        }
                    }
                    bans.clear();
                }
                int found = top.drain(candScore, candIndex);
                int sentenceStart = next;
                for (int i = 0; i < found && finishedCount[s] < width; i++) {
                    int r = first + candIndex[i] / vocab;
                    int token = candIndex[i] % vocab;
                    boolean forced = generated >= maxLength[s];
                    if (candScore[i] == Double.NEGATIVE_INFINITY && !forced) {
                        break;
                    }
                    if (token == eos) {
                        if (i < width) {
                            int entry = trace.add(rowEntry[r], token, logProbs[r * vocab + token], stepIndex, r);
                            int k = finishedCount[s]++;
                            finishedEntry[s][k] = entry;
                            finishedLogProb[s][k] = candScore[i];
                            finishedScore[s][k] = options.lengthPenalty().score(candScore[i], generated + 1, options.alpha());
                        }
                    } else if (next - sentenceStart < width) {
                        nextSentence[next] = s;
                        nextParent[next] = r;
                        nextToken[next] = token;
                        nextLogProb[next] = candScore[i];
                        nextEntry[next] = trace.add(rowEntry[r], token, logProbs[r * vocab + token], stepIndex, r);
                        next++;
                    }
                }
                if (finishedCount[s] >= width) {
                    next = sentenceStart;
                }
                first = end;
            }
            if (next == 0) {
                break;
            }
            state = model.select(step.state(), Arrays.copyOf(nextParent, next));
            rows = next;
            System.arraycopy(nextSentence, 0, rowSentence, 0, rows);
            System.arraycopy(nextEntry, 0, rowEntry, 0, rows);
            System.arraycopy(nextLogProb, 0, rowLogProb, 0, rows);
            System.arraycopy(nextToken, 0, lastTokens, 0, rows);
        }

        List<List<Hypothesis>> results = new ArrayList<>(sentences);
        for (int s = 0; s < sentences; s++) {
            results.add(best(trace, finishedCount[s], finishedEntry[s], finishedScore[s], finishedLogProb[s], sources[s].length));
        }
        return results;
    }

    /** The sentence's {@code nbest} best finished hypotheses; ties keep the order they finished in. */
    private List<Hypothesis> best(Trace trace, int count, int[] entries, double[] scores, double[] logProbs, int sourceLength) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int n = Math.min(count, options.nbest());
        List<Hypothesis> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = order[i];
            list.add(trace.hypothesis(entries[k], scores[k], logProbs[k], sourceLength));
        }
        return list;
    }
}
