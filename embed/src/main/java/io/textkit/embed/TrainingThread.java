package io.textkit.embed;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Hogwild worker: trains on its own contiguous run of sentences for every epoch, writing to the
 * shared matrices without locks. Per sentence it checks the stop flag, drops subsampled words,
 * then trains each position with a window reduced to a uniform draw from 1..window, and publishes
 * the rows it kept to itself ({@link OutputLayer#publish}). Every
 * {@value #REPORT_WORDS} words it adds its count to the shared total and recomputes α from it.
 */
final class TrainingThread implements Runnable {
    static final int REPORT_WORDS = 10_000;

    private final EncodedCorpus corpus;
    private final int firstSentence;
    private final int endSentence;
    private final int epochs;
    private final int window;
    private final Architecture architecture;
    private final Subsampler subsampler;
    private final LearningRate learningRate;
    private final AtomicLong wordsDone;
    private final AtomicBoolean stop;
    private final Lcg random;
    private final int[] sentence;

    TrainingThread(EncodedCorpus corpus, int firstSentence, int endSentence, int epochs, int window,
            Architecture architecture, Subsampler subsampler, LearningRate learningRate, AtomicLong wordsDone,
            AtomicBoolean stop, long seed) {
        this.corpus = corpus;
        this.firstSentence = firstSentence;
        this.endSentence = endSentence;
        this.epochs = epochs;
        this.window = window;
        this.architecture = architecture;
        this.subsampler = subsampler;
        this.learningRate = learningRate;
        this.wordsDone = wordsDone;
        this.stop = stop;
        this.random = new Lcg(seed);
        this.sentence = new int[corpus.longestSentence()];
    }

    @Override
    public void run() {
        int[] ids = corpus.ids();
        long unreported = 0;
        float alpha = learningRate.at(wordsDone.get());
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int s = firstSentence; s < endSentence; s++) {
                if (stop.get()) {
                    architecture.publish();
                    wordsDone.addAndGet(unreported);
                    return;
                }
                int from = corpus.sentenceStart(s);
                int to = corpus.sentenceEnd(s);
                int length = subsampler.filter(ids, from, to, sentence, random);
                for (int pos = 0; pos < length; pos++) {
                    int span = window - random.nextInt(window);
                    architecture.train(sentence, length, pos, span, alpha, random);
                }
                architecture.publish();
                unreported += to - from;
                if (unreported >= REPORT_WORDS) {
                    alpha = learningRate.at(wordsDone.addAndGet(unreported));
                    unreported = 0;
                }
            }
        }
        wordsDone.addAndGet(unreported);
    }
}
