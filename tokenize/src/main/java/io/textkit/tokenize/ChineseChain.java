package io.textkit.tokenize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Simplified-Chinese word segmentation with {@link SmartChineseAnalyzer}'s hidden-Markov-model
 * tokenizer, then optionally the Porter stemmer (for Latin words in the text) and
 * SmartChineseAnalyzer's default stop set. The segmenter itself lower-cases, folds full-width
 * Latin letters and digits to ASCII and turns every punctuation mark into {@code ","}, which is
 * what the stop set removes. With both options on this is SmartChineseAnalyzer's own chain.
 */
final class ChineseChain extends Analyzer {
    private final boolean stopwords;
    private final boolean porter;

    ChineseChain(boolean stopwords, boolean porter) {
        this.stopwords = stopwords;
        this.porter = porter;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HMMChineseTokenizer source = new HMMChineseTokenizer();
        TokenStream stream = source;
        if (porter) {
            stream = new PorterStemFilter(stream);
        }
        if (stopwords) {
            stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        }
        return new TokenStreamComponents(source, stream);
    }
}
