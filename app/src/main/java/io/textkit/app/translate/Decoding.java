package io.textkit.app.translate;

import io.textkit.seq2seq.decode.BeamOptions;
import io.textkit.seq2seq.decode.DecodeLimits;
import io.textkit.seq2seq.decode.LengthPenalty;
import io.textkit.seq2seq.decode.SamplingOptions;
import java.util.Locale;
import java.util.Objects;

/**
 * How a translation is searched for, as one value the command line, the REPL and the server share:
 * greedy, beam search or sampling, with fairseq's options. The REPL's {@code :beam}, {@code :greedy},
 * {@code :nbest} and {@code :sample} make changed copies.
 *
 * @param mode          the search
 * @param beam          beam width ({@code --beam}); used by {@link Mode#BEAM}
 * @param nbest         translations returned per sentence, best first ({@code --nbest}); at most
 *                      {@code beam}
 * @param lengthPenalty how beam search compares finished translations of different lengths
 * @param lenpen        the length penalty's exponent α ({@code --lenpen})
 * @param limits        length limits and repeat blocking, whatever the search
 * @param replaceUnk    replace each {@code <unk>} by the source word attended to most ({@code --replace-unk})
 * @param temperature   sampling temperature ({@code --temperature})
 * @param topK          sample among this many most likely words, 0 for all ({@code --sampling-topk})
 * @param topP          sample within this probability mass ({@code --sampling-topp})
 * @param seed          seeds sampling, so the same request gives the same sample
 */
public record Decoding(Mode mode, int beam, int nbest, LengthPenalty lengthPenalty, double lenpen,
        DecodeLimits limits, boolean replaceUnk, double temperature, int topK, double topP, long seed) {

    /** The search a {@link Decoding} runs. */
    public enum Mode {
        /** The most likely word at every step. */
        GREEDY,
        /** Beam search of width {@code beam}. */
        BEAM,
        /** A draw from the model's distribution at every step. */
        SAMPLING
    }

    /** Checks the combination; each value is checked again by the search's own options. */
    public Decoding {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lengthPenalty, "lengthPenalty");
        Objects.requireNonNull(limits, "limits");
        if (beam < 1) {
            throw new IllegalArgumentException("the beam width must be ≥ 1, got " + beam);
        }
        if (nbest < 1 || nbest > beam) {
            throw new IllegalArgumentException("nbest must be between 1 and the beam width " + beam + ", got " + nbest);
        }
        if (mode != Mode.BEAM && nbest > 1) {
            throw new IllegalArgumentException("nbest above 1 needs beam search; " + mode.name().toLowerCase(Locale.ROOT)
                    + " decoding gives one translation");
        }
    }

    /** Greedy search, at most 200 words, no other limit: the fastest. */
    public static Decoding greedy() {
        return new Decoding(Mode.GREEDY, 1, 1, LengthPenalty.NONE, 1, DecodeLimits.DEFAULT, false, 1, 0, 1, 1);
    }

    /** Beam search of {@code width}, keeping the other settings; the n-best list is cut to the width. */
    public Decoding withBeam(int width) {
        return new Decoding(Mode.BEAM, width, Math.min(nbest, width), lengthPenalty, lenpen, limits, replaceUnk,
                temperature, topK, topP, seed);
    }

    /** Greedy search, keeping the limits and {@code <unk>} replacement. */
    public Decoding withGreedy() {
        return new Decoding(Mode.GREEDY, beam, 1, lengthPenalty, lenpen, limits, replaceUnk, temperature, topK, topP, seed);
    }

    /** The {@code n} best translations of a beam search at least {@code n} wide. */
    public Decoding withNbest(int n) {
        return new Decoding(Mode.BEAM, Math.max(beam, n), n, lengthPenalty, lenpen, limits, replaceUnk, temperature,
                topK, topP, seed);
    }

    /** Sampling at {@code temperature}, keeping top-k and top-p. */
    public Decoding withSampling(double temperature) {
        return new Decoding(Mode.SAMPLING, beam, 1, lengthPenalty, lenpen, limits, replaceUnk, temperature, topK, topP,
                seed);
    }

    /** The beam search settings these make. */
    public BeamOptions beamOptions() {
        return new BeamOptions(beam, nbest, lengthPenalty, lenpen, limits);
    }

    /** The sampling settings these make. */
    public SamplingOptions samplingOptions() {
        return new SamplingOptions(temperature, topK, topP, limits);
    }

    /** A short description for people: {@code beam 5}, {@code greedy}, {@code sampling at temperature 0.8}. */
    public String describe() {
        return switch (mode) {
            case GREEDY -> "greedy";
            case BEAM -> "beam " + beam + (nbest > 1 ? ", " + nbest + "-best" : "");
            case SAMPLING -> String.format(Locale.ROOT, "sampling at temperature %s%s%s", trim(temperature),
                    topK > 0 ? ", top-k " + topK : "", topP < 1 ? ", top-p " + trim(topP) : "");
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
