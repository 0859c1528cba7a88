package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.classify.FastTextClassifier;
import io.textkit.classify.NeuralClassifier;
import io.textkit.classify.TextClassifier;
import io.textkit.core.config.Configs;
import io.textkit.embed.Word2VecModel;
import io.textkit.tokenize.TokenizerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every config record goes the one way: each of its fields set by {@code --set FIELD=VALUE} gives
 * the record built directly with that field changed, and a model trained from the command line and
 * saved loads back with an equal config.
 */
class ConfigRoundTripTest {
    @TempDir
    static Path dir;

    /** Each model's command line for a tiny, fast training run. */
    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("fasttext", List.of("--dim", "4", "--epochs", "1", "--set", "buckets=100")),
                Arguments.of("textcnn", List.of("--dim", "4", "--epochs", "1", "--set", "maps=2", "--set",
                        "widths=2,3")),
                Arguments.of("textrnn", List.of("--dim", "4", "--epochs", "1", "--set", "hidden=3", "--lr", "0.01")),
                Arguments.of("rcnn", List.of("--dim", "4", "--epochs", "1", "--set", "context=3", "--set", "hidden=3")),
                Arguments.of("han", List.of("--dim", "4", "--epochs", "1", "--set", "wordHidden=3", "--set",
                        "wordAttention=3", "--set", "sentenceHidden=3", "--set", "sentenceAttention=3")));
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyClassifierFieldSetByNameEqualsTheRecordBuiltDirectly(String kind, List<String> small) {
        Object base = classifierOptions(kind, small).config();
        for (RecordComponent field : base.getClass().getRecordComponents()) {
            Object value = changed(field, value(base, field));
            List<String> args = new ArrayList<>(small);
            args.addAll(List.of("--set", field.getName() + "=" + text(value)));
            assertEquals(rebuilt(base, field, value), classifierOptions(kind, args).config(), field.getName());
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void aClassifierTrainedFromTheCommandLineLoadsWithItsConfig(String kind, List<String> small) throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve(kind + ".txt"), 40, 3);
        Path file = dir.resolve(kind + ".tkm");
        List<String> args = new ArrayList<>(List.of("classify", "train", "--model", kind, "--train", data.toString(),
                "--format", "fasttext", "--output", file.toString(), "--seed", "7"));
        args.addAll(small);
        if (!kind.equals("fasttext")) {
            args.add("--quiet");
        }
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                args.toArray(String[]::new)), err.toString());
        TextClassifier loaded = TextClassifier.load(file);
        Object config = loaded instanceof FastTextClassifier f ? f.config() : ((NeuralClassifier) loaded).config();
        List<String> options = new ArrayList<>(small);
        options.addAll(List.of("--seed", "7"));
        assertEquals(classifierOptions(kind, options).config(), config);
    }

    @org.junit.jupiter.api.Test
    void everyWord2VecFieldSetByNameEqualsTheRecordBuiltDirectly() {
        Object base = embedTrain().config();
        for (RecordComponent field : base.getClass().getRecordComponents()) {
            Object value = changed(field, value(base, field));
            Object expected = rebuilt(base, field, value);
            if (field.getName().equals("learningRate")) {
                // As the C tool's -alpha: the learning rate decays to 1e-4 of its start unless minLearningRate is set.
                expected = Configs.with(expected, "minLearningRate", (double) value * 1e-4);
            }
            assertEquals(expected, embedTrain("--set", field.getName() + "=" + text(value)).config(), field.getName());
        }
    }

    @org.junit.jupiter.api.Test
    void aWord2VecModelTrainedFromTheCommandLineLoadsWithItsConfig() throws IOException {
        Path text = Files.writeString(dir.resolve("corpus.txt"), "the cat sat on the mat\nthe dog sat on the log\n"
                .repeat(20));
        Path file = dir.resolve("w2v.tkm");
        String[] args = {"-size", "5", "-min-count", "1", "-iter", "1", "-threads", "1", "-alpha", "0.1", "--set",
                "maxVocab=50", "--set", "cbowMean=false", "-quiet"};
        List<String> command = new ArrayList<>(List.of("embed", "train", "-train", text.toString(), "-output",
                dir.resolve("w2v.vec").toString(), "--save-model", file.toString()));
        command.addAll(List.of(args));
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                command.toArray(String[]::new)), err.toString());
        assertEquals(embedTrain(args).config(), Word2VecModel.load(file).config());
    }

    private static ModelOptions classifierOptions(String kind, List<String> args) {
        ModelOptions options = new ModelOptions();
        List<String> all = new ArrayList<>(List.of("--model", kind));
        all.addAll(args);
        new CommandLine(options).parseArgs(all.toArray(String[]::new));
        return options;
    }

    private static EmbedTrainCommand embedTrain(String... args) {
        EmbedTrainCommand command = new EmbedTrainCommand();
        List<String> all = new ArrayList<>(List.of("-train", "in.txt", "-output", "out.vec"));
        all.addAll(Arrays.asList(args));
        new CommandLine(command).parseArgs(all.toArray(String[]::new));
        return command;
    }

    /** A valid value of {@code field} other than {@code value}. */
    private static Object changed(RecordComponent field, Object value) {
        Class<?> type = field.getType();
        if (type == int.class) {
            return (int) value + 1;
        }
        if (type == long.class) {
            return (long) value + 1;
        }
        if (type == double.class) {
            return (double) value == 0 ? 0.25 : (double) value / 2;
        }
        if (type == boolean.class) {
            return !(boolean) value;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[(((Enum<?>) value).ordinal() + 1) % constants.length];
        }
        if (type == List.class) {
            return List.of(2);
        }
        if (type == TokenizerSettings.class) {
            return TokenizerSettings.of(TokenizerSettings.Kind.ENGLISH);
        }
        throw new AssertionError("no changed value for " + field);
    }

    /** {@code value} as the command line writes it. */
    private static String text(Object value) {
        return switch (value) {
            case Enum<?> e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            case List<?> list -> String.join(",", list.stream().map(String::valueOf).toList());
            case TokenizerSettings t -> t.kind().label();
            default -> String.valueOf(value);
        };
    }

    private static Object value(Object record, RecordComponent field) {
        try {
            return field.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code record} built again by its canonical constructor, with {@code field} = {@code value}. */
    private static Object rebuilt(Object record, RecordComponent field, Object value) {
        RecordComponent[] fields = record.getClass().getRecordComponents();
        Object[] values = new Object[fields.length];
        Class<?>[] types = new Class<?>[fields.length];
        for (int i = 0; i < fields.length; i++) {
            types[i] = fields[i].getType();
            values[i] = fields[i].getName().equals(field.getName()) ? value : value(record, fields[i]);
        }
        try {
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
