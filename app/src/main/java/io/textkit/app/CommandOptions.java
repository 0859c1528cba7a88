package io.textkit.app;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The checks of option values that picocli's types cannot express (a count ≥ 1, a port), reporting
 * a refused value under the option's name as the user typed it ({@code -size} or
 * {@code --dimension}), so the message matches the command line.
 */
final class CommandOptions {
    private CommandOptions() {}

    /**
     * The name of the option called {@code name} (any of its names) that the command line used, or
     * {@code name} when it was not typed (a default value).
     */
    static String typed(CommandSpec spec, String name) {
        OptionSpec option = spec == null ? null : spec.findOption(name);
        if (option == null || spec.commandLine() == null || spec.commandLine().getParseResult() == null) {
            return name;
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        for (String arg : args) {
            for (String n : option.names()) {
                if (arg.equals(n) || arg.startsWith(n + "=")) {
                    return n;
                }
            }
        }
        return name;
    }

    /** A refused value of option {@code name}: {@code "<typed name> <problem>"}. */
    static BadOptionException invalid(CommandSpec spec, String name, String problem) {
        return new BadOptionException(typed(spec, name) + " " + problem);
    }

    /** Throws unless {@code value ≥ 1}. */
    static int positive(CommandSpec spec, String name, int value) {
        return atLeast(spec, name, value, 1);
    }

    /** Throws unless {@code value ≥ min}. */
    static int atLeast(CommandSpec spec, String name, int value, int min) {
        if (value < min) {
            throw invalid(spec, name, "must be ≥ " + min + ", got " + value);
        }
        return value;
    }

    /** Throws unless {@code min ≤ value ≤ max}. */
    static int inRange(CommandSpec spec, String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(spec, name, "must be in " + min + " … " + max + ", got " + value);
        }
        return value;
    }

    /** Throws unless {@code value} is finite and {@code > 0}. */
    static double positive(CommandSpec spec, String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw invalid(spec, name, "must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Throws unless {@code 0 < value < 1}. */
    static double fraction(CommandSpec spec, String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw invalid(spec, name, "must be between 0 and 1, got " + value);
        }
        return value;
    }

    /** Throws unless {@code value} is 0 or 1, the flags of the word2vec tool. */
    static int flag(CommandSpec spec, String name, int value) {
        if (value != 0 && value != 1) {
            throw invalid(spec, name, "takes 0 or 1, got " + value);
        }
        return value;
    }
}
