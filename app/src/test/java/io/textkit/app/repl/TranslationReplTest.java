package io.textkit.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.app.translate.Decoding;
import io.textkit.app.translate.SentenceTranslator;
import io.textkit.seq2seq.Translator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation REPL driven as a user would: through a pipe (one output line per input line,
 * nothing else on stdout) and through a terminal (JLine over in-memory streams: every command,
 * completion, history), with the bad inputs that must get an answer and never a crash.
 */
class TranslationReplTest {
    @TempDir
    static Path dir;

    static SentenceTranslator translator;

    @BeforeAll
    static void train() throws IOException {
        translator = new SentenceTranslator(Translator.load(TinyModel.train(dir)));
    }

    private static ReplSession session() {
        return new ReplSession(translator, Decoding.greedy().withBeam(3), 10_000);
    }

    private static String pipe(byte[] input, StringWriter err) throws IOException {
        StringWriter out = new StringWriter();
        PipedRepl.run(new ByteArrayInputStream(input), new PrintWriter(out), new PrintWriter(err), session(), 10_000);
        return out.toString();
    }

    @Test
    void pipedInputGivesOneLinePerLineAndNothingElse() throws IOException {
        StringWriter err = new StringWriter();
        String out = pipe("ein zwei\nhund katze rot\r\ndrei".getBytes(StandardCharsets.UTF_8), err);
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size(), out);
        String expected = translator.translate("ein zwei", session().decoding()).text();
        assertEquals(expected, lines.get(0));
        assertEquals(translator.translate("hund katze rot", session().decoding()).text(), lines.get(1),
                "a Windows line end is not part of the sentence");
        assertFalse(lines.get(2).isEmpty(), "a last line without a line end is translated too");
        assertEquals("", err.toString());
    }

    @Test
    void pipedBadLinesGetAnEmptyLineAndAReasonOnStderr() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("ein\n\n".getBytes(StandardCharsets.UTF_8));
        input.writeBytes("haus ".repeat(20_000).getBytes(StandardCharsets.UTF_8));
        input.write('\n');
        input.writeBytes(new byte[] {'r', 'o', 't', (byte) 0xC3, (byte) 0x28, '\n'});
        input.writeBytes("zwei\n".getBytes(StandardCharsets.UTF_8));
        StringWriter err = new StringWriter();
        List<String> lines = pipe(input.toByteArray(), err).lines().toList();
        assertEquals(5, lines.size(), lines.toString());
        assertFalse(lines.get(0).isEmpty());
        assertEquals(List.of("", "", ""), lines.subList(1, 4));
        assertFalse(lines.get(4).isEmpty(), "the REPL goes on after bad lines");
        String reasons = err.toString();
        assertTrue(reasons.contains("line 2: an empty line"), reasons);
        assertTrue(reasons.contains("line 3: a line of 100,000 bytes"), reasons);
        assertTrue(reasons.contains("line 4: not valid UTF-8"), reasons);
    }

    /**
     * Types {@code keys} and then {@code :quit} into the REPL on a terminal over in-memory streams
     * (JLine's in-memory terminal declared an ANSI one, as JLine's own tests do, so line editing,
     * completion and history are on without a real pty); returns what the terminal showed.
     */
    private static String type(String keys, Path history) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        InputStream keyboard = new ByteArrayInputStream((keys + ":quit\n").getBytes(StandardCharsets.UTF_8));
        try (Terminal terminal = new DumbTerminal("test", "ansi", keyboard, screen, StandardCharsets.UTF_8)) {
            InteractiveRepl.run(terminal, history, session(), "banner: the tiny model");
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandAnswersAtATerminal() throws IOException {
        String screen = type(String.join("\n", ":help", "ein zwei", ":greedy", "ein zwei", ":beam 4", ":nbest 2",
                "ein zwei", ":sample 0.5", "hund", ":attn", ":attn " + dir.resolve("attention.svg"), ":attn " + dir.resolve("a.gif"),
                ":time", "drei", ":time", ":beam x", ":nbest 0",
                ":sample hot", ":what") + "\n", null);
        assertTrue(screen.contains("banner: the tiny model"), screen);
        assertTrue(screen.contains(":nbest N"), "help lists the commands: " + screen);
        assertTrue(screen.contains("(beam 3, "), "each translation says its search and time: " + screen);
        assertTrue(screen.contains("now greedy"), screen);
        assertTrue(screen.contains("(greedy, "), screen);
        assertTrue(screen.contains("now beam 4"), screen);
        assertTrue(screen.contains("now beam 4, 2-best"), screen);
        assertTrue(screen.contains("1  ") && screen.contains("2  "), "an n-best list is numbered: " + screen);
        assertTrue(screen.contains("now sampling at temperature 0.5"), screen);
        assertTrue(screen.contains("░") || screen.contains("█") || screen.contains("▒") || screen.contains("▓"),
                ":attn draws the heatmap: " + screen);
        assertTrue(screen.contains("</s>"), "the heatmap names the tokens: " + screen);
        assertTrue(Files.readString(dir.resolve("attention.svg")).contains("<svg"), ":attn FILE.svg writes the image");
        assertTrue(screen.contains("cannot write " + dir.resolve("a.gif")), screen);
        assertTrue(screen.contains("timing hidden") && screen.contains("timing shown"), screen);
        assertTrue(screen.contains(":beam N takes a beam width"), screen);
        assertTrue(screen.contains(":nbest N takes a number"), screen);
        assertTrue(screen.contains(":sample T takes a temperature"), screen);
        assertTrue(screen.contains("unknown command :what"), screen);
    }

    @Test
    void badLinesAtATerminalGetAnAnswer() throws IOException {
        String screen = type("\n" + ":attn\n" + "haus ".repeat(2_100) + "\nrot \uFFFD\nein\n", null);
        assertTrue(screen.contains("nothing translated: an empty line"), screen);
        assertTrue(screen.contains("no translation yet"), screen);
        assertTrue(screen.contains("longer than the limit of 10,000"), screen);
        assertTrue(screen.contains("not valid UTF-8"), screen);
        assertTrue(screen.contains("(beam 3, "), "the session goes on: " + screen);
    }

    @Test
    void tabCompletesCommands() throws IOException {
        String screen = type(":gre\t\nein\n", null);
        assertTrue(screen.contains("now greedy"), screen);
    }

    @Test
    void historyIsKeptAcrossSessions() throws IOException {
        Path history = dir.resolve("history");
        type("ein zwei\n:beam 2\n", history);
        String kept = Files.readString(history);
        assertTrue(kept.contains("ein zwei") && kept.contains(":beam 2"), kept);
        // Ctrl-P, as the up arrow: the previous line, here the earlier session's :quit and then its :beam 2.
        String screen = type("\u0010\u0010\n", history);
        assertTrue(screen.contains("now beam 2"), "the earlier session's lines are recalled: " + screen);
    }
}
