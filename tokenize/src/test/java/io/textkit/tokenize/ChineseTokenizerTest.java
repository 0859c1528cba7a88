package io.textkit.tokenize;

import io.textkit.core.config.Configs;
import io.textkit.core.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.textkit.tokenize.TokenizerSettings.Stemmer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

class ChineseTokenizerTest {
    private static final TokenizerSettings CHINESE = TokenizerSettings.of("chinese");

    @Test
    void segmentsWordsNotCharacters() {
        List<String> tokens = CHINESE.create().tokenize("我是中国人");
        assertEquals(List.of("我", "是", "中国", "人"), tokens);
        assertTrue(tokens.size() < "我是中国人".length());
    }

    @Test
    void punctuationBecomesACommaThatStopWordsRemove() {
        String text = "我是中国人。这家酒店的服务很好！";
        assertEquals(List.of("我", "是", "中国", "人", ",", "这家", "酒店", "的", "服务", "很", "好", ","),
                CHINESE.create().tokenize(text));
        assertEquals(List.of("我", "是", "中国", "人", "这家", "酒店", "的", "服务", "很", "好"),
                Configs.with(CHINESE, "stopwords", true).create().tokenize(text));
    }

    @Test
    void latinWordsAreLowercasedAndFullwidthFolded() {
        assertEquals(List.of("abc", "hello", "world", "123", "我", "爱", "北京", "天安门"),
                CHINESE.create().tokenize("ＡＢＣ Hello World 123 我爱北京天安门"));
    }

    @Test
    void stopWordsAndPorterAreSmartChineseAnalyzerChain() throws IOException {
        Tokenizer ours = Configs.with(CHINESE, Map.of("stopwords", true, "stemmer", Stemmer.PORTER)).create();
        Path file = SharedData.file("chinese/chnsenticorp/train.tsv");
        assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");
        try (SmartChineseAnalyzer lucene = new SmartChineseAnalyzer();
             BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Tokenizer reference = new AnalyzerTokenizer(lucene, false);
            int checked = 0;
            for (String line = in.readLine(); line != null && checked < 200; line = in.readLine()) {
                String text = line.split("\t", 2)[0];
                assertEquals(reference.tokenize(text), ours.tokenize(text), text);
                checked++;
            }
            assertTrue(checked > 0, file + " has no lines");
        }
    }
}
