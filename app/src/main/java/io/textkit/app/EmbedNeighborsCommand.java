package io.textkit.app;

import io.textkit.embed.Neighbor;
import io.textkit.embed.UnknownWordException;
import io.textkit.embed.WordVectors;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code textkit embed neighbors}: the nearest words by cosine similarity. */
@Command(name = "neighbors", aliases = "neighbours", mixinStandardHelpOptions = true,
        description = "Print the nearest words to each WORD by cosine similarity; with no WORD, read words from "
            + "standard input, one per line.")
final class EmbedNeighborsCommand extends CommandOutput implements Callable<Integer> {
    @Mixin
    VectorsOption vectors;

    @Option(names = {"-k", "--top"}, defaultValue = "10", description = "How many neighbours. Default: ${DEFAULT-VALUE}.")
    int k;

    @Parameters(paramLabel = "WORD", arity = "0..*")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        CommandOptions.positive(spec, "-k", k);
        WordVectors loaded = vectors.load();
        if (!words.isEmpty()) {
            for (String word : words) {
                print(loaded, word);
            }
            return 0;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                try {
                    print(loaded, line.strip());
                } catch (UnknownWordException e) {
                    out().println(e.getMessage());
                }
            }
        }
        return 0;
    }

    private void print(WordVectors loaded, String word) {
        List<Neighbor> nearest = loaded.nearest(word, k);
        out().println(word);
        for (Neighbor n : nearest) {
            out().printf(Locale.ROOT, "  %-24s %.4f%n", n.word(), n.similarity());
        }
    }
}
