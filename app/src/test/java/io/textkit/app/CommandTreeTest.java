package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line is built along the branch the arguments name, and whole wherever a name is missing. */
class CommandTreeTest {
    @Test
    void aNamedCommandGetsOnlyItsBranch() {
        CommandLine root = CommandTree.forArguments("classify", "predict", "--model", "m.tkm", "text");
        assertEquals(Set.of("classify"), root.getSubcommands().keySet());
        assertEquals(Set.of("predict"), root.getSubcommands().get("classify").getSubcommands().keySet());
    }

    @Test
    void aGroupWithoutACommandGetsEveryCommandOfTheGroup() {
        CommandLine root = CommandTree.forArguments("classify", "--help");
        assertEquals(Set.of("train", "eval", "cv", "predict", "serve"),
                root.getSubcommands().get("classify").getSubcommands().keySet());
    }

    @Test
    void anUnknownNameOrALeadingOptionGetsTheWholeTree() {
        for (String[] args : new String[][] {{"clasify", "predict"}, {"--verbose", "classify", "predict"}, {}}) {
            CommandLine root = CommandTree.forArguments(args);
            assertEquals(Set.of("quickstart", "embed", "classify", "corpora", "subword", "demo"), root.getSubcommands().keySet());
            assertEquals(4, commands(root, "embed"));
            assertEquals(2, commands(root, "corpora"));
            assertEquals(3, commands(root, "subword"));
        }
    }

    /** The number of commands in a group (an alias is a second key of the same command). */
    private static long commands(CommandLine root, String group) {
        return root.getSubcommands().get(group).getSubcommands().values().stream().distinct().count();
    }

    @Test
    void theVerboseOptionReachesABranchCommand() {
        CommandLine root = CommandTree.forArguments("classify", "predict");
        CommandLine predict = root.getSubcommands().get("classify").getSubcommands().get("predict");
        assertNotNull(predict.getCommandSpec().findOption("--verbose"));
    }
}
