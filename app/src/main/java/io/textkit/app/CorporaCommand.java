package io.textkit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code textkit corpora}: the datasets textkit can download, and downloading them. */
@Command(name = "corpora", mixinStandardHelpOptions = true,
        description = "List and download the public datasets textkit knows (into $TEXTKIT_DATA, else ~/.textkit/data).")
final class CorporaCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
