package io.textkit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code textkit subword}: learning BPE and WordPiece vocabularies and encoding text with them. */
@Command(name = "subword", mixinStandardHelpOptions = true,
        description = "Learn a BPE or WordPiece subword vocabulary from text, and encode or decode with it.")
final class SubwordCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
