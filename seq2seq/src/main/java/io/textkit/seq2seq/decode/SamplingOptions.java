package io.textkit.seq2seq.decode;

/**
 * Sampling settings, named as fairseq's options. The next token is drawn from the model's
 * distribution sharpened by the temperature, restricted to the {@code topK} most likely tokens and
 * then to the nucleus: the fewest most likely tokens whose probabilities sum to at least {@code topP}.
 *
 * @param temperature divides the log-probabilities before sampling ({@code --temperature}); below 1
 *     sharpens, above 1 flattens; 0 always takes the most likely token (greedy)
 * @param topK if positive, sample among this many most likely tokens only ({@code --sampling-topk})
 * @param topP sample within the nucleus of this probability mass ({@code --sampling-topp}), in
 *     (0, 1]; 1 keeps every token
 * @param limits minimum and maximum length, length ratio and repeat blocking
 */
public record SamplingOptions(double temperature, int topK, double topP, DecodeLimits limits) {

    /** Checks the settings, naming the option at fault. */
    public SamplingOptions {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number >= 0, got " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("sampling top-k must be >= 0, got " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("sampling top-p must be in (0, 1], got " + topP);
        }
        if (limits == null) {
            throw new IllegalArgumentException("limits must be given");
        }
    }
}
