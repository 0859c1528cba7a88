package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Tensor;
import java.util.Map;
import java.util.function.Function;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The first three steps of every optimizer on a 1×2 parameter w = [1, −2] with fixed gradients.
 * Step 1 is checked against numbers worked out by hand (the arithmetic is in the comments), steps 1
 * to 3 against the textbook formula evaluated independently in double precision. The formulas and
 * numbers are PyTorch's, so the same script in PyTorch gives the same values to float precision.
 */
class OptimizerKnownAnswerTest {
    private static final double[] W0 = {1, -2};
    private static final double[][] G = {{0.5, -1}, {-0.25, 2}, {1.5, 0.5}};
    private static final double TOLERANCE = 1e-6;

    /** The per-element rule in double: given w, g, the state s and the 1-based step t, returns the new w. */
    @FunctionalInterface
    private interface Rule {
        double apply(double w, double g, double[] s, int t);
    }

    @Test
    void sgdSubtractsLearningRateTimesGradient() {
        // w − 0.1·g = [1 − 0.05, −2 + 0.1]
        check(w -> new Sgd(w, 0.1, 0), new double[] {0.95, -1.9}, (w, g, s, t) -> w - 0.1 * g);
    }

    @Test
    void sgdWeightDecayAddsLambdaTimesWeightToTheGradient() {
        // g + 0.1·w = [0.5 + 0.1, −1 − 0.2] = [0.6, −1.2];  w − 0.1·[0.6, −1.2] = [0.94, −1.88]
        check(w -> new Sgd(w, 0.1, 0.1), new double[] {0.94, -1.88}, (w, g, s, t) -> w - 0.1 * (g + 0.1 * w));
    }

    @Test
    void momentumStartsAsSgdThenAccumulatesVelocity() {
        // v = 0.9·0 + g = g, so step 1 is SGD's: [0.95, −1.9]
        check(w -> new Momentum(w, 0.1, 0.9, 0), new double[] {0.95, -1.9}, momentum(0.1, 0.9, 0, false));
        // g' = g + 0.1·w = [0.6, −1.2]; v = g'; w − 0.1·v = [0.94, −1.88]
        check(w -> new Momentum(w, 0.1, 0.9, 0.1), new double[] {0.94, -1.88}, momentum(0.1, 0.9, 0.1, false));
    }

    @Test
    void nesterovStepsAlongGradientPlusMomentumTimesVelocity() {
        // v = g; w − 0.1·(g + 0.9·g) = w − 0.19·g = [1 − 0.095, −2 + 0.19]
        check(w -> new Nesterov(w, 0.1, 0.9, 0), new double[] {0.905, -1.81}, momentum(0.1, 0.9, 0, true));
        // g' = [0.6, −1.2]; w − 0.19·g' = [1 − 0.114, −2 + 0.228]
        check(w -> new Nesterov(w, 0.1, 0.9, 0.1), new double[] {0.886, -1.772}, momentum(0.1, 0.9, 0.1, true));
    }

    @Test
    void adagradFirstStepIsLearningRateTimesSignOfGradient() {
        // s = g² = [0.25, 1]; w − 0.1·g/(√s + 1e-10) = w − 0.1·[0.5/0.5, −1/1] = [0.9, −1.9]
        check(w -> new Adagrad(w, 0.1, 1e-10, 0), new double[] {0.9, -1.9}, adagrad(0.1, 1e-10, 0));
        // g' = [0.6, −1.2] has the same signs, so step 1 is again ±0.1; later steps differ
        check(w -> new Adagrad(w, 0.1, 1e-10, 0.1), new double[] {0.9, -1.9}, adagrad(0.1, 1e-10, 0.1));
    }

    @Test
    void adadeltaFirstStepIsRootEpsilonOverRootOneMinusRho() {
        // ρ = 0.9 (PyTorch's default): v = 0.1·g² = [0.025, 0.1];
        // Δ = √(0 + 1e-6)/√(v + 1e-6)·g = 1e-3·[0.5/0.15811705, −1/0.31622935] = [0.00316221, −0.00316226]
        check(w -> new Adadelta(w, 1.0, 0.9, 1e-6, 0), new double[] {0.99683779, -1.99683774},
                adadelta(1.0, 0.9, 1e-6, 0));
        check(w -> new Adadelta(w, 1.0, 0.9, 1e-6, 0.1), null, adadelta(1.0, 0.9, 1e-6, 0.1));
    }

