package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * The one matrix-product entry point of textkit: every layer's forward and backward pass multiplies
 * through here. The caller passes the output, which must already have the right shape and must not
 * alias an input.
 *
 * <p>With the {@code jdk.incubator.vector} module in the boot layer ({@code --add-modules
 * jdk.incubator.vector}) products run on a register-blocked Vector API kernel that splits large
 * products across threads; without it, on EJML's {@code CommonOps_FDRM}. System properties, read
 * once when this class loads:
 * <ul>
 *   <li>{@code textkit.matmul=vector|ejml} forces an implementation (default: vector if available);
 *   <li>{@code textkit.matmul.threads=N} caps the threads of one product (default: available
 *       processors; 1 keeps every product on the calling thread).
 * </ul>
 *
 * <p>Results are deterministic: the same inputs give bit-identical outputs run to run, and with the
 * Vector API kernel also whatever the thread count. The two implementations sum in different orders
 * and so differ by rounding.
 */
public final class MatMul {
    static final String IMPLEMENTATION_PROPERTY = "textkit.matmul";
    static final String THREADS_PROPERTY = "textkit.matmul.threads";
    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final MatMulKernel KERNEL = chooseKernel();

    private MatMul() {}

    /** c = a·b. Reads a (m×k) and b (k×n); overwrites c (m×n). */
    public static void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check("c = a·b", a, false, b, false, c);
        KERNEL.multiply(a, false, b, false, c, false);
    }

    /** c += a·b. Reads a (m×k) and b (k×n); adds into c (m×n). */
    public static void multAdd(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check("c += a·b", a, false, b, false, c);
        KERNEL.multiply(a, false, b, false, c, true);
    }

    /** c = aᵀ·b. Reads a (k×m) and b (k×n); overwrites c (m×n). */
    public static void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check("c = aᵀ·b", a, true, b, false, c);
        KERNEL.multiply(a, true, b, false, c, false);
    }

    /** c += aᵀ·b. Reads a (k×m) and b (k×n); adds into c (m×n). The weight gradient of a linear map. */
    public static void multAddTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check("c += aᵀ·b", a, true, b, false, c);
        KERNEL.multiply(a, true, b, false, c, true);
    }

    /** c = a·bᵀ. Reads a (m×k) and b (n×k); overwrites c (m×n). */
    public static void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check("c = a·bᵀ", a, false, b, true, c);
        KERNEL.multiply(a, false, b, true, c, false);
    }

    /** c += a·bᵀ. Reads a (m×k) and b (n×k); adds into c (m×n). The input gradient of a linear map. */
    public static void multAddTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check("c += a·bᵀ", a, false, b, true, c);
        KERNEL.multiply(a, false, b, true, c, true);
    }

    /** "vector" or "ejml": the implementation this JVM multiplies with. */
    static String implementation() {
        return KERNEL instanceof EjmlMatMul ? "ejml" : "vector";
    }

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** The kernel picked by the system properties; VectorMatMul is only touched if its module is there. */
    private static MatMulKernel chooseKernel() {
        String requested = System.getProperty(IMPLEMENTATION_PROPERTY, "");
        boolean vector = switch (requested) {
            case "" -> vectorModulePresent();
            case "vector" -> {
                if (!vectorModulePresent()) {
                    throw new IllegalStateException(IMPLEMENTATION_PROPERTY + "=vector needs the JVM option "
                            + "--add-modules " + VECTOR_MODULE);
                }
                yield true;
            }
            case "ejml" -> false;
            default -> throw new IllegalStateException(IMPLEMENTATION_PROPERTY + " must be vector or ejml, got '"
                    + requested + "'");
        };
        return vector ? VectorMatMul.create(threads()) : EjmlMatMul.INSTANCE;
    }

    private static int threads() {
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below, which says what is accepted
        }
        throw new IllegalStateException(THREADS_PROPERTY + " must be a whole number ≥ 1, got '" + value + "'");
    }

    /**
     * Refuses shapes that do not multiply and an output that shares storage with an input (the
     * kernels overwrite c while still reading a and b).
     */
    static void check(String formula, FMatrixRMaj a, boolean transA, FMatrixRMaj b, boolean transB, FMatrixRMaj c) {
        if (c == a || c == b || c.data == a.data || c.data == b.data) {
            throw new IllegalArgumentException(formula + ": c must not be (or share storage with) a or b");
        }
        int m = transA ? a.numCols : a.numRows;
        int ka = transA ? a.numRows : a.numCols;
        int kb = transB ? b.numCols : b.numRows;
        int n = transB ? b.numRows : b.numCols;
        if (ka != kb || c.numRows != m || c.numCols != n) {
            throw new IllegalArgumentException(formula + ": shapes do not fit: a is " + shape(a) + ", b is "
                    + shape(b) + ", c is " + shape(c) + expected(ka, kb, m, n));
        }
    }

    private static String expected(int ka, int kb, int m, int n) {
        return ka != kb
                ? " (inner dimensions " + ka + " and " + kb + " differ)"
                : " (c must be " + m + "×" + n + ")";
    }

    private static String shape(FMatrixRMaj x) {
        return x.numRows + "×" + x.numCols;
    }
}
