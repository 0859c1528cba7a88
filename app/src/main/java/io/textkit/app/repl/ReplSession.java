package io.textkit.app.repl;

import io.textkit.app.chart.AttentionChart;
import io.textkit.app.translate.Decoding;
import io.textkit.app.translate.SentenceTranslator;
import io.textkit.app.translate.Translation;
import io.textkit.seq2seq.decode.AttentionHeatmap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the translation REPL does with each line, whatever reads the lines: a line starting with
 * {@code :} is a command that changes the session ({@code :beam 5}), any other line is translated
 * with the session's settings, and the answer says how long the translation took. Lines the model
 * cannot take (empty, too long, not valid UTF-8) get a message, never an exception.
 */
public final class ReplSession {
    /** The commands, for completion and {@code :help}. */
    public static final List<String> COMMANDS = List.of(":beam", ":greedy", ":nbest", ":sample", ":attn", ":time",
            ":help", ":quit");

    private static final String HELP = """
            Type a sentence to translate it. Commands:
              :beam N     beam search of width N
              :greedy     greedy search (the fastest)
              :nbest N    show the N best translations (beam search at least N wide)
              :sample T   sample at temperature T (top-k and top-p as given on the command line)
              :attn       the attention of the last translation, as a heatmap
              :attn FILE  the same as an image, FILE.png or FILE.svg
              :time       show or hide how long each translation took
              :help       this list
              :quit       leave (Ctrl-D too)""";

    private final SentenceTranslator translator;
    private final int maxChars;
    private Decoding decoding;
    private boolean showTime = true;
    private Translation last;

    /**
     * A session translating with {@code translator}, starting with {@code decoding}; lines longer
     * than {@code maxChars} characters are refused.
     */
    public ReplSession(SentenceTranslator translator, Decoding decoding, int maxChars) {
        this.translator = translator;
        this.decoding = decoding;
        this.maxChars = maxChars;
    }

    public Decoding decoding() {
        return decoding;
    }

    /**
     * Answers one line typed at the prompt on {@code out}.
     *
     * @return false once the user asked to leave
     */
    public boolean handle(String line, PrintWriter out) {
        String trimmed = line.strip();
        if (trimmed.startsWith(":")) {
            return command(trimmed, out);
        }
        String refusal = refusal(line);
        if (refusal != null) {
            out.println("nothing translated: " + refusal + "; type a sentence, or :help");
            return true;
        }
        long start = System.nanoTime();
        List<Translation> translations = translator.translate(List.of(line), decoding).get(0);
        double millis = (System.nanoTime() - start) / 1e6;
        last = translations.get(0);
        if (translations.size() == 1) {
            out.println(last.text());
        } else {
            for (int i = 0; i < translations.size(); i++) {
                out.printf(Locale.ROOT, "%d  %8.3f  %s%n", i + 1, translations.get(i).score(), translations.get(i).text());
            }
        }
        if (showTime) {
            out.printf(Locale.ROOT, "(%s, %.1f ms)%n", decoding.describe(), millis);
        }
        return true;
    }

    /**
     * The translation of one piped line, all on one line: the best translation, or with an n-best
     * list the translations best first separated by {@code " ||| "}; an empty string for a line the
     * model cannot take, whose reason {@link #refusal} gives.
     */
    public String translateLine(String line) {
        if (refusal(line) != null) {
            return "";
        }
        List<Translation> translations = translator.translate(List.of(line), decoding).get(0);
        return String.join(" ||| ", translations.stream().map(Translation::text).toList());
    }

    /** Why {@code line} is not translated ("an empty line"), or null if it is. */
    public String refusal(String line) {
        if (line.isBlank()) {
            return "an empty line";
        }
        if (line.length() > maxChars) {
            return String.format(Locale.ROOT, "a line of %,d characters, longer than the limit of %,d (--max-chars)",
                    line.length(), maxChars);
        }
        if (line.indexOf('\uFFFD') >= 0) {
            return "not valid UTF-8 (a byte sequence could not be read as text)";
        }
        return null;
    }

    private boolean command(String line, PrintWriter out) {
        String[] words = line.split("\\s+");
        String name = words[0];
        String argument = words.length > 1 ? words[1] : null;
        switch (name) {
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":help" -> out.println(HELP);
            case ":greedy" -> change(decoding.withGreedy(), out);
            case ":beam" -> {
                Integer width = positive(argument, ":beam N takes a beam width ≥ 1, e.g. :beam 5", out);
                if (width != null) {
                    change(decoding.withBeam(width), out);
                }
            }
            case ":nbest" -> {
                Integer n = positive(argument, ":nbest N takes a number of translations ≥ 1, e.g. :nbest 3", out);
                if (n != null) {
                    change(decoding.withNbest(n), out);
                }
            }
            case ":sample" -> sample(argument, out);
            case ":time" -> {
                showTime = !showTime;
                out.println(showTime ? "timing shown" : "timing hidden");
            }
            case ":attn" -> attention(argument, out);
            default -> out.println("unknown command " + name + "; the commands are " + String.join(" ", COMMANDS));
        }
        return true;
    }

    private void sample(String argument, PrintWriter out) {
        double temperature;
        try {
            temperature = argument == null ? 1 : Double.parseDouble(argument);
        } catch (NumberFormatException e) {
            temperature = -1;
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            out.println(":sample T takes a temperature > 0, e.g. :sample 0.8 (below 1 sharpens, above 1 flattens)");
            return;
        }
        change(decoding.withSampling(temperature), out);
    }

    private void change(Decoding next, PrintWriter out) {
        decoding = next;
        out.println("now " + decoding.describe());
    }

    private static Integer positive(String argument, String usage, PrintWriter out) {
        try {
            int value = argument == null ? 0 : Integer.parseInt(argument);
            if (value >= 1 && value <= 1000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other unusable value
        }
        out.println(usage + " (at most 1000)");
        return null;
    }

    private void attention(String file, PrintWriter out) {
        if (last == null) {
            out.println("no translation yet: type a sentence first");
        } else if (last.attention().length == 0) {
            out.println("this model has no attention to show");
        } else if (file == null) {
            out.print(AttentionHeatmap.text(last.sourceTokens(), last.targetTokens(), last.attention()));
        } else {
            try {
                AttentionChart.write(Path.of(file), last.sourceTokens(), last.targetTokens(), last.attention());
                out.println("attention written to " + file);
            } catch (IOException | IllegalArgumentException e) {
                out.println("cannot write " + file + ": " + e.getMessage());
            }
        }
    }
}
