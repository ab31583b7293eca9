package org.workingwin.matching.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The English analysis chains the engine uses, built from the same filters as Lucene's
 * {@link EnglishAnalyzer} so that every chain yields the terms the index holds. It exists because
 * synonyms must be applied after stemming (so "carers" meets the synonym "carer" and the expansion
 * "care assistant" becomes the indexed terms "care assist"), which needs the chain spelt out rather
 * than taken whole from {@code EnglishAnalyzer}.
 */
public final class EnglishText {

    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private EnglishText() {}

    /** The index-time analyser for titles, descriptions, wanted roles and skills. */
    public static Analyzer indexAnalyzer() {
        return new EnglishAnalyzer();
    }

    /** Longest word sequence indexed as one term by {@link #shingleAnalyzer()}. */
    public static final int MAX_SHINGLE_WORDS = 4;

    /**
     * The index chain followed by shingles: every run of 2 to {@value #MAX_SHINGLE_WORDS} neighbouring
     * words as one term ("care assist"), with a "_" where a stop word was removed, so that a multi-word
     * job title can be looked up as one term instead of a phrase. For job-title fields only.
     */
    public static Analyzer shingleAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, STOP_WORDS);
                result = new PorterStemFilter(result);
                ShingleFilter shingles = new ShingleFilter(result, 2, MAX_SHINGLE_WORDS);
                shingles.setOutputUnigrams(false);
                return new TokenStreamComponents(source, shingles);
            }
        };
    }

    /**
     * The chain used to read each synonym: like the index chain but without stop words, because a
     * synonym map cannot hold a gap; the synonym generator leaves out titles with stop words.
     */
    public static Analyzer synonymEntryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /**
     * The query-time chain: the index chain, limited to {@code maxTokens} words (so hostile text cannot
     * build a huge query), followed by the synonym graph. Apply it only to job-title fields.
     */
    public static Analyzer queryAnalyzer(SynonymMap synonyms, int maxTokens) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new LimitTokenCountFilter(source, maxTokens);
                result = new EnglishPossessiveFilter(result);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, STOP_WORDS);
                result = new PorterStemFilter(result);
                if (synonyms.fst != null) {
                    result = new SynonymGraphFilter(result, synonyms, true);
                }
                return new TokenStreamComponents(source, result);
            }
        };
    }
}
