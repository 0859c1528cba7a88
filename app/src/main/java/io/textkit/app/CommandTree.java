package io.textkit.app;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command tree: which commands each command group holds. picocli reads every command's
 * annotations by reflection when it adds the command to a command line, which took a one-sentence
 * {@code classify predict} longer than the prediction; so the tree is built only along the branch
 * the leading words of the arguments name, and whole below the first word that names no command
 * (a group's help, an unknown name, an option before the command), where help and "did you mean"
 * need every sibling.
 */
final class CommandTree {
    private static final Map<Class<?>, List<Class<?>>> SUBCOMMANDS = Map.of(
            TextkitCommand.class, List.of(QuickstartCommand.class, EmbedCommand.class, ClassifyCommand.class,
                    CorporaCommand.class, SubwordCommand.class, DemoCommand.class),
            EmbedCommand.class, List.of(EmbedTrainCommand.class, EmbedNeighborsCommand.class,
                    EmbedAnalogyCommand.class, EmbedEvalCommand.class),
            ClassifyCommand.class, List.of(ClassifyTrainCommand.class, ClassifyEvalCommand.class,
                    ClassifyCvCommand.class, ClassifyPredictCommand.class, ClassifyServeCommand.class),
            CorporaCommand.class, List.of(CorporaListCommand.class, CorporaGetCommand.class),
            SubwordCommand.class, List.of(SubwordLearnCommand.class, SubwordEncodeCommand.class, SubwordDecodeCommand.class));

    private CommandTree() {}

    /** The root command line with the commands {@code args} can reach. */
    static CommandLine forArguments(String... args) {
        CommandLine root = new CommandLine(new TextkitCommand());
        addSubcommands(root, TextkitCommand.class, args, 0);
        return root;
    }

    private static void addSubcommands(CommandLine parent, Class<?> type, String[] args, int depth) {
        List<Class<?>> children = SUBCOMMANDS.getOrDefault(type, List.of());
        String word = depth < args.length ? args[depth] : null;
        Class<?> named = children.stream().filter(c -> c.getAnnotation(Command.class).name().equals(word))
                .findFirst().orElse(null);
        for (Class<?> child : named == null ? children : List.of(named)) {
            CommandLine sub = newCommandLine(child);
            parent.addSubcommand(sub);
            addSubcommands(sub, child, named == null ? new String[0] : args, depth + 1);
        }
    }

    private static CommandLine newCommandLine(Class<?> command) {
        try {
            return new CommandLine(CommandLine.defaultFactory().create(command));
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + command.getName(), e);
        }
    }
}
