/*
 * How to run (from the repository root, JDK 21+ as JAVA_HOME):
 *
 *   mvn -q -pl bench -am package -DskipTests
 *   $JAVA_HOME/bin/java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar MatMul
 *
 * One shape or implementation: append e.g. `-p product=64x300x256` or use the regex
 * `MatMulBenchmark.textkit`. Each product is reported twice: as operations per second (primary)
 * and as the secondary metric `gflop`, which JMH divides by time, so it reads GFLOP/s = 2·m·n·k / time.
 * The whole set (6 products × 4 implementations, one fork each) takes about 3½ minutes.
 */
package io.textkit.bench;

import io.textkit.core.tensor.MatMul;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Matrix products at the shapes textkit's models multiply, through four implementations: a naive
 * triple loop (the baseline), EJML's {@code CommonOps_FDRM}, and textkit's {@link MatMul} on the
 * Vector API kernel with one thread and with all cores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class MatMulBenchmark {
    /**
     * {@code MxKxN}: c (m×n) = a (m×k) · b (k×n), a forward pass. {@code tA:} c += aᵀ·b with a
     * k×m, the weight gradient of a linear layer (here batch 64, 300 → 256); {@code tB:} c += a·bᵀ
     * with b n×k, its input gradient. Only 512³ is large enough for textkit to split rows across
     * threads; the others run on one thread in both textkit benchmarks.
     */
    @Param({"64x300x256", "256x256x256", "32x128x512", "512x512x512", "tA:300x64x256", "tB:64x256x300"})
    public String product;

    private boolean transA;
    private boolean transB;
    private int m;
    private int k;
    private int n;
    private FMatrixRMaj a;
    private FMatrixRMaj b;
    private FMatrixRMaj c;
    private double gflopPerCall;

    /** Counts the work done; JMH reports it per second, which makes it GFLOP/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Flops {
        public double gflop;

        @Setup(Level.Iteration)
        public void reset() {
            gflop = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        transA = product.startsWith("tA:");
        transB = product.startsWith("tB:");
        String[] mkn = product.substring(product.indexOf(':') + 1).split("x");
        m = Integer.parseInt(mkn[0]);
        k = Integer.parseInt(mkn[1]);
        n = Integer.parseInt(mkn[2]);
        Random rng = new Random(42);
        a = transA ? random(k, m, rng) : random(m, k, rng);
        b = transB ? random(n, k, rng) : random(k, n, rng);
        c = random(m, n, rng);
        gflopPerCall = 2.0 * m * n * k / 1e9;
    }

    @Benchmark
    public FMatrixRMaj naiveLoop(Flops flops) {
        float[] x = a.data;
        float[] y = b.data;
        float[] z = c.data;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                // c_ij (+)= Σ_p a_ip·b_pj, reading a and b through their stored (maybe transposed) layout
                float sum = transA || transB ? z[i * n + j] : 0f;
                for (int p = 0; p < k; p++) {
                    float u = transA ? x[p * m + i] : x[i * k + p];
                    float v = transB ? y[j * k + p] : y[p * n + j];
                    sum += u * v;
                }
                z[i * n + j] = sum;
            }
        }
        flops.gflop += gflopPerCall;
        return c;
    }

    @Benchmark
    public FMatrixRMaj ejml(Flops flops) {
        if (transA) {
            CommonOps_FDRM.multAddTransA(a, b, c);
        } else if (transB) {
            CommonOps_FDRM.multAddTransB(a, b, c);
        } else {
            CommonOps_FDRM.mult(a, b, c);
        }
        flops.gflop += gflopPerCall;
        return c;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector",
            "-Dtextkit.matmul=vector", "-Dtextkit.matmul.threads=1"})
    public FMatrixRMaj textkitOneThread(Flops flops) {
        return textkit(flops);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dtextkit.matmul=vector"})
    public FMatrixRMaj textkitAllCores(Flops flops) {
        return textkit(flops);
    }

    private FMatrixRMaj textkit(Flops flops) {
        if (transA) {
            MatMul.multAddTransA(a, b, c);
        } else if (transB) {
            MatMul.multAddTransB(a, b, c);
        } else {
            MatMul.mult(a, b, c);
        }
        flops.gflop += gflopPerCall;
        return c;
    }

    private static FMatrixRMaj random(int rows, int cols, Random rng) {
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) rng.nextGaussian();
        }
        return x;
    }
}
