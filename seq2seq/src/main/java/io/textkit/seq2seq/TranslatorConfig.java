package io.textkit.seq2seq;

import io.textkit.core.config.Check;
import java.util.Objects;

/**
 * The translator's architecture and training recipe, as plain data ({@link Translator} has the
 * equations, {@link TranslatorTrainer} the loop). {@link #defaults()} has the sizes of the attention
 * model of bentrevett/pytorch-seq2seq (notebook 3): 256-wide embeddings, a bidirectional GRU of 512
 * units per direction, a 512-unit GRU decoder and 512-wide additive attention.
 *
 * @param cell             the recurrent cell of encoder and decoder
 * @param embedding        word vector size, both sides
 * @param hidden           encoder units per direction; the source memory is twice as wide
 * @param encoderLayers    stacked bidirectional encoder layers
 * @param decoderHidden    decoder units
 * @param attention        how source positions are scored
 * @param attentionSize    width of the additive attention's hidden layer (unused by dot and general)
 * @param inputFeeding     whether the previous step's attentional vector is fed to the decoder with the
 *                         next word (Luong et al. 2015)
 * @param tieEmbeddings    whether the output layer reuses the target embeddings (the attentional
 *                         vector is then {@code embedding} wide)
 * @param dropout          dropout probability on embeddings, between encoder layers and on the
 *                         attentional vector, in [0, 1)
 * @param learningRate     Adam's peak learning rate
 * @param warmupSteps      updates over which the learning rate rises linearly from 0; 0 for none
 * @param decayEvery       the learning rate is multiplied by {@code decayFactor} every this many
 *                         updates; 0 for never
 * @param decayFactor      the decay factor, in (0, 1]
 * @param clipNorm         gradients are rescaled to this global L2 norm when above it; 0 turns it off
 * @param labelSmoothing   the share of each target's probability spread over the vocabulary, in [0, 1)
 * @param teacherForcing   the probability that a decoder step reads the reference word rather than its
 *                         own previous prediction, drawn once per step for the whole batch
 * @param batchSize        sentence pairs per mini-batch (length-bucketed)
 * @param epochs           passes over the training data (the most, with a development metric)
 * @param patience         epochs without a better development metric before stopping early
 * @param minCount         training words seen fewer times map to {@code <unk>}
 * @param maxLength        training pairs with a side longer than this many tokens are left out; 0
 *                         keeps all
 * @param checkpointEvery  a resumable checkpoint is written every this many updates (and at the end
 *                         of every epoch); 0 only at epoch ends
 * @param seed             seeds initialisation, dropout, teacher forcing and the batch order
 */
public record TranslatorConfig(CellKind cell, int embedding, int hidden, int encoderLayers, int decoderHidden,
        AttentionKind attention, int attentionSize, boolean inputFeeding, boolean tieEmbeddings, double dropout,
        double learningRate, int warmupSteps, int decayEvery, double decayFactor, double clipNorm,
        double labelSmoothing, double teacherForcing, int batchSize, int epochs, int patience, int minCount,
        int maxLength, int checkpointEvery, long seed) {
    /** The model file kind. */
    public static final String KIND = "translator";

    public TranslatorConfig {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(attention, "attention");
        Check.positive("embedding", embedding);
        Check.positive("hidden", hidden);
        Check.positive("encoderLayers", encoderLayers);
        Check.positive("decoderHidden", decoderHidden);
        Check.positive("attentionSize", attentionSize);
        Check.fraction("dropout", dropout);
        Check.positive("learningRate", learningRate);
        Check.nonNegative("warmupSteps", warmupSteps);
        Check.nonNegative("decayEvery", decayEvery);
        Check.that(decayFactor > 0 && decayFactor <= 1, "translator config: decayFactor must be in (0, 1], got " + decayFactor);
        Check.nonNegative("clipNorm", clipNorm);
        Check.fraction("labelSmoothing", labelSmoothing);
        Check.that(teacherForcing >= 0 && teacherForcing <= 1,
                "translator config: teacherForcing must be in [0, 1], got " + teacherForcing);
        Check.positive("batchSize", batchSize);
        Check.positive("epochs", epochs);
        Check.positive("patience", patience);
        Check.positive("minCount", minCount);
        Check.nonNegative("maxLength", maxLength);
        Check.nonNegative("checkpointEvery", checkpointEvery);
        Check.that(attention != AttentionKind.DOT || decoderHidden == 2 * hidden,
                "translator config: dot attention needs decoderHidden = 2·hidden (the source memory's width), got "
                        + decoderHidden + " and " + 2 * hidden + "; use general or additive attention");
    }

    /**
     * The sizes above with input feeding, untied embeddings, dropout 0.3, Adam at 1e-3 with no warm-up
     * or decay, clipping at norm 1, label smoothing 0.1, full teacher forcing, batches of 128, at most
     * 20 epochs with patience 3, words seen twice or more, a checkpoint every 1000 updates, seed 1.
     */
    public static TranslatorConfig defaults() {
        return new TranslatorConfig(CellKind.GRU, 256, 512, 1, 512, AttentionKind.ADDITIVE, 512, true, false, 0.3,
                1e-3, 0, 0, 1, 1, 0.1, 1, 128, 20, 3, 2, 0, 1000, 1);
    }

    /** The width of the attentional vector the output layer reads. */
    int outputSize() {
        return tieEmbeddings ? embedding : decoderHidden;
    }
}
