package io.textkit.app.repl;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The REPL reading a pipe, as fairseq-interactive does: every input line gives exactly one output
 * line (empty for a line that cannot be translated, with the reason and line number on stderr),
 * flushed at once, and nothing else on stdout: no prompt, no banner, no timing. Every line is
 * text to translate; {@code :} commands are for the terminal.
 */
public final class PipedRepl {
    private PipedRepl() {}

    /**
     * Translates the lines of {@code in} until it ends.
     *
     * @param maxChars lines longer than this are refused; bytes beyond four times it are not kept
     */
    public static void run(InputStream in, PrintWriter out, PrintWriter err, ReplSession session, int maxChars)
            throws IOException {
        InputStream input = new BufferedInputStream(in);
        long maxBytes = 4L * maxChars + 4;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long lineNumber = 0;
        while (true) {
            line.reset();
            long length = 0;
            int b;
            while ((b = input.read()) >= 0 && b != '\n') {
                if (length++ < maxBytes) {
                    line.write(b);
                }
            }
            if (b < 0 && length == 0) {
                break;
            }
            lineNumber++;
            String answer;
            String problem;
            if (length > maxBytes) {
                answer = "";
                problem = String.format(Locale.ROOT, "a line of %,d bytes is longer than the limit of %,d characters,"
                        + " --max-chars", length, maxChars);
            } else {
                String text = decode(line.toByteArray());
                problem = text == null ? "not valid UTF-8" : session.refusal(text);
                answer = problem == null ? session.translateLine(text) : "";
            }
            out.println(answer);
            out.flush();
            if (problem != null) {
                err.println("textkit: line " + lineNumber + ": " + problem + "; printed an empty line");
                err.flush();
            }
            if (b < 0) {
                break;
            }
        }
    }

    /** The line's text without a trailing carriage return, or null if it is not valid UTF-8. */
    private static String decode(byte[] bytes) {
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
