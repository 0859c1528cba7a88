package io.textkit.embed;

import io.textkit.core.train.Progress;
import io.textkit.core.train.TrainingStoppedException;
import io.textkit.tokenize.HuffmanTree;
import io.textkit.tokenize.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.ejml.data.FMatrixRMaj;

/**
 * Trains word2vec (skip-gram or CBOW, with hierarchical softmax and/or negative sampling) the way
 * the C tool does: count the words, encode the corpus once into ids, then run {@code threads}
 * Hogwild workers over disjoint runs of sentences, all epochs, sharing the matrices without locks.
 *
 * <p>With one thread and a fixed seed the result is bit-for-bit reproducible. With more threads
 * the workers race on shared rows (by design, as in the C tool and gensim), so results vary
 * slightly from run to run.
 *
 * <p>{@link #stop()}, or interrupting the thread that called {@code train}, ends training at the
 * next sentence boundary of every worker; {@code train} then returns the model as trained so far
 * (and, when interrupted, leaves the interrupt flag set). A stop while the text is read (counting
 * or encoding) ends the reading at the next line with a {@link TrainingStoppedException}, as there
 * is no model yet. A stopped trainer stays stopped: a stop that comes between two phases is never
 * lost.
 */
public final class Word2VecTrainer {
    private static final long REPORT_NANOS = 100_000_000L;
    /**
     * How many of the heaviest Huffman inner nodes each thread trains on its own copy when there are
     * several threads (see {@link OutputLayer}): the first five levels of the tree, which nearly every
     * path crosses.
     */
    private static final int HOT_NODES = 31;

    private final Word2VecConfig config;
    private final AtomicBoolean stop = new AtomicBoolean();
    private boolean showProgress = true;

    public Word2VecTrainer(Word2VecConfig config) {
        this.config = config;
    }

    /** Whether to report words/s/thread, α and the ETA on standard error (the default) or stay quiet. */
    public Word2VecTrainer showProgress(boolean show) {
        showProgress = show;
        return this;
    }

    public Word2VecConfig config() {
        return config;
    }

    /**
     * Asks a running {@code train}, {@link #buildVocabulary} or {@link #encode} to finish at the next
     * sentence, and any later one to stop at once; safe from any thread.
     */
    public void stop() {
        stop.set(true);
    }

    /** Counts, encodes and trains on {@code source}. */
    public Word2VecModel train(TextSource source) throws IOException {
        return train(encode(source, buildVocabulary(source)));
    }

    /**
     * Pass two: {@link EncodedCorpus#encode} with this trainer's maxSentenceLength, stopping at the
     * next line when asked to.
     *
     * @throws TrainingStoppedException if {@link #stop()} was called
     */
    public EncodedCorpus encode(TextSource source, Vocabulary vocabulary) throws IOException {
        return EncodedCorpus.encode(stopping(source, "encoding the corpus"), vocabulary, config.maxSentenceLength());
    }

    /** {@code source} whose readers throw at the next line once {@link #stop()} is called. */
    private TextSource stopping(TextSource source, String phase) {
        return () -> new StoppableReader(source.open(), stop, phase);
    }

