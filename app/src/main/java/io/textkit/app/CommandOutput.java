package io.textkit.app;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that prints its results to picocli's output stream, so that tests and callers can capture it. */
abstract class CommandOutput {
    @Spec
    CommandSpec spec;

    /** Where results go: standard output unless the caller redirected it. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where messages about the work go: standard error unless the caller redirected it. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
