package io.textkit.app;

import io.textkit.app.translate.Decoding;
import io.textkit.app.translate.SentenceTranslator;
import io.textkit.app.translate.TestSetScore;
import io.textkit.corpora.SentencePair;
import io.textkit.seq2seq.ParallelFiles;
import io.textkit.seq2seq.TokenPair;
import io.textkit.seq2seq.TokenVocabulary;
import io.textkit.seq2seq.Translator;
import io.textkit.seq2seq.TranslatorConfig;
import io.textkit.seq2seq.TranslatorTrainer;
import io.textkit.seq2seq.WordVocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code textkit translate train}: an attention translator from two line-aligned files, saved as one
 * model file. With development files, their BLEU after every epoch chooses the model written and
 * stops training once it no longer improves. Training writes a resumable checkpoint every
 * {@code --checkpoint-every} updates and at every epoch's end, and on Ctrl-C, so {@code --resume}
 * continues a stopped run exactly; the model itself is written only when training ends.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train an attention translator (bidirectional GRU or LSTM encoder, attentive decoder) on"
                + " line-aligned parallel files and save it as a textkit model file.")
final class TranslateTrainCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--train-source", required = true, paramLabel = "FILE", description = "Source sentences, one a line.")
    Path trainSource;

    @Option(names = "--train-target", required = true, paramLabel = "FILE",
            description = "Their translations, line n translating line n of --train-source.")
    Path trainTarget;

    @Option(names = "--dev-source", paramLabel = "FILE",
            description = "Development source sentences: their BLEU after each epoch chooses the model and stops"
                    + " training early.")
    Path devSource;

    @Option(names = "--dev-target", paramLabel = "FILE", description = "Development references, aligned with --dev-source.")
    Path devTarget;

    @Option(names = "--output", required = true, paramLabel = "MODEL", description = "Where to write the model (.tkm).")
    Path output;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Where resumable checkpoints go. Default: MODEL.ckpt beside --output (or --resume's file).")
    Path checkpoint;

    @Option(names = "--resume", paramLabel = "CHECKPOINT",
            description = "Continue the run saved in this checkpoint, on the same data, with its configuration.")
    Path resume;

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "Write a checkpoint every N updates besides each epoch's end; 0 for epoch ends only."
                    + " Default: 1000.")
    Integer checkpointEvery;

    @Option(names = "--epochs", description = "Passes over the data (the most, with development files). Default: 20.")
    Integer epochs;

    @Option(names = "--batch-size", description = "Sentence pairs per update. Default: 128.")
    Integer batchSize;

    @Option(names = "--lr", description = "Adam's learning rate. Default: 0.001.")
    Double lr;

    @Option(names = "--min-count", description = "Training words seen fewer times become <unk>. Default: 2.")
    Integer minCount;

    @Option(names = "--cell", paramLabel = "gru|lstm", description = "The recurrent cell. Default: gru.")
    String cell;

    @Option(names = "--attention", paramLabel = "additive|dot|general",
            description = "How source words are scored: additive (Bahdanau) or Luong's dot or general. Default: additive.")
    String attention;

    @Option(names = "--embedding", description = "Word vector size, both sides. Default: 256.")
    Integer embedding;

    @Option(names = "--hidden", description = "Encoder units per direction. Default: 512.")
    Integer hidden;

    @Option(names = "--decoder-hidden", description = "Decoder units. Default: 512.")
    Integer decoderHidden;

    @Option(names = "--dropout", description = "Dropout probability. Default: 0.3.")
    Double dropout;

    @Option(names = "--seed", description = "Seeds initialisation, dropout and batch order. Default: 1.")
    Long seed;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Set any field of the translator's config by its name, e.g. --set labelSmoothing=0"
                    + " --set inputFeeding=false; an unknown field is refused with the list of fields.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--dev-beam", defaultValue = "1", paramLabel = "N",
            description = "Beam width of the development translations; 1 (greedy) is the fastest. Default: ${DEFAULT-VALUE}.")
    int devBeam;

    @Option(names = "--log-every", defaultValue = "100", paramLabel = "N",
            description = "A progress line on stderr every N updates. Default: ${DEFAULT-VALUE}.")
    int logEvery;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        TranslatorConfig config = checkOptions();
        Path checkpointFile = checkpointFile();
        try (Interruption stop = Interruption.start();
                OutputFiles outputs = new OutputFiles().input("--train-source", trainSource)
                        .input("--train-target", trainTarget).input("--dev-source", devSource)
                        .input("--dev-target", devTarget).input("--resume", resume).output("--output", output)) {
            outputs.check();
            checkCheckpoint(checkpointFile);
            try {
                return train(config, checkpointFile, outputs, stop);
            } catch (Exception e) {
                if (!stop.requested()) {
                    throw e;
                }
                err().println("textkit: interrupted while " + stop.phase().describe() + "; nothing was written");
                return 130;
            }
        }
    }

    private TranslatorConfig checkOptions() {
        if ((devSource == null) != (devTarget == null)) {
            throw new BadOptionException("give --dev-source and --dev-target together");
        }
        CommandOptions.inRange(spec, "--dev-beam", devBeam, 1, 100);
        CommandOptions.positive(spec, "--log-every", logEvery);
        ConfigOptions options = new ConfigOptions(spec);
        put(options, "--checkpoint-every", "checkpointEvery", checkpointEvery);
        put(options, "--epochs", "epochs", epochs);
        put(options, "--batch-size", "batchSize", batchSize);
        put(options, "--lr", "learningRate", lr);
        put(options, "--min-count", "minCount", minCount);
        put(options, "--cell", "cell", cell == null ? null : cell.toUpperCase(Locale.ROOT));
        put(options, "--attention", "attention", attention == null ? null : attention.toUpperCase(Locale.ROOT));
        put(options, "--embedding", "embedding", embedding);
        put(options, "--hidden", "hidden", hidden);
        put(options, "--decoder-hidden", "decoderHidden", decoderHidden);
        put(options, "--dropout", "dropout", dropout);
        put(options, "--seed", "seed", seed);
        options.putSettings(settings);
        if (resume != null) {
            if (!settings.isEmpty() || hasAnyConfigOption()) {
                throw new BadOptionException("--resume continues with the checkpoint's own configuration; leave out"
                        + " the model and training options (--epochs, --lr, --set, ...)");
            }
            return null;
        }
        return options.applyTo(TranslatorConfig.defaults());
    }

    private boolean hasAnyConfigOption() {
        return Stream.of(checkpointEvery, epochs, batchSize, lr, minCount, cell, attention, embedding, hidden,
                decoderHidden, dropout, seed).anyMatch(v -> v != null);
    }

    private static void put(ConfigOptions options, String option, String field, Object value) {
        if (value != null) {
            options.put(option, field, value);
        }
    }

    private Path checkpointFile() {
        if (checkpoint != null) {
            return checkpoint;
        }
        if (resume != null) {
            return resume;
        }
        Path absolute = output.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".ckpt");
    }

    /** The checkpoint is rewritten as training goes, so it must not be an input or the model. */
    private void checkCheckpoint(Path file) throws IOException {
        Map<String, Path> others = new LinkedHashMap<>();
        others.put("--train-source", trainSource);
        others.put("--train-target", trainTarget);
        others.put("--dev-source", devSource);
        others.put("--dev-target", devTarget);
        others.put("--output", output);
        for (Map.Entry<String, Path> other : others.entrySet()) {
            if (other.getValue() != null && OutputFiles.sameFile(other.getValue(), file)) {
                throw new BadOptionException("--checkpoint " + file + " is the same file as " + other.getKey() + " "
                        + other.getValue() + "; give the checkpoint its own file");
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new BadOptionException("--checkpoint " + file + ": the folder " + folder + " does not exist");
        }
    }

    private int train(TranslatorConfig config, Path checkpointFile, OutputFiles outputs, Interruption stop)
            throws IOException {
        stop.enter(Interruption.Phase.READING);
        List<SentencePair> pairs = read(trainSource, trainTarget, stop);
        List<SentencePair> dev = devSource == null ? List.of() : read(devSource, devTarget, stop);
        stop.enter(Interruption.Phase.COUNTING);
        TranslatorTrainer trainer;
        Translator model;
        List<TokenPair> data;
        if (resume != null) {
            Translator saved = Translator.load(resume);
            data = TokenPair.encode(pairs, saved.sourceVocabulary(), saved.targetVocabulary(), saved.config().maxLength());
            trainer = TranslatorTrainer.resume(resume, data);
            model = trainer.model();
            if (!resume.equals(checkpointFile)) {
                trainer.checkpointTo(checkpointFile);
            }
        } else {
            TokenVocabulary source = WordVocabulary.build(pairs.stream().map(SentencePair::source).toList(),
                    config.minCount());
            TokenVocabulary target = WordVocabulary.build(pairs.stream().map(SentencePair::target).toList(),
                    config.minCount());
            data = TokenPair.encode(pairs, source, target, config.maxLength());
            if (data.isEmpty()) {
                throw new IllegalArgumentException("--train-source " + trainSource + ": no sentence pair is at most "
                        + config.maxLength() + " tokens long on both sides (the maxLength field); raise it");
            }
            model = new Translator(config, source, target);
            trainer = new TranslatorTrainer(model, data).checkpointTo(checkpointFile);
        }
        // The best model lives beside the checkpoint, so a resumed run still has the one an earlier run chose.
        Path best = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".best");
        trainer.bestModelTo(best).log(quiet ? null : System.err, logEvery);
        if (!dev.isEmpty()) {
            SentenceTranslator devTranslator = new SentenceTranslator(model);
            List<String> devSources = dev.stream().map(SentencePair::source).toList();
            List<String> devReferences = dev.stream().map(SentencePair::target).toList();
            Decoding decoding = devBeam == 1 ? Decoding.greedy() : Decoding.greedy().withBeam(devBeam);
            trainer.evaluateWith(m -> TestSetScore.bleu(devTranslator, devSources, devReferences, decoding));
        }
        stop.enter(Interruption.Phase.TRAINING);
        stop.onStop(trainer::requestStop);
        TranslatorTrainer.Result result = trainer.train();
        if (result.outcome() == TranslatorTrainer.Outcome.INTERRUPTED) {
            err().println("textkit: interrupted while training, after " + result.steps() + " updates; the checkpoint "
                    + checkpointFile + " holds the run: continue it with --resume " + checkpointFile
                    + "; --output was not written");
            return 130;
        }
        stop.enter(Interruption.Phase.WRITING);
        if (!Files.isRegularFile(best)) {
            throw new IOException("training ended without a model to write: " + best + " is missing; its checkpoint "
                    + checkpointFile + " can still be resumed");
        }
        Files.copy(best, outputs.temporary("--output"), StandardCopyOption.REPLACE_EXISTING);
        if (!stop.beginCommit()) {
            return 130;
        }
        outputs.commit();
        Files.deleteIfExists(best);
        report(result, data.size(), model, checkpointFile);
        return 0;
    }

    private void report(TranslatorTrainer.Result result, int pairs, Translator model, Path checkpointFile) {
        String dev = result.bestEpoch() > 0
                ? String.format(Locale.ROOT, "; dev BLEU %.2f at epoch %d (the model written)", result.bestMetric(),
                        result.bestEpoch())
                : "";
        out().printf(Locale.ROOT, "translator: %,d sentence pairs, vocabularies %,d → %,d, %d epochs (%s), %,d updates,"
                        + " %.0f target tokens/s%s; model written to %s (checkpoint %s)%n", pairs,
                model.sourceVocabulary().size(), model.targetVocabulary().size(), result.epochs(),
                result.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '), result.steps(),
                result.tokensPerSecond(), dev, output, checkpointFile);
    }

    private static List<SentencePair> read(Path source, Path target, Interruption stop) {
        List<SentencePair> pairs = new ArrayList<>();
        try (Stream<SentencePair> stream = ParallelFiles.aligned(source, target).stream()) {
            stream.forEach(pair -> {
                stop.check();
                pairs.add(pair);
            });
        }
        return pairs;
    }
}
