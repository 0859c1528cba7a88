package io.textkit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code textkit embed}: word2vec training and queries on word vectors. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Train word2vec embeddings and query word vectors (word2vec .vec/.bin or textkit .tkm files).")
final class EmbedCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
