package io.textkit.app;

import io.textkit.classify.CrossValidation;
import io.textkit.corpora.LabelledExample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code textkit classify cv}: k-fold cross-validation for datasets without a test split (MR, CR,
 * Subj, MPQA): per-fold accuracy and training time, then their mean and standard deviation. The
 * folds can be written out so that another tool runs on exactly the same splits.
 */
@Command(name = "cv", mixinStandardHelpOptions = true, sortOptions = false,
        description = "k-fold cross-validation of a text classifier on labelled data.")
final class ClassifyCvCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DATA", description = "All the labelled examples.")
    Path input;

    @Option(names = "--folds", defaultValue = "10", description = "k. Default: 10.")
    int folds;

    @Option(names = "--run-folds", paramLabel = "N",
            description = "Train and test only the first N of the k folds (each still trains on all the others)."
                    + " Default: all.")
    Integer runFolds;

    @Option(names = "--dev-fraction", paramLabel = "F",
            description = "Neural models: fraction of each training part held out for early stopping."
                    + " Default: 0.1 (Kim 2014); fastText: none.")
    Double devFraction;

    @Option(names = "--save-folds", paramLabel = "DIR",
            description = "Also write each fold's examples in fastText format to DIR/fold-N/{train,dev,test}.txt,"
                    + " once the folds have run.")
    Path saveFolds;

    @Mixin
    DataOptions data;

    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        boolean neural = options.neural();
        CommandOptions.atLeast(spec, "--folds", folds, 2);
        int running = runFolds == null ? folds : CommandOptions.inRange(spec, "--run-folds", runFolds, 1, folds);
        if (devFraction != null) {
            CommandOptions.fraction(spec, "--dev-fraction", devFraction);
        }
        double fraction = devFraction != null ? devFraction : neural ? 0.1 : 0;
        options.check(fraction > 0);
        if (saveFolds != null) {
            checkFoldsFolder();
        }
        return Interruption.run(err(), stop -> crossValidate(running, fraction, stop));
    }

    private int crossValidate(int running, double fraction, Interruption stop) throws IOException {
        try (OutputFiles foldFiles = foldFiles(running)) {
            foldFiles.check();
            List<LabelledExample> examples = data.read(input, stop);
            options.readVectors();
            int[] fold = CrossValidation.folds(examples.size(), folds, options.seed());
            stop.enter(Interruption.Phase.TRAINING);
            CrossValidation.Result result = CrossValidation.run(examples, fold, running, fraction, options.seed(),
                    (train, dev) -> {
                        try {
                            return options.train(train, dev, stop);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, f -> out().printf(Locale.ROOT, "fold %d/%d: accuracy %.4f, macro-F1 %.4f, trained in %.1f s%n",
                            f.fold() + 1, running, f.test().accuracy(), f.test().macroF1(), f.trainSeconds()));
            if (saveFolds != null) {
                stop.enter(Interruption.Phase.WRITING);
                for (int f = 0; f < running; f++) {
                    CrossValidation.FoldSplit split = CrossValidation.split(examples, fold, f, fraction, options.seed());
                    write(foldFiles.temporary(foldFile(f, "train")), split.train());
                    write(foldFiles.temporary(foldFile(f, "dev")), split.dev());
                    write(foldFiles.temporary(foldFile(f, "test")), split.test());
                }
            }
            if (!stop.beginCommit()) {
                return 130;
            }
            foldFiles.commit();
            out().printf(Locale.ROOT, "%s, %d of %d folds: accuracy %.4f ± %.4f (mean ± sd), mean training time"
                    + " %.1f s%n", options.model, result.folds().size(), folds, result.meanAccuracy(),
                    result.stdAccuracy(), result.meanTrainSeconds());
            return 0;
        }
    }

    /**
     * The fold files of {@code --save-folds}, written with the results so that an interrupted run
     * leaves none; their folders are made now, so that the files' locations can be checked.
     */
    private OutputFiles foldFiles(int running) throws IOException {
        OutputFiles files = new OutputFiles().input("--data", input);
        if (saveFolds != null) {
            for (int f = 0; f < running; f++) {
                Files.createDirectories(saveFolds.resolve("fold-" + (f + 1)));
                for (String part : List.of("train", "dev", "test")) {
                    files.output(foldFile(f, part), saveFolds.resolve("fold-" + (f + 1)).resolve(part + ".txt"));
                }
            }
        }
        return files;
    }

    /** The name under which fold {@code f}'s {@code part} file is declared: the option and the file. */
    private static String foldFile(int f, String part) {
        return "--save-folds fold-" + (f + 1) + "/" + part + ".txt";
    }

    /** --save-folds must not hold the data, which its fold files could overwrite, and must be creatable. */
    private void checkFoldsFolder() throws IOException {
        Path folder = saveFolds.toAbsolutePath().normalize();
        if (OutputFiles.sameFile(input, folder) || input.toAbsolutePath().normalize().startsWith(folder)
                || (Files.exists(input) && Files.exists(folder)
                        && input.toRealPath().startsWith(folder.toRealPath()))) {
            throw new BadOptionException("--save-folds " + saveFolds + " holds --data " + input
                    + "; the fold files could overwrite it");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadOptionException("--save-folds " + saveFolds + " is a file, not a folder");
        }
    }

    /** fastText's format: {@code __label__L text}, the text on one line. */
    private static void write(Path file, List<LabelledExample> examples) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LabelledExample e : examples) {
                out.write("__label__" + e.label() + " " + e.text().replaceAll("\\s+", " ").strip() + "\n");
            }
        }
    }
}
