package io.textkit.core.tensor;

import static io.textkit.core.tensor.Activations.sigmoid;
import static io.textkit.core.tensor.Activations.tanh;
import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.mul;
import static io.textkit.core.tensor.Arithmetic.oneMinus;
import static io.textkit.core.tensor.Shapes.sliceCols;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fused recurrent steps: finite-difference checks of their gradients (each output alone and
 * both together, so that h' and c' hand their gradients on in the right order), with gate values
 * from the linear to the saturated range, and agreement with the same step composed of single ops.
 */
class RecurrentGatesTest {
    private static final int BATCH = 3;
    private static final int HIDDEN = 5;

    private final Random random = new Random(19);
    private final GradientCheck check = GradientCheck.standard();
    private final Tensor gates = Tensor.uniform(BATCH, 4 * HIDDEN, 3f, random);
    private final Tensor c = Tensor.uniform(BATCH, HIDDEN, 2f, random);
    private final Tensor projected = Tensor.uniform(BATCH, 3 * HIDDEN, 3f, random);
    private final Tensor recurrent = Tensor.uniform(BATCH, 3 * HIDDEN, 2f, random);
    private final Tensor bias = Tensor.uniform(1, HIDDEN, 1f, random);
    private final Tensor h = Tensor.uniform(BATCH, HIDDEN, 1f, random);

    @Test
    void lstmGradients() {
        check.check(() -> RecurrentGates.lstm(gates, c).h(), gates, c);
        check.check(() -> RecurrentGates.lstm(gates, c).c(), gates, c);
        check.check(() -> {
            RecurrentGates.LstmState s = RecurrentGates.lstm(gates, c);
            return add(s.h(), mul(s.c(), s.c()));
        }, gates, c);
    }

    @Test
    void gruGradients() {
        check.check(() -> RecurrentGates.gru(projected, recurrent, bias, h), projected, recurrent, bias, h);
    }

    @Test
    void lstmEqualsTheStepComposedOfSingleOps() {
        RecurrentGates.LstmState fused = RecurrentGates.lstm(gates, c);
        Tensor i = sigmoid(sliceCols(gates, 0, HIDDEN));
        Tensor f = sigmoid(sliceCols(gates, HIDDEN, HIDDEN));
        Tensor g = tanh(sliceCols(gates, 2 * HIDDEN, HIDDEN));
        Tensor o = sigmoid(sliceCols(gates, 3 * HIDDEN, HIDDEN));
        Tensor cNext = add(mul(f, c), mul(i, g));
        assertArrayEquals(cNext.data(), fused.c().data(), 1e-6f);
        assertArrayEquals(mul(o, tanh(cNext)).data(), fused.h().data(), 1e-6f);
    }

    @Test
    void gruEqualsTheStepComposedOfSingleOps() {
        Tensor rz = sigmoid(add(sliceCols(projected, 0, 2 * HIDDEN), sliceCols(recurrent, 0, 2 * HIDDEN)));
        Tensor r = sliceCols(rz, 0, HIDDEN);
        Tensor z = sliceCols(rz, HIDDEN, HIDDEN);
        Tensor n = tanh(add(sliceCols(projected, 2 * HIDDEN, HIDDEN),
                mul(r, add(sliceCols(recurrent, 2 * HIDDEN, HIDDEN), bias))));
        Tensor expected = add(mul(oneMinus(z), n), mul(z, h));
        assertArrayEquals(expected.data(), RecurrentGates.gru(projected, recurrent, bias, h).data(), 1e-6f);
    }

    @Test
    void shapesThatDoNotFitAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecurrentGates.lstm(projected, c));
        assertThrows(IllegalArgumentException.class, () -> RecurrentGates.gru(projected, recurrent, Tensor.zeros(1, HIDDEN + 1), h));
    }
}
