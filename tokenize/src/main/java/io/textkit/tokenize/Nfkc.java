package io.textkit.tokenize;

import java.text.Normalizer;

/** Unicode NFKC normalisation, skipped for ASCII text, which NFKC leaves unchanged. */
final class Nfkc {
    private Nfkc() {
    }

    static CharSequence normalize(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
