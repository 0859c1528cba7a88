package io.textkit.tokenize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis: Unicode word boundaries ({@link StandardTokenizer}), then optionally the
 * possessive {@code 's} removed, lower case, Lucene's English stop words and the Porter stemmer.
 * With every option on this is {@link EnglishAnalyzer}'s own chain.
 */
final class EnglishChain extends Analyzer {
    /** Case-insensitive, so stop words go even when tokens keep their case. */
    private static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(
            new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true));

    private final boolean lowercase;
    private final boolean stopwords;
    private final TokenizerSettings.Stemmer stemmer;

    EnglishChain(boolean lowercase, boolean stopwords, TokenizerSettings.Stemmer stemmer) {
        this.lowercase = lowercase;
        this.stopwords = stopwords;
        this.stemmer = stemmer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = source;
        if (stemmer == TokenizerSettings.Stemmer.ENGLISH) {
            stream = new EnglishPossessiveFilter(stream);
        }
        if (lowercase) {
            stream = new LowerCaseFilter(stream);
        }
        if (stopwords) {
            stream = new StopFilter(stream, STOP_WORDS);
        }
        if (stemmer != TokenizerSettings.Stemmer.NONE) {
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }
}
