package io.textkit.core.nn;

import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.addMatmul;
import static io.textkit.core.tensor.Arithmetic.matmul;

import io.textkit.core.tensor.RecurrentGates;
import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * A long short-term memory cell (Hochreiter &amp; Schmidhuber 1997, with the forget gate of Gers et
 * al. 2000), gates in PyTorch's order i, f, g, o:
 *
 * <pre>
 *   i  = σ(x·W_i + h·U_i + b_i)
 *   f  = σ(x·W_f + h·U_f + b_f)
 *   g  = tanh(x·W_g + h·U_g + b_g)
 *   o  = σ(x·W_o + h·U_o + b_o)
 *   c' = f ⊙ c + i ⊙ g
 *   h' = o ⊙ tanh(c')
 * </pre>
 *
 * <p>A step is two ops: the gates' pre-activations, projected input plus h·U
 * ({@link io.textkit.core.tensor.Arithmetic#addMatmul}), and one fused op for all the rest
 * ({@link RecurrentGates#lstm}).
 *
 * <p>Parameters: {@code inputWeight} W = [W_i W_f W_g W_o] ({@code in × 4·hidden}),
 * {@code recurrentWeight} U ({@code hidden × 4·hidden}) and {@code bias} ({@code 1 × 4·hidden}).
 * Weights start uniform in ±1/√hidden. The forget-gate bias b_f starts at 1, the others at 0
 * (Jozefowicz et al. 2015): f then starts near σ(1) ≈ 0.73 instead of 0.5, so the untrained cell
 * keeps its memory and gradients flow back through c over long spans until it learns to forget.
 */
public final class LstmCell extends RecurrentCell {
    private final Tensor inputWeight;
    private final Tensor recurrentWeight;
    private final Tensor bias;

    public LstmCell(int inputSize, int hiddenSize, Random random) {
        super(inputSize, hiddenSize);
        float bound = (float) (1 / Math.sqrt(hiddenSize));
        inputWeight = registerParameter("inputWeight", Tensor.uniform(inputSize, 4 * hiddenSize, bound, random));
        recurrentWeight = registerParameter("recurrentWeight", Tensor.uniform(hiddenSize, 4 * hiddenSize, bound, random));
        FMatrixRMaj b = new FMatrixRMaj(1, 4 * hiddenSize);
        Arrays.fill(b.data, hiddenSize, 2 * hiddenSize, 1f);
        bias = registerParameter("bias", Tensor.parameter(b));
    }

    @Override
    public Tensor projectInput(Tensor x) {
        return add(matmul(x, inputWeight), bias);
    }

    @Override
    public RecurrentState step(Tensor projectedInput, RecurrentState state) {
        if (state.c() == null) {
            throw new IllegalArgumentException("an LSTM state needs a memory cell c as well as h; start from zeroState(batch)");
        }
        Tensor gates = addMatmul(projectedInput, state.h(), recurrentWeight);
        RecurrentGates.LstmState next = RecurrentGates.lstm(gates, state.c());
        return new RecurrentState(next.h(), next.c());
    }

    @Override
    public RecurrentState zeroState(int batch) {
        return new RecurrentState(Tensor.zeros(batch, hiddenSize()), Tensor.zeros(batch, hiddenSize()));
    }
}
