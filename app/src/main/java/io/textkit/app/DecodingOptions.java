package io.textkit.app;

import io.textkit.app.translate.Decoding;
import io.textkit.seq2seq.decode.DecodeLimits;
import io.textkit.seq2seq.decode.LengthPenalty;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The decoding options of the {@code translate} commands, with fairseq's names, checked under the
 * name the user typed and made into one {@link Decoding}.
 */
final class DecodingOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--beam", defaultValue = "5", paramLabel = "N",
            description = "Beam width; 1 is greedy search. Default: ${DEFAULT-VALUE}.")
    int beam;

    @Option(names = "--nbest", defaultValue = "1", paramLabel = "N",
            description = "Translations per sentence, best first (at most --beam). Default: ${DEFAULT-VALUE}.")
    int nbest;

    @Option(names = "--lenpen", defaultValue = "1", paramLabel = "ALPHA",
            description = "The length penalty's exponent α; 0 compares summed log-probabilities. Default: ${DEFAULT-VALUE}.")
    double lenpen;

    @Option(names = "--length-penalty", defaultValue = "avg", paramLabel = "none|avg|wu",
            description = "How beam search compares translations of different lengths: none, avg (score / len^α) or"
                    + " wu (score / ((5 + len) / 6)^α, GNMT's). Default: ${DEFAULT-VALUE}.")
    String lengthPenalty;

    @Option(names = "--max-len", defaultValue = "200", paramLabel = "N",
            description = "Longest translation, in tokens. Default: ${DEFAULT-VALUE}.")
    int maxLen;

    @Option(names = "--min-len", defaultValue = "0", paramLabel = "N",
            description = "Shortest translation, in tokens. Default: ${DEFAULT-VALUE}.")
    int minLen;

    @Option(names = "--max-len-ratio", defaultValue = "0", paramLabel = "R",
            description = "Also end translations at ⌈R × source length⌉ tokens; 0 turns this off. Default: ${DEFAULT-VALUE}.")
    double maxLenRatio;

    @Option(names = "--no-repeat-ngram-size", defaultValue = "0", paramLabel = "N",
            description = "No n-gram of this size appears twice in a translation; 0 turns this off. Default: ${DEFAULT-VALUE}.")
    int noRepeatNgramSize;

    @Option(names = "--replace-unk",
            description = "Replace each <unk> of a translation by the source word the model attended to most.")
    boolean replaceUnk;

    @Option(names = "--sampling", description = "Sample each word instead of searching (see --temperature,"
            + " --sampling-topk, --sampling-topp, --seed).")
    boolean sampling;

    @Option(names = "--sampling-topk", defaultValue = "0", paramLabel = "K",
            description = "Sample among the K most likely words only; 0 for all. Default: ${DEFAULT-VALUE}.")
    int topK;

    @Option(names = "--sampling-topp", defaultValue = "1", paramLabel = "P",
            description = "Sample within the most likely words whose probabilities reach P, in (0, 1]. Default: ${DEFAULT-VALUE}.")
    double topP;

    @Option(names = "--temperature", defaultValue = "1", paramLabel = "T",
            description = "Sampling temperature: below 1 sharpens, above 1 flattens; 0 is greedy. Default: ${DEFAULT-VALUE}.")
    double temperature;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seeds sampling: the same seed gives the same samples. Default: ${DEFAULT-VALUE}.")
    long seed;

    /**
     * The decoding the options describe.
     *
     * @throws BadOptionException naming the first option whose value cannot be used
     */
    Decoding decoding() {
        CommandOptions.inRange(spec, "--beam", beam, 1, 1000);
        CommandOptions.inRange(spec, "--nbest", nbest, 1, beam);
        finiteAtLeastZero("--lenpen", lenpen);
        LengthPenalty penalty;
        try {
            penalty = LengthPenalty.parse(lengthPenalty);
        } catch (IllegalArgumentException e) {
            throw CommandOptions.invalid(spec, "--length-penalty", "takes none, avg or wu, got '" + lengthPenalty + "'");
        }
        CommandOptions.positive(spec, "--max-len", maxLen);
        CommandOptions.inRange(spec, "--min-len", minLen, 0, maxLen);
        finiteAtLeastZero("--max-len-ratio", maxLenRatio);
        CommandOptions.atLeast(spec, "--no-repeat-ngram-size", noRepeatNgramSize, 0);
        CommandOptions.atLeast(spec, "--sampling-topk", topK, 0);
        if (!(topP > 0 && topP <= 1)) {
            throw CommandOptions.invalid(spec, "--sampling-topp", "must be in (0, 1], got " + topP);
        }
        finiteAtLeastZero("--temperature", temperature);
        if (sampling && nbest > 1) {
            throw CommandOptions.invalid(spec, "--nbest", "needs beam search; --sampling gives one translation");
        }
        Decoding.Mode mode = sampling ? Decoding.Mode.SAMPLING : beam == 1 ? Decoding.Mode.GREEDY : Decoding.Mode.BEAM;
        return new Decoding(mode, beam, nbest, penalty, lenpen,
                new DecodeLimits(minLen, maxLen, maxLenRatio, noRepeatNgramSize), replaceUnk, temperature, topK, topP,
                seed);
    }

    private void finiteAtLeastZero(String option, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw CommandOptions.invalid(spec, option, "must be a finite number ≥ 0, got " + value);
        }
    }
}