    /**
     * Pass one: streams {@code source} and keeps the words seen at least minCount times. Counting
     * is done in a {@link WordTable} (no string per token); only the kept candidates, in order of
     * first occurrence, go to the vocabulary's counter, which ranks them exactly as it would have
     * ranked the whole stream.
     *
     * @throws TrainingStoppedException if {@link #stop()} was called
     */
    public Vocabulary buildVocabulary(TextSource source) throws IOException {
        var table = new WordTable();
        Tokens.Consumer count = table::count;
        try (BufferedReader reader = stopping(source, "counting the vocabulary").open()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Tokens.forEach(line, count);
            }
        }
        Vocabulary.Counter counter = Vocabulary.counter();
        for (int id = 0; id < table.size(); id++) {
            if (table.count(id) >= config.minCount()) {
                counter.add(table.word(id), table.count(id));
            }
        }
        return counter.build(config.minCount(), config.maxVocab(), List.of());
    }

    /**
     * Trains fresh vectors for the corpus's vocabulary on {@code corpus}; encoding once and training
     * several configs on it saves the two reading passes.
     */
    public Word2VecModel train(EncodedCorpus corpus) {
        Vocabulary vocabulary = corpus.vocabulary();
        int size = vocabulary.size();
        int counted = size - vocabulary.specialCount();
        if (counted < 2) {
            throw new IllegalArgumentException("word2vec needs at least 2 counted words in the vocabulary, got "
                    + counted + "; lower minCount (" + config.minCount() + ") or use a larger corpus");
        }
        int dim = config.dim();
        FMatrixRMaj input = initialInput(size, dim, config.seed());
        HuffmanTree tree = config.hs() ? vocabulary.huffmanTree() : null;
        FMatrixRMaj hsOutput = config.hs() ? new FMatrixRMaj(tree.innerNodes(), dim) : null;
        FMatrixRMaj nsOutput = config.negative() > 0 ? new FMatrixRMaj(size, dim) : null;
        NoiseSampler noise = config.negative() > 0 ? NoiseSampler.of(vocabulary) : null;
        Supplier<OutputLayer> output = () -> new OutputLayer(dim, hsOutput == null ? null : hsOutput.data, tree,
                nsOutput == null ? null : nsOutput.data, config.negative(), noise,
                config.threads() > 1 ? HOT_NODES : 0);
        run(vocabulary, corpus, input.data, output);
        return new Word2VecModel(config, vocabulary, input, hsOutput, nsOutput);
    }

    /** Input vectors uniform in [−0.5, 0.5)/dim, as the C tool and gensim; output rows start at zero. */
    static FMatrixRMaj initialInput(int rows, int dim, long seed) {
        FMatrixRMaj input = new FMatrixRMaj(rows, dim);
        Lcg random = new Lcg(seed);
        float[] data = input.data;
        for (int i = 0; i < rows * dim; i++) {
            data[i] = (random.next24() / (float) (1 << 24) - 0.5f) / dim;
        }
        return input;
    }

    /** Runs the workers, each with its own output layer from {@code output} (its scratch is per thread). */
    private void run(Vocabulary vocabulary, EncodedCorpus corpus, float[] input, Supplier<OutputLayer> output) {
        int threads = config.threads();
        long totalWords = (long) config.epochs() * corpus.words();
        var learningRate = new LearningRate(config.learningRate(), config.minLearningRate(), totalWords);
        var subsampler = Subsampler.of(vocabulary, config.sample());
        var wordsDone = new AtomicLong();
        var failure = new AtomicReference<Throwable>();
        int[] bounds = corpus.split(threads);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            OutputLayer layer = output.get();
            Architecture architecture = config.cbow()
                    ? new Cbow(input, config.dim(), layer, config.cbowMean())
                    : new SkipGram(input, config.dim(), layer);
            var worker = new TrainingThread(corpus, bounds[t], bounds[t + 1], config.epochs(), config.window(),
                    architecture, subsampler, learningRate, wordsDone, stop, threadSeed(config.seed(), t));
            workers[t] = Thread.ofPlatform().name("word2vec-" + t).daemon().unstarted(worker);
            workers[t].setUncaughtExceptionHandler((thread, e) -> {
                failure.compareAndSet(null, e);
                stop.set(true);
            });
        }
        for (Thread worker : workers) {
            worker.start();
        }
        waitFor(workers, wordsDone, totalWords, learningRate);
        if (failure.get() != null) {
            throw new IllegalStateException("a word2vec worker thread failed: " + failure.get(), failure.get());
        }
    }

    /** Distinct, well-mixed streams per thread from one seed (the golden-ratio increment). */
    private static long threadSeed(long seed, int thread) {
        return seed + (thread + 1) * 0x9E3779B97F4A7C15L;
    }

    /** Joins the workers, reporting progress every 0.1 s from the shared word count. */
    private void waitFor(Thread[] workers, AtomicLong wordsDone, long totalWords, LearningRate learningRate) {
        Progress progress = showProgress ? Progress.start("word2vec", totalWords, "words") : null;
        long reported = 0;
        long start = System.nanoTime();
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                try {
                    worker.join(REPORT_NANOS / 1_000_000);
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop.set(true);
                }
                if (progress != null) {
                    long done = wordsDone.get();
                    double perThread = done / Math.max(1e-9, (System.nanoTime() - start) / 1e9) / workers.length;
                    progress.advance(done - reported);
                    progress.status(String.format(Locale.ROOT, "%,.0f words/s/thread  α %.6f", perThread,
                            learningRate.at(done)));
                    reported = done;
                }
            }
        }
        if (progress != null) {
            progress.advance(wordsDone.get() - reported);
            progress.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
