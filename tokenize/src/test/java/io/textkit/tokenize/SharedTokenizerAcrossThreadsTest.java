package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.config.Configs;
import io.textkit.tokenize.TokenizerSettings.Stemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SharedTokenizerAcrossThreadsTest {
    private static final List<String> TEXTS = List.of(
            "The quick brown foxes jumped over the lazy dog's back.",
            "我是中国人。这家酒店的服务很好！",
            "John's car costs $3,500.50 in 2024; call 555-1234.",
            "ＡＢＣ ﬁne day 我爱北京天安门");

    @Test
    void everyKindGivesTheSameTokensFromManyThreads() throws Exception {
        List<TokenizerSettings> all = List.of(
                Configs.with(TokenizerSettings.of("english"), Map.of("stopwords", true, "stemmer", Stemmer.ENGLISH,
                        "nfkc", true)),
                Configs.with(TokenizerSettings.of("chinese"), "stopwords", true),
                Configs.with(TokenizerSettings.of("whitespace"), "nfkc", true),
                Configs.with(TokenizerSettings.of("characters"), "nfkc", true));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (TokenizerSettings settings : all) {
                Tokenizer shared = settings.create();
                List<List<String>> expected = new ArrayList<>();
                for (String text : TEXTS) {
                    expected.add(settings.create().tokenize(text));
                }
                List<Future<?>> runs = new ArrayList<>();
                for (int thread = 0; thread < 6; thread++) {
                    int offset = thread;
                    runs.add(pool.submit(() -> {
                        for (int i = 0; i < 400; i++) {
                            int which = (i + offset) % TEXTS.size();
                            assertEquals(expected.get(which), shared.tokenize(TEXTS.get(which)), settings.toString());
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
