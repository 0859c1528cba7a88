package io.textkit.app;

import io.textkit.app.repl.InteractiveRepl;
import io.textkit.app.repl.PipedRepl;
import io.textkit.app.repl.ReplSession;
import io.textkit.app.translate.Decoding;
import io.textkit.app.translate.SentenceTranslator;
import io.textkit.seq2seq.Translator;
import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code textkit translate repl}: loads a translator once and translates line after line. At a
 * terminal it is an editor with history and completion ({@link InteractiveRepl}); reading a pipe it
 * prints one translation line per input line and nothing else ({@link PipedRepl}).
 */
@Command(name = "repl", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Translate interactively: type a sentence, get its translation and how long it took;"
                + " :help lists the commands (:beam N, :greedy, :nbest N, :sample T, :attn, :time, :quit).",
            "Reading a pipe (echo ... | textkit translate repl --model M), it prints one translation line per input"
                + " line and nothing else on stdout."})
final class TranslateReplCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A translator model file.")
    Path model;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Where the typed lines are kept between sessions. Default: ~/.textkit_history.")
    Path history;

    @Option(names = "--no-history", description = "Keep no history file.")
    boolean noHistory;

    @Option(names = "--max-chars", defaultValue = "10000", paramLabel = "N",
            description = "Longer lines are not translated (they get a message). Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Option(names = "--piped", description = "Read standard input line by line even at a terminal: no prompt, no"
            + " editing, one output line per input line.")
    boolean piped;

    @Mixin
    DecodingOptions decodingOptions;

    @Override
    public Integer call() throws Exception {
        Decoding decoding = decodingOptions.decoding();
        CommandOptions.positive(spec, "--max-chars", maxChars);
        if (noHistory && history != null) {
            throw new BadOptionException("give --history or --no-history, not both");
        }
        long start = System.nanoTime();
        Translator translator = Translator.load(model);
        double seconds = (System.nanoTime() - start) / 1e9;
        ReplSession session = new ReplSession(new SentenceTranslator(translator), decoding, maxChars);
        if (piped || !atTerminal()) {
            PipedRepl.run(System.in, out(), err(), session, maxChars);
            return 0;
        }
        String banner = String.format(Locale.ROOT, "%s loaded in %.1f s: %,d source and %,d target words, %s."
                        + " Type a sentence to translate it; :help lists the commands, Ctrl-D leaves.", model, seconds,
                translator.sourceVocabulary().size(), translator.targetVocabulary().size(), decoding.describe());
        // The native providers (JNI, FFM) make the JVM warn about restricted methods on every start; the
        // exec provider drives the terminal through stty and needs no native access.
        try (Terminal terminal = TerminalBuilder.builder().system(true).jni(false).ffm(false).build()) {
            InteractiveRepl.run(terminal, historyFile(), session, banner);
        }
        return 0;
    }

    private Path historyFile() {
        if (noHistory) {
            return null;
        }
        return history != null ? history : Path.of(System.getProperty("user.home"), ".textkit_history");
    }

    /**
     * Whether standard input and output are a terminal. {@link System#console()} answers that on
     * JDK 21; from JDK 22 it returns a console for pipes too, and {@code Console.isTerminal()} (which
     * JDK 21 lacks, hence the reflection) tells them apart.
     */
    private static boolean atTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
