package io.textkit.app.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The REPL at a terminal, through JLine: line editing, a history kept in a file across sessions
 * (up and down arrows, Ctrl-R), and Tab completion of the {@code :} commands. Ctrl-C abandons the
 * line being typed; Ctrl-D or {@code :quit} leaves.
 */
public final class InteractiveRepl {
    private static final String PROMPT = "> ";

    private InteractiveRepl() {}

    /**
     * Reads lines from {@code terminal} until the user leaves, answering each with {@code session};
     * {@code banner} is shown first. The history is read from and appended to {@code historyFile}
     * ({@code null} for none).
     */
    public static void run(Terminal terminal, Path historyFile, ReplSession session, String banner) throws IOException {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("textkit")
                .completer(commandCompleter());
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        PrintWriter out = terminal.writer();
        out.println(banner);
        out.flush();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                boolean goOn = session.handle(line, out);
                out.flush();
                if (!goOn) {
                    break;
                }
            }
        } finally {
            reader.getHistory().save();
        }
    }

    /** Completes the first word of a line that starts with {@code :}; a sentence is left alone. */
    private static Completer commandCompleter() {
        return (reader, line, candidates) -> {
            if (line.wordIndex() == 0 && line.word().startsWith(":")) {
                List<Candidate> commands = ReplSession.COMMANDS.stream().map(Candidate::new).toList();
                candidates.addAll(commands);
            }
        };
    }
}
