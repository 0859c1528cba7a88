package io.textkit.core.nn;

import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.matmul;

import io.textkit.core.tensor.RecurrentGates;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * A gated recurrent unit (Cho et al. 2014) in the form PyTorch and cuDNN use: the reset gate scales
 * the recurrent product {@code r ⊙ (h·U_n + b_hn)} instead of the state before it
 * ({@code (r ⊙ h)·U_n} in the paper), so the three recurrent products are the one matmul {@code h·U}.
 *
 * <pre>
 *   r  = σ(x·W_r + b_r + h·U_r)
 *   z  = σ(x·W_z + b_z + h·U_z)
 *   n  = tanh(x·W_n + b_n + r ⊙ (h·U_n + b_hn))
 *   h' = (1 − z) ⊙ n + z ⊙ h
 * </pre>
 *
 * <p>A step is the product h·U and one fused op for all the rest ({@link RecurrentGates#gru}).
 *
 * <p>Parameters: {@code inputWeight} W = [W_r W_z W_n] ({@code in × 3·hidden}), {@code recurrentWeight}
 * U = [U_r U_z U_n] ({@code hidden × 3·hidden}), {@code bias} [b_r b_z b_n] ({@code 1 × 3·hidden}) and
 * {@code newGateRecurrentBias} b_hn ({@code 1 × hidden}), the one recurrent bias that is not redundant
 * with an input bias. Weights start uniform in ±1/√hidden, biases at zero.
 */
public final class GruCell extends RecurrentCell {
    private final Tensor inputWeight;
    private final Tensor recurrentWeight;
    private final Tensor bias;
    private final Tensor newGateRecurrentBias;

    public GruCell(int inputSize, int hiddenSize, Random random) {
        super(inputSize, hiddenSize);
        float bound = (float) (1 / Math.sqrt(hiddenSize));
        inputWeight = registerParameter("inputWeight", Tensor.uniform(inputSize, 3 * hiddenSize, bound, random));
        recurrentWeight = registerParameter("recurrentWeight", Tensor.uniform(hiddenSize, 3 * hiddenSize, bound, random));
        bias = registerParameter("bias", Tensor.parameter(new FMatrixRMaj(1, 3 * hiddenSize)));
        newGateRecurrentBias = registerParameter("newGateRecurrentBias", Tensor.parameter(new FMatrixRMaj(1, hiddenSize)));
    }

    /** One step: {@code h'} from {@code x} ({@code batch × in}) and {@code h} ({@code batch × hidden}). */
    public Tensor forward(Tensor x, Tensor h) {
        return forward(x, RecurrentState.of(h)).h();
    }

    @Override
    public Tensor projectInput(Tensor x) {
        return add(matmul(x, inputWeight), bias);
    }

    @Override
    public RecurrentState step(Tensor projectedInput, RecurrentState state) {
        Tensor h = state.h();
        return RecurrentState.of(RecurrentGates.gru(projectedInput, matmul(h, recurrentWeight), newGateRecurrentBias, h));
    }

    @Override
    public RecurrentState zeroState(int batch) {
        return RecurrentState.of(Tensor.zeros(batch, hiddenSize()));
    }
}
