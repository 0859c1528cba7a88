package io.textkit.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.nn.Activation;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Losses;
import io.textkit.core.nn.Sequential;
import io.textkit.core.optim.Adam;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Tensor;
import io.textkit.core.train.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's core example, verbatim apart from the directory, so that it keeps compiling and working. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleRuns(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        Sequential mlp = new Sequential(new Linear(2, 64, true, random), new Activation(Activations::tanh),
                new Linear(64, 3, true, random));
        Adam adam = Adam.defaults(mlp.namedParameters());

        Tensor x = Tensor.of(4, 2, 0.1f, 0.2f, -0.3f, 0.4f, 0.5f, -0.6f, 0.7f, 0.8f);
        Tensor loss = Losses.crossEntropy(mlp.forward(x), new int[] {0, 1, 2, 1});
        adam.zeroGrad();
        loss.backward();
        adam.step();

        ObjectNode config = JsonNodeFactory.instance.objectNode().put("hidden", 64);
        Checkpoint.save(dir.resolve("mlp.tkm"), "mlp", mlp, config, JsonNodeFactory.instance.objectNode());

        float after = Losses.crossEntropy(mlp.forward(x), new int[] {0, 1, 2, 1}).item();
        assertTrue(after < loss.item(), "one Adam step lowered the loss from " + loss.item() + " to " + after);
        assertTrue(Files.size(dir.resolve("mlp.tkm")) > 4 * (2 * 64 + 64 + 64 * 3 + 3));
    }
}
