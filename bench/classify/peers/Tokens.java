import io.textkit.tokenize.TokenizerSettings;
import io.textkit.tokenize.Tokenizer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a fastText-format file with each text replaced by textkit's tokens of it, space-joined, so
 * the fastText binary reads exactly the tokens a textkit model trained with {@code --tokenizer KIND}
 * sees (the tokenizer's defaults, as {@code classify train} builds it).
 *
 * <pre>  java -cp app/target/textkit.jar bench/classify/peers/Tokens.java KIND IN OUT</pre>
 *
 * A text with no tokens stops the run with its line number. Benchmark-only.
 */
public final class Tokens {
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Tokens.java english|chinese|whitespace|characters IN OUT");
            System.exit(2);
        }
        Tokenizer tokenizer = TokenizerSettings.of(args[0]).create();
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                number++;
                int space = line.indexOf(' ');
                List<String> tokens = new ArrayList<>();
                tokenizer.tokenize(line.substring(space + 1), tokens::add);
                if (space < 0 || tokens.isEmpty()) {
                    throw new IllegalArgumentException(args[1] + ":" + number + ": no tokens in " + line);
                }
                out.write(line.substring(0, space) + " " + String.join(" ", tokens) + "\n");
            }
        }
        System.err.println(args[2] + ": " + number + " examples");
    }
}
