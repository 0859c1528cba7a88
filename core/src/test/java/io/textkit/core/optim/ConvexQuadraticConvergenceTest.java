package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Tensor;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer, driven through the autodiff graph, minimises the convex quadratic
 * mean((A·w − b)²) from w = 0, where b = A·w* so that the minimum is 0 at w* = [1.5, −0.5]; the
 * loss must fall below 1e-4 of its start within the given number of steps. The eigenvalues of AᵀA
 * differ about fivefold, so the two directions need different step sizes. Learning rates and step
 * counts are set for this problem.
 *
 * <p>The test asks that the loss get there, not that it stay: with exact gradients and a fixed
 * learning rate the adaptive methods keep stepping near the minimum, and Adadelta in particular
 * wanders off again (its step √(u + ε)/√(v + ε) grows as the gradient vanishes; a double-precision
 * run of the same formula does the same); in training, gradient noise and a decaying schedule hide this.
 */
class ConvexQuadraticConvergenceTest {
    private static final float[] A = {2, 1, 1, 3, 0.5f, -1};
    private static final float[] W_STAR = {1.5f, -0.5f};

    static Stream<Arguments> optimizers() {
        return Stream.of(
                optimizer("Sgd", w -> new Sgd(w, 0.1, 0), 300),
                optimizer("Momentum", w -> new Momentum(w, 0.05, 0.9, 0), 300),
                optimizer("Nesterov", w -> new Nesterov(w, 0.05, 0.9, 0), 300),
                optimizer("Adagrad", w -> new Adagrad(w, 0.5, 1e-10, 0), 500),
                optimizer("Adadelta", w -> new Adadelta(w, 1.0, 0.99, 1e-6, 0), 1500),
                optimizer("RmsProp", w -> new RmsProp(w, 0.01, 0.99, 1e-8, 0), 1000),
                optimizer("Adam", w -> new Adam(w, 0.05, 0.9, 0.999, 1e-8, 0), 1000),
                optimizer("AdamW", w -> new AdamW(w, 0.05, 0.9, 0.999, 1e-8, 1e-4), 1000));
    }

    private static Arguments optimizer(String name, Function<Map<String, Tensor>, Optimizer> make, int steps) {
        return Arguments.of(name, make, steps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void minimisesAConvexQuadratic(String name, Function<Map<String, Tensor>, Optimizer> make, int steps) {
        Tensor a = Tensor.of(3, 2, A);
        Tensor b = Arithmetic.matmul(a, Tensor.of(2, 1, W_STAR));
        Tensor w = Tensor.parameter(new FMatrixRMaj(2, 1));
        Optimizer optimizer = make.apply(Map.of("w", w));
        float initial = Losses.meanSquaredError(Arithmetic.matmul(a, w), b).item();
        float loss = initial;
        int step = 0;
        while (step < steps && loss >= 1e-4 * initial) {
            optimizer.zeroGrad();
            Tensor l = Losses.meanSquaredError(Arithmetic.matmul(a, w), b);
            l.backward();
            optimizer.step();
            step++;
            loss = Losses.meanSquaredError(Arithmetic.matmul(a, w), b).item();
        }
        assertTrue(loss < 1e-4 * initial, name + ": loss " + loss + " after " + steps + " steps, from " + initial);
    }
}
