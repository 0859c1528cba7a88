package io.textkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the autodiff costs: one MLP training step (batch 64, 300 → 256 tanh → 10, softmax
 * cross-entropy, SGD) through the autodiff graph against the same step written by hand with the
 * same matrix products. Run with the Vector API kernel and with EJML's products:
 *
 * <pre>
 * ./bench/run TrainingStep
 * ./bench/run TrainingStep -jvmArgsAppend -Dtextkit.matmul=ejml
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TrainingStepBenchmark {
    @Param({"64"})
    int batch;

    private MlpStep step;

    @Setup(Level.Trial)
    public void setUp() {
        step = new MlpStep(batch, 300, 256, 10, 1);
    }

    /** The hand-written step: the baseline. */
    @Benchmark
    public float mlpHandWritten() {
        return step.handWritten();
    }

    /** The same step through the autodiff graph. */
    @Benchmark
    public float mlpAutodiff() {
        return step.autodiff();
    }
}
