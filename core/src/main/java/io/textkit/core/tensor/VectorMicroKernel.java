package io.textkit.core.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked inner loop of {@link VectorMatMul}: one {@link #ROWS}×{@link #COLS} block
 * of c kept in {@code ROWS·2} vector registers while it runs down the shared dimension.
 *
 * <p>Per step p it loads two vectors of one packed b row and broadcasts {@code ROWS} packed a
 * values, for {@code ROWS·2} fused multiply-adds: 16 FMAs per 10 loads at 8 rows, enough to keep
 * both FMA ports busy instead of waiting on memory as a one-row broadcast loop does.
 */
final class VectorMicroKernel {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /** Rows of c per block (MR). */
    static final int ROWS = 8;
    /** Columns of c per block (NR): two vectors. */
    static final int COLS = 2 * LANES;

    private VectorMicroKernel() {}

    /**
     * c[r][j] = (load ? c[r][j] : 0) + Σ_{p<kc} a[p][r]·b[p][j] for r &lt; ROWS, j &lt; COLS, each
     * element as one chain of fused multiply-adds in increasing p (one rounding per step).
     *
     * <p>Reads the packed a panel ({@code kc×ROWS}, row p at {@code aOff + p·ROWS}) and the packed
     * b panel ({@code kc×COLS}, row p at {@code bOff + p·COLS}); modifies the ROWS×COLS block of c
     * whose first element is {@code c[cOff]} and whose rows are {@code ldc} apart.
     */
    static void multiply(int kc, float[] a, int aOff, float[] b, int bOff,
                         float[] c, int cOff, int ldc, boolean load) {
        int c0 = cOff, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        int c4 = c3 + ldc, c5 = c4 + ldc, c6 = c5 + ldc, c7 = c6 + ldc;
        FloatVector s00, s01, s10, s11, s20, s21, s30, s31;
        FloatVector s40, s41, s50, s51, s60, s61, s70, s71;
        if (load) {
            s00 = load(c, c0); s01 = load(c, c0 + LANES);
            s10 = load(c, c1); s11 = load(c, c1 + LANES);
            s20 = load(c, c2); s21 = load(c, c2 + LANES);
            s30 = load(c, c3); s31 = load(c, c3 + LANES);
            s40 = load(c, c4); s41 = load(c, c4 + LANES);
            s50 = load(c, c5); s51 = load(c, c5 + LANES);
            s60 = load(c, c6); s61 = load(c, c6 + LANES);
            s70 = load(c, c7); s71 = load(c, c7 + LANES);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            s00 = zero; s01 = zero; s10 = zero; s11 = zero; s20 = zero; s21 = zero; s30 = zero; s31 = zero;
            s40 = zero; s41 = zero; s50 = zero; s51 = zero; s60 = zero; s61 = zero; s70 = zero; s71 = zero;
        }
        // s_rv += a[p][r] · b[p][v·LANES .. v·LANES+LANES-1]
        for (int p = 0; p < kc; p++, aOff += ROWS, bOff += COLS) {
            FloatVector b0 = load(b, bOff);
            FloatVector b1 = load(b, bOff + LANES);
            FloatVector x;
            x = FloatVector.broadcast(SPECIES, a[aOff]);     s00 = x.fma(b0, s00); s01 = x.fma(b1, s01);
            x = FloatVector.broadcast(SPECIES, a[aOff + 1]); s10 = x.fma(b0, s10); s11 = x.fma(b1, s11);
            x = FloatVector.broadcast(SPECIES, a[aOff + 2]); s20 = x.fma(b0, s20); s21 = x.fma(b1, s21);
            x = FloatVector.broadcast(SPECIES, a[aOff + 3]); s30 = x.fma(b0, s30); s31 = x.fma(b1, s31);
            x = FloatVector.broadcast(SPECIES, a[aOff + 4]); s40 = x.fma(b0, s40); s41 = x.fma(b1, s41);
            x = FloatVector.broadcast(SPECIES, a[aOff + 5]); s50 = x.fma(b0, s50); s51 = x.fma(b1, s51);
            x = FloatVector.broadcast(SPECIES, a[aOff + 6]); s60 = x.fma(b0, s60); s61 = x.fma(b1, s61);
            x = FloatVector.broadcast(SPECIES, a[aOff + 7]); s70 = x.fma(b0, s70); s71 = x.fma(b1, s71);
        }
        s00.intoArray(c, c0); s01.intoArray(c, c0 + LANES);
        s10.intoArray(c, c1); s11.intoArray(c, c1 + LANES);
        s20.intoArray(c, c2); s21.intoArray(c, c2 + LANES);
        s30.intoArray(c, c3); s31.intoArray(c, c3 + LANES);
        s40.intoArray(c, c4); s41.intoArray(c, c4 + LANES);
        s50.intoArray(c, c5); s51.intoArray(c, c5 + LANES);
        s60.intoArray(c, c6); s61.intoArray(c, c6 + LANES);
        s70.intoArray(c, c7); s71.intoArray(c, c7 + LANES);
    }

    private static FloatVector load(float[] array, int offset) {
        return FloatVector.fromArray(SPECIES, array, offset);
    }
}