    @Test
    void adadeltaDefaultsAreZeilerAndKim() {
        // ρ = 0.95: v = 0.05·g² = [0.0125, 0.05]; Δ = 1e-3·[0.5/0.11180787, −1/0.22360903] = [0.00447196, −0.00447209]
        check(Adadelta::defaults, new double[] {0.99552804, -1.99552791}, adadelta(1.0, 0.95, 1e-6, 0));
    }

    @Test
    void rmsPropFirstStepIsLearningRateOverRootOneMinusAlpha() {
        // v = 0.01·g² = [0.0025, 0.01]; √v = [0.05, 0.1]; w − 0.01·[0.5/0.05, −1/0.1] = w − [0.1, −0.1]
        check(RmsProp::defaults, new double[] {0.9, -1.9}, rmsProp(0.01, 0.99, 1e-8, 0));
        check(w -> new RmsProp(w, 0.01, 0.99, 1e-8, 0.1), null, rmsProp(0.01, 0.99, 1e-8, 0.1));
    }

    @Test
    void adamFirstStepMovesEveryWeightByTheLearningRate() {
        // m = 0.1·g, v = 0.001·g²; bias-corrected m̂ = g, v̂ = g²; w − 0.1·g/(|g| + 1e-8) = [0.9, −1.9].
        // Without the correction the step would be 0.1·0.1·g/√(0.001·g²) ≈ 0.0316 instead.
        check(w -> new Adam(w, 0.1, 0.9, 0.999, 1e-8, 0), new double[] {0.9, -1.9}, adam(0.1, 0.9, 0.999, 1e-8, 0, 0));
        // coupled L2: g' = [0.6, −1.2], same signs, so step 1 is again ±0.1; later steps differ
        check(w -> new Adam(w, 0.1, 0.9, 0.999, 1e-8, 0.1), new double[] {0.9, -1.9},
                adam(0.1, 0.9, 0.999, 1e-8, 0.1, 0));
    }

    @Test
    void adamWithAConstantGradientMovesByTheLearningRateEveryStep() {
        // m̂ = g and v̂ = g² exactly at every t when g is constant, so each step is lr·sign(g)
        Tensor w = param();
        Optimizer adam = new Adam(Map.of("w", w), 0.1, 0.9, 0.999, 1e-8, 0);
        for (int step = 1; step <= 3; step++) {
            setGrad(w, G[0]);
            adam.step();
            assertEquals(1 - 0.1 * step, w.get(0, 0), TOLERANCE);
            assertEquals(-2 + 0.1 * step, w.get(0, 1), TOLERANCE);
        }
    }

    @Test
    void adamWShrinksWeightsBeforeTheAdamStep() {
        // w·(1 − 0.1·0.1) = [0.99, −1.98]; then the Adam step on the bare g: −0.1·sign(g) → [0.89, −1.88]
        check(w -> new AdamW(w, 0.1, 0.9, 0.999, 1e-8, 0.1), new double[] {0.89, -1.88},
                adam(0.1, 0.9, 0.999, 1e-8, 0, 0.1));
    }

    @Test
    void adamWDecayIsDecoupledFromTheGradientButAdamDecayIsNot() {
        // Zero gradient: AdamW's Adam step is 0/(0 + ε) = 0, leaving the pure shrink w·(1 − lr·λ);
        // Adam's L2 term makes g = λw, a full step of lr against sign(w).
        double[] zero = {0, 0};
        Tensor decoupled = param();
        Optimizer adamW = new AdamW(Map.of("w", decoupled), 0.1, 0.9, 0.999, 1e-8, 0.1);
        setGrad(decoupled, zero);
        adamW.step();
        assertEquals(0.99, decoupled.get(0, 0), TOLERANCE);
        assertEquals(-1.98, decoupled.get(0, 1), TOLERANCE);

        Tensor coupled = param();
        Optimizer adam = new Adam(Map.of("w", coupled), 0.1, 0.9, 0.999, 1e-8, 0.1);
        setGrad(coupled, zero);
        adam.step();
        assertEquals(0.9, coupled.get(0, 0), TOLERANCE);
        assertEquals(-1.9, coupled.get(0, 1), TOLERANCE);
    }

