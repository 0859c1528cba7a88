package io.textkit.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.TextkitVersion;
import io.textkit.core.nn.Activation;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Losses;
import io.textkit.core.nn.Sequential;
import io.textkit.core.optim.Adam;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Tensor;
import io.textkit.core.train.Checkpoint;
import io.textkit.core.train.Metrics;
import io.textkit.core.train.Spirals;
import io.textkit.core.train.TrainingLoop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The core demo: trains a two-layer MLP on interleaved spirals with the autodiff, Adam and the
 * shared training loop, saves it as a model file, loads it back and checks the predictions agree.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Train a two-layer MLP on interleaved spirals, save it, load it back.")
final class DemoCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--classes", defaultValue = "3", description = "Spiral arms (classes). Default: ${DEFAULT-VALUE}.")
    int classes;

    @Option(names = "--points", defaultValue = "300", description = "Training points per arm. Default: ${DEFAULT-VALUE}.")
    int points;

    @Option(names = "--hidden", defaultValue = "64", description = "Hidden units. Default: ${DEFAULT-VALUE}.")
    int hidden;

    @Option(names = "--epochs", defaultValue = "150", description = "Epochs at most. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--lr", defaultValue = "0.02", description = "Adam learning rate. Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of data, initialisation and shuffling. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-o", "--output"}, defaultValue = "textkit-demo.tkm", description = "Model file to write. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Override
    public Integer call() throws Exception {
        CommandOptions.atLeast(spec, "--classes", classes, 2);
        CommandOptions.positive(spec, "--points", points);
        CommandOptions.positive(spec, "--hidden", hidden);
        CommandOptions.positive(spec, "--epochs", epochs);
        CommandOptions.positive(spec, "--lr", learningRate);
        return Interruption.run(err(), stop -> {
            try (OutputFiles outputs = new OutputFiles().output(CommandOptions.typed(spec, "--output"), output)) {
                outputs.check();
                return demo(outputs, stop);
            }
        });
    }

    private int demo(OutputFiles outputs, Interruption stop) throws Exception {
        out().printf("textkit %s — core demo: a two-layer MLP learns %d interleaved spirals%n",
                TextkitVersion.get(), classes);
        Spirals train = Spirals.generate(classes, points, 1.0, 0.05, new Random(seed));
        Spirals dev = Spirals.generate(classes, points / 3, 1.0, 0.05, new Random(seed + 1));
        Sequential mlp = newModel(new Random(seed));
        out().printf("%d training points, %d development points, %d parameters%n", train.size(), dev.size(),
                mlp.parameters().stream().mapToInt(p -> p.rows() * p.cols()).sum());

        long start = System.nanoTime();
        Adam adam = new Adam(mlp.namedParameters(), learningRate, 0.9, 0.999, 1e-8, 0);
        TrainingLoop loop = new TrainingLoop(mlp, adam, train.size(), batch -> Losses.crossEntropy(
                mlp.forward(Tensor.of(batch.length, 2, train.rows(batch))), train.labels(batch)))
                .epochs(epochs).batchSize(32).seed(seed).logEvery(25)
                .evaluate(() -> accuracy(mlp, dev), true, 40);
        stop.onStop(loop::requestStop);
        stop.enter(Interruption.Phase.TRAINING);
        TrainingLoop.History history = loop.run();
        stop.check();
        out().printf(Locale.ROOT, "trained %d epochs in %.1f s; best epoch %d: development accuracy %.1f%%, "
                + "training accuracy %.1f%%%n", history.epochs().size(), (System.nanoTime() - start) / 1e9,
                history.bestEpoch(), 100 * history.bestMetric(), 100 * accuracy(mlp, train));

        stop.enter(Interruption.Phase.WRITING);
        ObjectNode config = JsonNodeFactory.instance.objectNode().put("classes", classes).put("hidden", hidden);
        ObjectNode metadata = JsonNodeFactory.instance.objectNode().put("seed", seed).put("epochs", history.bestEpoch())
                .put("devAccuracy", history.bestMetric());
        Path written = outputs.temporary(CommandOptions.typed(spec, "--output"));
        Checkpoint.save(written, "spiral-mlp", mlp, config, metadata);
        Sequential reloaded = newModel(new Random(seed + 99));
        Checkpoint.restore(written, "spiral-mlp", reloaded);
        double again = accuracy(reloaded, dev);
        long bytes = Files.size(written);
        if (!stop.beginCommit()) {
            return 130;
        }
        outputs.commit();
        out().printf(Locale.ROOT, "wrote %s (%,d bytes); reloaded, it scores %.1f%% again%n", output, bytes, 100 * again);
        return again == history.bestMetric() ? 0 : 1;
    }

    private Sequential newModel(Random random) {
        return new Sequential(new Linear(2, hidden, true, random), new Activation(Activations::tanh),
                new Linear(hidden, classes, true, random));
    }

    private static double accuracy(Sequential mlp, Spirals data) {
        int[] all = IntStream.range(0, data.size()).toArray();
        try (GradMode.Scope off = GradMode.disable()) {
            return Metrics.accuracy(mlp.forward(Tensor.of(all.length, 2, data.rows(all))), data.labels(all));
        }
    }
}
