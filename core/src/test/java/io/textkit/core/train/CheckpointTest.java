package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.nn.Module;
import io.textkit.core.optim.Adam;
import io.textkit.core.optim.Sgd;
import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Tensor;
import java.nio.file.Path;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    /** A module with a parameter, a buffer and a child, the shapes a checkpoint must carry. */
    static final class Tiny extends Module {
        final Tensor weight;
        final FMatrixRMaj running;

        Tiny(int width, long seed) {
            weight = registerParameter("weight", Tensor.uniform(3, width, 1f, new Random(seed)));
            running = registerBuffer("running", new FMatrixRMaj(1, width));
            registerModule("child", new Module() {
                {
                    registerParameter("bias", Tensor.uniform(1, width, 1f, new Random(seed + 1)));
                }
            });
        }
    }

    @Test
    void restoresParametersAndBuffersExactly(@TempDir Path dir) throws Exception {
        Tiny trained = new Tiny(4, 1);
        trained.running.data[2] = 7.5f;
        ObjectNode config = JsonNodeFactory.instance.objectNode().put("width", 4);
        ObjectNode meta = JsonNodeFactory.instance.objectNode().put("epoch", 3);
        Path file = dir.resolve("tiny.tkm");
        Checkpoint.save(file, "tiny", trained, config, meta);

        Tiny fresh = new Tiny(4, 99);
        ModelFile saved = Checkpoint.restore(file, "tiny", fresh);
        assertArrayEquals(trained.weight.data(), fresh.weight.data());
        assertEquals(7.5f, fresh.running.data[2]);
        assertArrayEquals(trained.namedParameters().get("child.bias").data(), fresh.namedParameters().get("child.bias").data());
        assertEquals(3, saved.metadata().get("epoch").asInt());
    }

    @Test
    void refusesAModelOfAnotherShapeOrKind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.tkm");
        Checkpoint.save(file, "tiny", new Tiny(4, 1), JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode());
        ModelFileException shape = assertThrows(ModelFileException.class, () -> Checkpoint.restore(file, "tiny", new Tiny(5, 1)));
        assertTrue(shape.getMessage().contains("'weight' is 3×4 but the model expects 3×5"), shape.getMessage());
        ModelFileException kind = assertThrows(ModelFileException.class, () -> Checkpoint.restore(file, "mlp", new Tiny(4, 1)));
        assertTrue(kind.getMessage().contains("'tiny'"), kind.getMessage());
    }

    @Test
    void anOptimizerCheckpointResumesTrainingBitForBit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("resume.tkm");
        Tiny a = new Tiny(3, 5);
        Adam adamA = new Adam(a.namedParameters(), 0.01, 0.9, 0.999, 1e-8, 0);
        step(a, adamA);
        step(a, adamA);
        Checkpoint.save(file, "tiny", a, adamA, JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode());
        step(a, adamA);

        Tiny b = new Tiny(3, 77);
        Adam adamB = new Adam(b.namedParameters(), 0.01, 0.9, 0.999, 1e-8, 0);
        Checkpoint.restore(file, "tiny", b, adamB);
        assertEquals(2, adamB.steps());
        step(b, adamB);
        assertArrayEquals(a.weight.data(), b.weight.data(), "the third step after a restore equals the uninterrupted one");

        ModelFileException wrong = assertThrows(ModelFileException.class,
                () -> Checkpoint.restore(file, "tiny", new Tiny(3, 1),
                        new Sgd(new Tiny(3, 1).namedParameters(), 0.1, 0)));
        assertTrue(wrong.getMessage().contains("the saved optimizer state is Adam's, not Sgd's"), wrong.getMessage());
    }

    /** One step on a fixed loss: the sum of squares of the weight and the child's bias. */
    private static void step(Tiny model, Adam adam) {
        adam.zeroGrad();
        Tensor w = model.weight;
        Tensor bias = model.namedParameters().get("child.bias");
        Reductions.sum(Arithmetic.add(Reductions.sumOverRows(Arithmetic.mul(w, w)), Arithmetic.mul(bias, bias))).backward();
        adam.step();
    }
}
