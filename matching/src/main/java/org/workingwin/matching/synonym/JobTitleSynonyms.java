package org.workingwin.matching.synonym;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.workingwin.matching.text.EnglishText;

/**
 * Job titles that name the same job ("carer", "care assistant", "support worker"), read from a file
 * in Solr synonym format. It exists so that a search or a participant's wanted role finds adverts
 * that use another name for the same work. Synonyms are applied to queries only, never at index
 * time, so the file can change without a reindex. The shipped file is generated from ONS SOC 2020
 * and ESCO by {@code matching/tools/generate_job_title_synonyms.py}; its header gives the sources
 * and attributions. Instances are immutable and safe to share.
 */
public final class JobTitleSynonyms {

    /** The shipped synonym file, beside this class. */
    public static final String RESOURCE = "job-title-synonyms.txt";

    private final SynonymMap map;
    private final int groups;

    private JobTitleSynonyms(SynonymMap map, int groups) {
        this.map = map;
        this.groups = groups;
    }

    /** The shipped synonyms, read once per class loader. */
    public static JobTitleSynonyms loadDefault() {
        return Default.SYNONYMS;
    }

    /** No synonyms at all: every title means only itself. */
    public static JobTitleSynonyms none() {
        return read(Reader.nullReader());
    }

    /**
     * Reads synonyms in Solr format (comma-separated groups of equivalent titles; {@code #} starts a
     * comment). The reader is left open.
     *
     * @throws IllegalArgumentException if a line cannot be parsed; the message says which
     */
    public static JobTitleSynonyms read(Reader solrFormat) {
        try (Analyzer entries = EnglishText.synonymEntryAnalyzer()) {
            CountingReader counting = new CountingReader(solrFormat);
            SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
            parser.parse(counting);
            return new JobTitleSynonyms(parser.build(), counting.groups());
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The job-title synonyms cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The job-title synonyms cannot be read", e);
        }
    }

    /** The compiled map, for a {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter}. */
    public SynonymMap map() {
        return map;
    }

    /** Number of synonym groups (non-comment lines) read. */
    public int groupCount() {
        return groups;
    }

    // Counts group lines as the parser reads them, so the count needs no second pass over the file.
    private static final class CountingReader extends Reader {
        private final Reader in;
        private int groups;
        private boolean lineStart = true;
        private boolean countedLine;

        CountingReader(Reader in) {
            this.in = in;
        }

        int groups() {
            return groups;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    lineStart = true;
                    countedLine = false;
                } else if (lineStart && !Character.isWhitespace(c)) {
                    lineStart = false;
                    if (c != '#' && !countedLine) {
                        groups++;
                        countedLine = true;
                    }
                }
            }
            return n;
        }

        @Override
        public void close() {
            // The caller owns the underlying reader.
        }
    }

    private static final class Default {
        static final JobTitleSynonyms SYNONYMS = load();

        private static JobTitleSynonyms load() {
            try (InputStream in = JobTitleSynonyms.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "Missing resource " + RESOURCE + " beside " + JobTitleSynonyms.class);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + RESOURCE, e);
            }
        }
    }
}
