package io.textkit.seq2seq;

/** How the decoder scores a source position against its state. */
public enum AttentionKind {
    /** Bahdanau et al. (2015): {@code vᵀ tanh(s·W_q + m·W_k)}. */
    ADDITIVE,
    /** Luong et al. (2015) "dot": {@code s · m}; needs the decoder state as wide as the memory. */
    DOT,
    /** Luong et al. (2015) "general": {@code s · (m·W)}. */
    GENERAL
}
