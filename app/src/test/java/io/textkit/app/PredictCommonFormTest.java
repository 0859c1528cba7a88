package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code classify predict}'s common forms, read without picocli, mean what picocli reads them to mean,
 * and every other form is left to picocli.
 */
class PredictCommonFormTest {
    private static final List<String[]> COMMON = List.of(
            new String[] {"classify", "predict", "--model", "m.tkm", "a text"},
            new String[] {"classify", "predict", "--model", "m.tkm"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-k", "3", "one", "two"},
            new String[] {"classify", "predict", "-k", "2", "--model", "m.tkm"},
            new String[] {"classify", "predict", "first", "--model", "m.tkm", "second", "-k", "+4", "third"},
            new String[] {"classify", "predict", "--model", "dir with space/m.tkm", "ünïcödé — text"});

    private static final List<String[]> OTHERS = List.of(
            new String[] {"classify", "predict", "--help"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-h"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-V"},
            new String[] {"classify", "predict", "a text"},
            new String[] {"classify", "predict", "--model"},
            new String[] {"classify", "predict", "--model", "-k", "2"},
            new String[] {"classify", "predict", "--model", "a.tkm", "--model", "b.tkm"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-k", "2", "-k", "3"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-k", "0"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-k", "-1"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-k", "two"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-k"},
            new String[] {"classify", "predict", "--model", "m.tkm", "-k3"},
            new String[] {"classify", "predict", "--model=m.tkm", "text"},
            new String[] {"classify", "predict", "--model", "m.tkm", "--", "-a text"},
            new String[] {"classify", "predict", "--model", "m.tkm", "@texts.txt"},
            new String[] {"classify", "predict", "--model", "m.tkm", ""},
            new String[] {"classify", "predict", "--model", "m.tkm", "--unknown"},
            new String[] {"--verbose", "classify", "predict", "--model", "m.tkm", "text"},
            new String[] {"classify", "train", "--model", "m.tkm"},
            new String[] {"classify"},
            new String[] {});

    @Test
    void commonFormsAreReadAsPicocliReadsThem() {
        for (String[] args : COMMON) {
            ClassifyPredictCommand quick = ClassifyPredictCommand.parseCommonForm(args)
                    .orElseThrow(() -> new AssertionError("not read as a common form: " + List.of(args)));
            ClassifyPredictCommand full = picocli(args).orElseThrow();
            assertEquals(full.model, quick.model, List.of(args).toString());
            assertEquals(full.k, quick.k, List.of(args).toString());
            assertEquals(full.texts, quick.texts, List.of(args).toString());
        }
    }

    @Test
    void everyOtherFormIsLeftToPicocli() {
        for (String[] args : OTHERS) {
            assertEquals(Optional.empty(), ClassifyPredictCommand.parseCommonForm(args), List.of(args).toString());
        }
    }

    /** The prediction command picocli parses from {@code args}, or empty when it refuses them or they name another. */
    private static Optional<ClassifyPredictCommand> picocli(String[] args) {
        try {
            ParseResult parsed = CommandTree.forArguments(args).parseArgs(args);
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            return parsed.commandSpec().userObject() instanceof ClassifyPredictCommand command
                    ? Optional.of(command) : Optional.empty();
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            fail("picocli threw " + e + " for " + List.of(args));
            return Optional.empty();
        }
    }
}
