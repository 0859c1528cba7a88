package io.textkit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code textkit lm}: train recurrent language models, sample from them, measure their perplexity. */
@Command(name = "lm", mixinStandardHelpOptions = true,
        description = "Train recurrent language models, sample text from them and measure their perplexity.")
final class LmCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
