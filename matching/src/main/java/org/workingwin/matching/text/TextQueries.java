package org.workingwin.matching.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.workingwin.matching.synonym.JobTitleSynonyms;

/**
 * Turns text a person typed (search keywords, a participant's wanted roles and skills, a vacancy's
 * title) into Lucene queries and into the token lists that reasons are checked against. It exists so
 * that both indexes, and both directions of matching, read text the same way: the same analysis as
 * the index, the same job-title synonyms, the same limits. Text is never parsed as query syntax, and
 * every method bounds its work (characters read, terms used, clauses built), so hostile input cannot
 * make a query fail or grow without limit. Thread-safe.
 */
public final class TextQueries implements Closeable {

    /** Most characters of any one text that are read. */
    public static final int MAX_CHARS = 500;

    /** Most distinct terms (and most words fed to the synonym graph) of any one text. */
    public static final int MAX_TERMS = 64;

    /** Most characters of a document (a vacancy description) read for reasons. */
    public static final int MAX_DOCUMENT_CHARS = 100_000;

    /** Most phrases read from a list such as "cleaner, kitchen porter". */
    public static final int MAX_PHRASES = 10;

    // A synonym expansion larger than this is dropped in favour of the plain terms. Lucene refuses
    // queries of more than 1,024 clauses; a match query holds two keyword queries (wanted roles and
    // skills), each of at most 2 x 64 plain terms plus this, and its rule and rank clauses need room too.
    static final int MAX_SYNONYM_CLAUSES = 256;
    private static final int MAX_PATHS = 64;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;|\\n\\r]+");

    private final Analyzer plain = EnglishText.indexAnalyzer();
    private final Analyzer withSynonyms;

    public TextQueries(JobTitleSynonyms synonyms) {
        this.withSynonyms = EnglishText.queryAnalyzer(synonyms.map(), MAX_TERMS);
    }

    /** The analyser to index text fields with; queries built here assume it. */
    public Analyzer indexAnalyzer() {
        return plain;
    }

    /** Distinct analysed terms of {@code text}, in order of first appearance, at most {@value #MAX_TERMS}. */
    public Set<String> terms(String text) {
        return new LinkedHashSet<>(tokens(text, MAX_TERMS, true));
    }

    /** Analysed tokens of {@code text} in order, repeats kept, at most {@code max}. */
    public List<String> tokens(String text, int max) {
        return tokens(text, max, false);
    }

    /**
     * Analysed tokens of a whole document such as a vacancy description, in order, repeats kept,
     * reading at most {@value #MAX_DOCUMENT_CHARS} characters.
     */
    public List<String> documentTokens(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return analyse(bounded(text, MAX_DOCUMENT_CHARS), Integer.MAX_VALUE, false);
    }

    private List<String> tokens(String text, int max, boolean distinct) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return analyse(bounded(text), max, distinct);
    }

    private List<String> analyse(String text, int max, boolean distinct) {
        List<String> tokens = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (TokenStream stream = plain.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (tokens.size() < max && stream.incrementToken()) {
                String value = term.toString();
                if (!distinct || seen.add(value)) {
                    tokens.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text from a string cannot fail", e);
        }
        return tokens;
    }

    /** SHOULD clauses for each term in {@code field}, each boosted by {@code boost}; null when no terms. */
    public static Query anyTerm(Set<String> terms, String field, float boost) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            Query q = new TermQuery(new Term(field, term));
            query.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The job-title synonyms of {@code text} as a query on {@code field}: the token graph of the text
     * with every synonym as an alternative path, multi-word titles as phrases. Null when the text has
     * no synonyms (the plain terms say everything then) or when the expansion would be too large.
     */
    public Query synonyms(String text, String field) {
        if (text == null || text.isBlank() || !hasSynonyms(text)) {
            return null;
        }
        QueryBuilder builder = new QueryBuilder(withSynonyms);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query query = builder.createBooleanQuery(field, bounded(text), Occur.SHOULD);
        if (query == null || clauses(query) > MAX_SYNONYM_CLAUSES) {
            return null;
        }
        return query;
    }

    /**
     * Keyword relevance over a title and a description: every term in either field (the title
     * boosted), plus the text's job-title synonyms in the title. Null when the text has no terms
     * (only stop words or punctuation).
     */
    public Query keywords(String text, String titleField, float titleBoost, String descriptionField) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(anyTerm(terms, titleField, titleBoost), Occur.SHOULD);
        query.add(anyTerm(terms, descriptionField, 1f), Occur.SHOULD);
        Query synonyms = synonyms(text, titleField);
        if (synonyms != null) {
            query.add(new BoostQuery(synonyms, titleBoost), Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Keyword relevance for matching, as {@link #keywords} but with the job-title synonyms given as
     * word sequences ({@code titlePaths}: each wanted phrase that has synonyms, and each synonym) and
     * looked up whole in {@code shingleField}, where the title is indexed with
     * {@link EnglishText#shingleAnalyzer()}: a two-word synonym then costs one term, not a phrase
     * query. Sequences longer than a shingle stay phrase queries on {@code titleField}. Null when the
     * text has no terms.
     */
    public Query keywords(String text, List<List<String>> titlePaths, String titleField, String shingleField,
            float titleBoost, String descriptionField) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(anyTerm(terms, titleField, titleBoost), Occur.SHOULD);
        query.add(anyTerm(terms, descriptionField, 1f), Occur.SHOULD);
        Set<List<String>> seen = new LinkedHashSet<>();
        for (List<String> path : titlePaths) {
            if (!path.isEmpty() && seen.add(path) && seen.size() <= MAX_SYNONYM_CLAUSES) {
                query.add(new BoostQuery(wholeSequence(path, titleField, shingleField), titleBoost), Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static Query wholeSequence(List<String> path, String titleField, String shingleField) {
        if (path.size() == 1) {
            return new TermQuery(new Term(titleField, path.get(0)));
        }
        if (path.size() <= EnglishText.MAX_SHINGLE_WORDS) {
            return new TermQuery(new Term(shingleField, String.join(" ", path)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        path.forEach(word -> phrase.add(new Term(titleField, word)));
        return phrase.build();
    }

    /**
     * The phrases of a list typed as "cleaner, kitchen porter; carer" (split at commas, semicolons,
     * bars and line breaks), trimmed, without repeats ignoring case, at most {@value #MAX_PHRASES}.
     */
    public static List<String> phrases(String list) {
        List<String> phrases = new ArrayList<>();
        if (list == null) {
            return phrases;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String part : LIST_SEPARATOR.split(bounded(list))) {
            String phrase = part.strip().replaceAll("\\s+", " ");
            if (!phrase.isEmpty() && seen.add(phrase.toLowerCase(Locale.ROOT))) {
                phrases.add(phrase);
                if (phrases.size() == MAX_PHRASES) {
                    break;
                }
            }
        }
        return phrases;
    }

    /**
     * Token sequences that are other names for {@code phrase} according to the synonyms (the phrase's
     * own tokens excluded), at most {@value #MAX_PATHS}.
     */
    public List<List<String>> synonymPaths(String phrase) {
        List<List<String>> paths = new ArrayList<>();
        if (phrase == null || phrase.isBlank() || !hasSynonyms(phrase)) {
            return paths;
        }
        List<String> own = tokens(phrase, MAX_TERMS);
        try (TokenStream stream = withSynonyms.tokenStream("title", bounded(phrase))) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
            Iterator<TokenStream> strings = graph.getFiniteStrings();
            while (strings.hasNext() && paths.size() < MAX_PATHS) {
                TokenStream path = strings.next();
                CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
                List<String> tokens = new ArrayList<>();
                path.reset();
                while (path.incrementToken()) {
                    tokens.add(term.toString());
                }
                path.end();
                if (!tokens.isEmpty() && !tokens.equals(own)) {
                    paths.add(tokens);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text from a string cannot fail", e);
        }
        return paths;
    }

    /** True when {@code needle} occurs in {@code haystack} as consecutive tokens. */
    public static boolean containsSequence(List<String> haystack, List<String> needle) {
        if (needle.isEmpty() || needle.size() > haystack.size()) {
            return false;
        }
        outer:
        for (int start = 0; start + needle.size() <= haystack.size(); start++) {
            for (int i = 0; i < needle.size(); i++) {
                if (!haystack.get(start + i).equals(needle.get(i))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private boolean hasSynonyms(String text) {
        try (TokenStream stream = withSynonyms.tokenStream("title", bounded(text))) {
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            boolean found = false;
            while (!found && stream.incrementToken()) {
                found = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
            }
            while (stream.incrementToken()) {
                // Drain: a stream must be consumed to its end before it is closed.
            }
            stream.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text from a string cannot fail", e);
        }
    }

    private static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    /** {@code text} cut to {@value #MAX_CHARS} characters, never inside a surrogate pair. */
    static String bounded(String text) {
        return bounded(text, MAX_CHARS);
    }

    private static String bounded(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    @Override
    public void close() {
        IOUtils.closeWhileHandlingException(plain, withSynonyms);
    }
}