    @Test
    void adamWDefaultsArePyTorchs() {
        // λ = 0.01, lr = 1e-3: w·(1 − 1e-5) − 1e-3·sign(g) = [0.99999 − 0.001, −1.99998 + 0.001]
        check(AdamW::defaults, new double[] {0.99899, -1.99898}, adam(1e-3, 0.9, 0.999, 1e-8, 0, 0.01));
    }

    @Test
    void aParameterWithoutGradientIsSkipped() {
        Tensor with = param();
        Tensor without = param();
        Optimizer sgd = new Sgd(Map.of("with", with, "without", without), 0.1, 0);
        setGrad(with, G[0]);
        sgd.step();
        assertEquals(0.95, with.get(0, 0), TOLERANCE);
        assertEquals(1f, without.get(0, 0));
        assertEquals(-2f, without.get(0, 1));
    }

    // ---- the formulas in double, one element at a time ----

    private static Rule momentum(double lr, double mu, double lambda, boolean nesterov) {
        return (w, g, s, t) -> {
            double gd = g + lambda * w;
            s[0] = mu * s[0] + gd;
            return w - lr * (nesterov ? gd + mu * s[0] : s[0]);
        };
    }

    private static Rule adagrad(double lr, double eps, double lambda) {
        return (w, g, s, t) -> {
            double gd = g + lambda * w;
            s[0] += gd * gd;
            return w - lr * gd / (Math.sqrt(s[0]) + eps);
        };
    }

    private static Rule adadelta(double lr, double rho, double eps, double lambda) {
        return (w, g, s, t) -> {
            double gd = g + lambda * w;
            s[0] = rho * s[0] + (1 - rho) * gd * gd;
            double delta = Math.sqrt(s[1] + eps) / Math.sqrt(s[0] + eps) * gd;
            s[1] = rho * s[1] + (1 - rho) * delta * delta;
            return w - lr * delta;
        };
    }

    private static Rule rmsProp(double lr, double alpha, double eps, double lambda) {
        return (w, g, s, t) -> {
            double gd = g + lambda * w;
            s[0] = alpha * s[0] + (1 - alpha) * gd * gd;
            return w - lr * gd / (Math.sqrt(s[0]) + eps);
        };
    }

    /** Adam with coupled decay {@code l2}, or AdamW with decoupled decay {@code decoupled}. */
    private static Rule adam(double lr, double b1, double b2, double eps, double l2, double decoupled) {
        return (w, g, s, t) -> {
            double wd = w * (1 - lr * decoupled);
            double gd = g + l2 * wd;
            s[0] = b1 * s[0] + (1 - b1) * gd;
            s[1] = b2 * s[1] + (1 - b2) * gd * gd;
            double mHat = s[0] / (1 - Math.pow(b1, t));
            double vHat = s[1] / (1 - Math.pow(b2, t));
            return wd - lr * mHat / (Math.sqrt(vHat) + eps);
        };
    }

    // ---- harness ----

    /**
     * Runs three steps of the optimizer made by {@code make} with gradients {@link #G}; checks step 1
     * against {@code firstStep} (when given) and every step against {@code rule}.
     */
    private static void check(Function<Map<String, Tensor>, Optimizer> make, double[] firstStep, Rule rule) {
        Tensor w = param();
        Optimizer optimizer = make.apply(Map.of("w", w));
        double[] expected = W0.clone();
        double[][] state = {new double[2], new double[2]};
        for (int step = 1; step <= G.length; step++) {
            setGrad(w, G[step - 1]);
            optimizer.step();
            for (int j = 0; j < 2; j++) {
                expected[j] = rule.apply(expected[j], G[step - 1][j], state[j], step);
            }
            if (step == 1 && firstStep != null) {
                assertEquals(firstStep[0], w.get(0, 0), TOLERANCE, "step 1, w[0], by hand");
                assertEquals(firstStep[1], w.get(0, 1), TOLERANCE, "step 1, w[1], by hand");
            }
            assertEquals(expected[0], w.get(0, 0), TOLERANCE, "step " + step + ", w[0]");
            assertEquals(expected[1], w.get(0, 1), TOLERANCE, "step " + step + ", w[1]");
        }
    }

    private static Tensor param() {
        return Tensor.parameter(FMatrixRMaj.wrap(1, 2, new float[] {(float) W0[0], (float) W0[1]}));
    }

    private static void setGrad(Tensor w, double[] g) {
        w.zeroGrad();
        float[] grad = w.gradForAccumulation().data;
        for (int j = 0; j < g.length; j++) {
            grad[j] = (float) g[j];
        }
    }
}
