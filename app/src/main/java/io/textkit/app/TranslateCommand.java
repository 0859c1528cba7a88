package io.textkit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code textkit translate}: train, evaluate, use and serve translators. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Train, evaluate, use (interactively or through a pipe) and serve attention translators.")
final class TranslateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
