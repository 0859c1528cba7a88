package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link MatMul} picks the Vector API kernel only when its module is in the boot layer, falls back
 * to EJML without it (never failing with NoClassDefFoundError), and obeys {@code -Dtextkit.matmul}.
 * Each case needs its own JVM, since the choice is made once when the class loads.
 */
class MatMulPicksImplementationTest {
    @Test
    void vectorWhenTheModuleIsAdded() throws Exception {
        assertEquals("vector 58.0 154.0", probe(true, null).trim());
    }

    @Test
    void ejmlWithoutTheModule() throws Exception {
        assertEquals("ejml 58.0 154.0", probe(false, null).trim());
    }

    @Test
    void propertyForcesEjml() throws Exception {
        assertEquals("ejml 58.0 154.0", probe(true, "ejml").trim());
    }

    @Test
    void forcingVectorWithoutTheModuleSaysHowToFixIt() throws Exception {
        String output = probe(false, "vector");
        assertTrue(output.contains("textkit.matmul=vector needs the JVM option --add-modules jdk.incubator.vector"),
                output);
    }

    /** Runs {@link MatMulProbe} in a new JVM on this test's class path; returns what it printed. */
    private static String probe(boolean withVectorModule, String implementation)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (withVectorModule) {
            command.add("--add-modules");
            command.add("jdk.incubator.vector");
        }
        if (implementation != null) {
            command.add("-D" + MatMul.IMPLEMENTATION_PROPERTY + "=" + implementation);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MatMulProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        // The incubator module announces itself on stderr; only the probe's own line matters.
        return output.lines().filter(line -> !line.startsWith("WARNING: Using incubator modules"))
                .reduce("", (x, y) -> x + y + "\n");
    }
}
