package io.textkit.app;

import io.textkit.embed.Neighbor;
import io.textkit.embed.WordVectors;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code textkit embed analogy A B C}: A is to B as C is to what? */
@Command(name = "analogy", mixinStandardHelpOptions = true,
        description = "Answer 'A is to B as C is to ?' (e.g. man king woman → queen) with 3CosAdd, or 3CosMul.")
final class EmbedAnalogyCommand extends CommandOutput implements Callable<Integer> {
    @Mixin
    VectorsOption vectors;

    @Option(names = {"-k", "--top"}, defaultValue = "5", description = "How many answers. Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--cosmul", description = "Use 3CosMul (Levy & Goldberg 2014) instead of 3CosAdd.")
    boolean cosmul;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Parameters(index = "2", paramLabel = "C")
    String c;

    @Override
    public Integer call() throws Exception {
        CommandOptions.positive(spec, "-k", k);
        WordVectors loaded = vectors.load();
        List<Neighbor> answers = cosmul ? loaded.analogyMul(a, b, c, k) : loaded.analogy(a, b, c, k);
        out().printf("%s is to %s as %s is to:%n", a, b, c);
        for (Neighbor n : answers) {
            out().printf(Locale.ROOT, "  %-24s %.4f%n", n.word(), n.similarity());
        }
        return 0;
    }
}
