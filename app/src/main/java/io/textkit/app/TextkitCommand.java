package io.textkit.app;

import io.textkit.core.TextkitVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands and holds the options every command shares. */
@Command(name = "textkit",
        mixinStandardHelpOptions = true,
        versionProvider = TextkitCommand.Version.class,
        description = "Train and serve neural NLP models on the JVM, on the CPU.",
        usageHelpAutoWidth = true)
public final class TextkitCommand implements Runnable {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print a stack trace when a command fails.")
    static boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version and commit Maven stamped into the core module. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "textkit " + TextkitVersion.describe(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")",
                "Vector API " + (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? "enabled" : "not enabled")
            };
        }
    }
}
