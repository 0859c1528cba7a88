package io.textkit.core.tensor;

/**
 * e^x, σ(x) and tanh(x) in float32, built from +, −, ×, ÷, fused multiply-add, min/max and integer
 * bit operations only. Each of those is exactly specified by Java, so a result is the same bits in
 * the interpreter, C1, C2 and the Vector API: training with a fixed seed on one thread stays
 * bit-identical, which {@code Math.exp}/{@code Math.tanh} intrinsics and the Vector API's lane-wise
 * {@code EXP}/{@code TANH} do not guarantee. The array forms use the Vector API when
 * {@link RowKernels#VECTOR} (the same operations, lane by lane, so the same bits as the scalar forms).
 *
 * <p>Range reduction: x = k·ln 2 + r with k = round(x·log₂e) and |r| ≤ ln 2 / 2 (ln 2 split in two
 * floats, the first product exact under FMA), then
 *
 * <pre>
 *   q    = e^r − 1 = r + r²·(1/2! + r/3! + … + r⁵/7!)     (Taylor; the rest is below r⁸/8! &lt; 6e-9·|e^r|)
 *   e^x  = (1 + q)·2^k                                      (2^k as two factors, so subnormal and
 *                                                            overflowing results round correctly)
 *   σ(x) = 1 / (1 + e^−x)  for x ≥ 0,  e^x / (1 + e^x)  for x &lt; 0
 *   tanh = m / (m + 2),  m = e^2x − 1 = (2^k − 1) + 2^k·q   (no cancellation near 0; x for |x| &lt; 2^−12)
 * </pre>
 *
 * <p>Error against the exact functions, tested over a dense grid of all float magnitudes, wherever
 * the result is a normal float: at most 8.7e-8 relative for e^x, 1.8e-7 for σ and tanh (one to three
 * units in the last place); subnormal results are within one subnormal step.
 * NaN gives NaN, tanh(±∞) = ±1, σ(+∞) = 1, σ(−∞) = 0, e^−∞ = 0, e^+∞ = +∞.
 */
public final class FloatMath {
    static final float LOG2_E = (float) (1 / Math.log(2));
    static final float LN2_HI = (float) Math.log(2);
    static final float LN2_LO = (float) (Math.log(2) - LN2_HI);
    /** 1.5·2²³: adding and subtracting it rounds a float of magnitude below 2²² to an integer. */
    static final float ROUND = 0x1.8p23f;
    /** |x| beyond which e^x is 0 or ∞ in float: the reduction then still has k within ±150. */
    static final float EXP_LIMIT = 104f;
    /** tanh(10) = 1 − 4e-9, which rounds to 1, and e^20 stays well inside float range. */
    static final float TANH_LIMIT = 10f;
    /** Below this magnitude tanh(x) = x(1 − x²/3 + …) rounds to x (and keeps the sign of ±0). */
    static final float TANH_IDENTITY = 0x1p-12f;
    static final float C2 = 1f / 2;
    static final float C3 = 1f / 6;
    static final float C4 = 1f / 24;
    static final float C5 = 1f / 120;
    static final float C6 = 1f / 720;
    static final float C7 = 1f / 5040;

    private FloatMath() {}

    /** e^x. */
    public static float exp(float x) {
        float a = Math.min(Math.max(x, -EXP_LIMIT), EXP_LIMIT);
        float k = Math.fma(a, LOG2_E, ROUND) - ROUND;
        float r = reduce(a, k);
        int n = (int) k;
        int half = n >> 1;
        return (1 + expm1Reduced(r)) * powerOfTwo(half) * powerOfTwo(n - half);
    }

    /** σ(x) = 1 / (1 + e^−x), as e^x / (1 + e^x) for x &lt; 0 so that it cannot overflow. */
    public static float sigmoid(float x) {
        float e = exp(-Math.abs(x));
        return (x >= 0 ? 1 : e) / (1 + e);
    }

    /** tanh(x). */
    public static float tanh(float x) {
        if (Math.abs(x) < TANH_IDENTITY) {
            return x;
        }
        float y = 2 * Math.min(Math.max(x, -TANH_LIMIT), TANH_LIMIT);
        float k = Math.fma(y, LOG2_E, ROUND) - ROUND;
        float q = expm1Reduced(reduce(y, k));
        float scale = powerOfTwo((int) k);
        float m = Math.fma(scale, q, scale - 1);
        return m / (m + 2);
    }

    /** y[yOff + i] = σ(x[xOff + i]) for i &lt; n; x and y may be the same array at the same offset. */
    public static void sigmoid(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = RowKernels.VECTOR ? VectorFloatMath.sigmoid(x, xOff, y, yOff, n) : 0;
        for (; i < n; i++) {
            y[yOff + i] = sigmoid(x[xOff + i]);
        }
    }

    /** y[yOff + i] = tanh(x[xOff + i]) for i &lt; n; x and y may be the same array at the same offset. */
    public static void tanh(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = RowKernels.VECTOR ? VectorFloatMath.tanh(x, xOff, y, yOff, n) : 0;
        for (; i < n; i++) {
            y[yOff + i] = tanh(x[xOff + i]);
        }
    }

    /** r = x − k·ln 2, the first product exact under FMA, the second a small correction. */
    private static float reduce(float x, float k) {
        return Math.fma(k, -LN2_LO, Math.fma(k, -LN2_HI, x));
    }

    /** e^r − 1 for |r| ≤ ln 2 / 2 (see the class comment). */
    private static float expm1Reduced(float r) {
        float p = Math.fma(r, C7, C6);
        p = Math.fma(r, p, C5);
        p = Math.fma(r, p, C4);
        p = Math.fma(r, p, C3);
        p = Math.fma(r, p, C2);
        return Math.fma(r * r, p, r);
    }

    /** 2^n for −126 ≤ n ≤ 127, from its bits. */
    private static float powerOfTwo(int n) {
        return Float.intBitsToFloat((n + 127) << 23);
    }
}
