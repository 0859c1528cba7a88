package io.textkit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code textkit classify}: train, evaluate, apply and serve text classifiers. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Train, evaluate, cross-validate, apply and serve text classifiers (textkit .tkm model files).")
final class ClassifyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
