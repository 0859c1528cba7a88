package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatMath} gives the same bits however it runs: the array forms (the Vector API when
 * enabled) equal the scalar forms, and a JVM that only interprets computes what this one computes
 * once the JIT has compiled the code, the property that the Vector API's own {@code TANH} broke.
 */
class FloatMathIsDeterministicTest {
    @Test
    void arrayFormsGiveTheScalarFormsBits() {
        float[] x = grid();
        for (int offset : new int[] {0, 1, 7}) {
            for (int n : new int[] {0, 1, 15, 16, 17, 150, x.length - offset}) {
                float[] sigmoid = new float[n + 3];
                float[] tanh = new float[n + 3];
                FloatMath.sigmoid(x, offset, sigmoid, 2, n);
                FloatMath.tanh(x, offset, tanh, 2, n);
                for (int i = 0; i < n; i++) {
                    float v = x[offset + i];
                    assertEquals(FloatMath.sigmoid(v), sigmoid[2 + i], "sigmoid(" + v + ")");
                    assertEquals(FloatMath.tanh(v), tanh[2 + i], "tanh(" + v + ")");
                }
            }
        }
    }

    @Test
    void anInterpretingJvmGivesTheBitsOfACompilingOne() throws IOException, InterruptedException {
        String compiled = "";
        for (int round = 0; round < 300; round++) {
            compiled = digest();
        }
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xint", "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                FloatMathIsDeterministicTest.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        String[] lines = output.strip().split("\n");
        assertEquals(compiled, lines[lines.length - 1]);
    }

    /** Prints the digest from a JVM started with {@code -Xint}. */
    public static void main(String[] args) {
        System.out.println(digest());
    }

    /** Hashes of every function's results over the grid, scalar and array forms. */
    private static String digest() {
        float[] x = grid();
        float[] exp = new float[x.length];
        float[] sigmoid = new float[x.length];
        float[] tanh = new float[x.length];
        float[] sigmoidArray = new float[x.length];
        float[] tanhArray = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            exp[i] = FloatMath.exp(x[i]);
            sigmoid[i] = FloatMath.sigmoid(x[i]);
            tanh[i] = FloatMath.tanh(x[i]);
        }
        FloatMath.sigmoid(x, 0, sigmoidArray, 0, x.length);
        FloatMath.tanh(x, 0, tanhArray, 0, x.length);
        assertArrayEquals(sigmoid, sigmoidArray);
        assertArrayEquals(tanh, tanhArray);
        return Arrays.hashCode(exp) + " " + Arrays.hashCode(sigmoid) + " " + Arrays.hashCode(tanh);
    }

    /** 4,003 values: every magnitude in both signs (a stride through the bit patterns), then the specials. */
    private static float[] grid() {
        float[] x = new float[4003];
        for (int i = 0; i < 3996; i++) {
            x[i] = Float.intBitsToFloat(Integer.MIN_VALUE + (int) (i * 1_074_821L));
        }
        float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 1e-3f};
        System.arraycopy(specials, 0, x, 3996, specials.length);
        return x;
    }
}
