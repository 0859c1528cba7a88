package io.textkit.bench;

import io.textkit.core.nn.LstmCell;
import io.textkit.core.nn.RecurrentState;
import io.textkit.core.nn.Rnn;
import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Pooling;
import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * LSTM cost at text-classifier sizes: one cell step at inference (batch 64, 300 → 256, no graph),
 * a training pass, forward and backward, of a one-layer LSTM over a batch of 32 sequences of
 * 20 steps (128 → 128), and the same pass through the encoder of a BiLSTM sentence classifier
 * (batch 50 × 20 steps, 300 → 150 each way, max-pooled over time), the shape
 * {@code bench/lstm/torch_lstm_step.py} times in PyTorch. Run: {@code ./bench/run Lstm}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class LstmBenchmark {
    private LstmCell cell;
    private Tensor stepInput;
    private RecurrentState stepState;

    private Rnn lstm;
    private Tensor sequences;
    private Tensor projection;
    private static final int BATCH = 32;

    private Rnn biLstm;
    private Tensor sentences;
    private static final int SENTENCES = 50;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(1);
        cell = new LstmCell(300, 256, random);
        stepInput = Tensor.uniform(64, 300, 1f, random).detach();
        stepState = cell.zeroState(64);

        lstm = new Rnn(LstmCell::new, 128, 128, 1, false, random);
        sequences = Tensor.uniform(20 * BATCH, 128, 1f, random).detach();
        projection = Tensor.uniform(20 * BATCH, 128, 1f, random).detach();

        biLstm = new Rnn(LstmCell::new, 300, 150, 1, true, random);
        sentences = Tensor.uniform(20 * SENTENCES, 300, 1f, random).detach();
    }

    /** One inference step, h, c = LSTM(x, h, c), without recording a graph. */
    @Benchmark
    public RecurrentState cellStepInference() {
        try (GradMode.Scope off = GradMode.disable()) {
            return cell.forward(stepInput, stepState);
        }
    }

    /** Forward over 20 steps, a scalar loss, backward through time, gradients cleared. */
    @Benchmark
    public float sequenceForwardBackward() {
        Tensor outputs = lstm.forward(sequences, BATCH, null).outputs();
        Tensor loss = Reductions.sum(Arithmetic.mul(outputs, projection));
        loss.backward();
        lstm.zeroGrad();
        return loss.item();
    }

    /** The BiLSTM classifier's encoder: forward both ways, max over time, sum, backward, gradients cleared. */
    @Benchmark
    public float biLstmMaxPoolForwardBackward() {
        Tensor outputs = biLstm.forward(sentences, SENTENCES, null).outputs();
        Tensor loss = Reductions.sum(Pooling.maxOverTime(outputs, SENTENCES, null));
        loss.backward();
        biLstm.zeroGrad();
        return loss.item();
    }
}
