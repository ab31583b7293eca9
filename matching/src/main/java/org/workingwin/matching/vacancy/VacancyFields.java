package org.workingwin.matching.vacancy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;
import org.workingwin.matching.geo.DistanceQueries;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.profile.NeedRules;
import org.workingwin.matching.profile.PayRates;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;

/**
 * The vacancy document's field names and its conversions to and from {@link IndexedVacancy}, in one
 * place, so that the index, the match query and the browse query cannot disagree on a name.
 */
final class VacancyFields {

    // Field names. Sorting and filtering use points and doc values; lists read stored fields only.
    // Fields that rank matches (MatchRankQuery) also have doc values under the same name.
    static final String ID = "id";
    static final String HIT = "hit";
    static final String ID_ORDER = "id_order";
    static final String TITLE = "title";
    // The title's runs of 2 to 4 words as single terms, so that multi-word synonyms are term lookups.
    static final String TITLE_SHINGLES = "title_shingles";
    static final String DESCRIPTION = "description";
    static final String OCCUPATION_CODE = "occupation_code";
    static final String DISTRICT = "postcode_district";
    static final String LOCAL_AUTHORITY = "local_authority";
    static final String LOCATION = "location";
    static final String WORK_MODE = "work_mode";
    static final String HOURS_MIN = "hours_min";
    static final String HOURS_MAX = "hours_max";
    static final String PATTERN = "pattern";
    static final String CONTRACT = "contract_type";
    static final String PAY_HOURLY = "pay_hourly";
    static final String CLOSING_DAY = "closing_day";
    static final String PUBLISHED_SECOND = "published_second";
    static final String PUBLISHED_NANO = "published_nano";
    static final String ADJUSTMENT = "adjustment";
    static final String DEMAND = "demand";
    static final String SECTOR_KEY = "sector_key";
    // Precomputed from the taxonomy, so that each need rule is one term at query time.
    static final String MEETS_NEED = "meets_need";
    static final String CONFLICTS_NEED = "conflicts_need";

    // The index keeps each segment's documents in this order: remote vacancies first, then the others
    // along a Morton (Z-order) curve of their place. A participant's eligible vacancies (remote ones,
    // and those near home) then sit in a few runs of document ids instead of all over the index, so
    // matching skips whole blocks of postings and doc values it would otherwise decode.
    static final String PLACE_ORDER = "place_order";
    // Patterns, remote and needs met as bits of one doc value, for ranking; see rankBits.
    static final String RANK_BITS = "rank_bits";
    static final int RANK_REMOTE_BIT = 4;
    static final int RANK_FIRST_NEED_BIT = 8;
    static final int RANK_NEED_BITS = 64 - RANK_FIRST_NEED_BIT;
    static final Sort INDEX_SORT = new Sort(new SortField(PLACE_ORDER, SortField.Type.LONG));

    // Facet dimensions, as BrowseResult names them.
    static final FacetsConfig FACETS = facetsConfig();

    private VacancyFields() {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(BrowseResult.ADJUSTMENT, true);
        config.setMultiValued(BrowseResult.HOURS_BAND, true);
        return config;
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** Lower-cased, so that sectors match ignoring case. */
    static String sectorKey(String sector) {
        return sector.toLowerCase(Locale.ROOT);
    }

    static Document toDocument(IndexedVacancy v, NeedRules rules) throws IOException {
        Document d = new Document();
        // Nothing is stored: what a hit shows comes from one binary doc value (HIT), read without the
        // block decompression that stored fields need, which was a sixth of a match's time.
        d.add(new BinaryDocValuesField(HIT, encode(v)));
        d.add(new StringField(ID, Long.toString(v.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(ID_ORDER, v.id()));
        d.add(new TextField(TITLE, v.title(), Field.Store.NO));
        d.add(new TextField(TITLE_SHINGLES, v.title(), Field.Store.NO));
        d.add(new TextField(DESCRIPTION, v.description(), Field.Store.NO));
        if (v.occupationCode() != null) {
            d.add(new StringField(OCCUPATION_CODE, v.occupationCode(), Field.Store.NO));
            d.add(new SortedDocValuesField(OCCUPATION_CODE, new BytesRef(v.occupationCode())));
        }
        d.add(new StringField(DISTRICT, v.postcodeDistrict(), Field.Store.NO));
        d.add(new StringField(LOCAL_AUTHORITY, v.localAuthority(), Field.Store.NO));
        for (IndexableField field : DistanceQueries.fields(LOCATION, v.location())) {
            d.add(field);
        }
        d.add(new NumericDocValuesField(PLACE_ORDER, placeOrder(v.workMode(), v.location())));
        d.add(new StringField(WORK_MODE, v.workMode().name(), Field.Store.NO));
        d.add(new SortedDocValuesField(WORK_MODE, new BytesRef(v.workMode().name())));
        d.add(new DoubleField(HOURS_MIN, v.hoursMin(), Field.Store.NO));
        d.add(new DoubleField(HOURS_MAX, v.hoursMax(), Field.Store.NO));
        for (String pattern : v.patterns()) {
            d.add(new StringField(PATTERN, pattern, Field.Store.NO));
            d.add(new SortedSetDocValuesField(PATTERN, new BytesRef(pattern)));
        }
        d.add(new StringField(CONTRACT, v.contractType(), Field.Store.NO));
        d.add(new SortedDocValuesField(CONTRACT, new BytesRef(v.contractType())));
        OptionalDouble hourly = PayRates.vacancyHourly(v.payMin(), v.payMax(), v.payPeriod());
        if (hourly.isPresent()) {
            d.add(new DoubleField(PAY_HOURLY, hourly.getAsDouble(), Field.Store.NO));
        }
        d.add(new LongPoint(CLOSING_DAY, v.closingDate().toEpochDay()));
        // Seconds and nanos separately: exact order and round trip for any Instant, no overflow.
        d.add(new NumericDocValuesField(PUBLISHED_SECOND, v.publishedAt().getEpochSecond()));
        d.add(new NumericDocValuesField(PUBLISHED_NANO, v.publishedAt().getNano()));
        for (String adjustment : v.adjustments()) {
            d.add(new StringField(ADJUSTMENT, adjustment, Field.Store.NO));
        }
        for (String demand : v.demands()) {
            d.add(new StringField(DEMAND, demand, Field.Store.NO));
        }
        if (v.sector() != null) {
            d.add(new StringField(SECTOR_KEY, sectorKey(v.sector()), Field.Store.NO));
            d.add(new SortedDocValuesField(SECTOR_KEY, new BytesRef(sectorKey(v.sector()))));
        }
        SortedSet<String> met = rules.needsMet(v.adjustments());
        for (String need : met) {
            d.add(new StringField(MEETS_NEED, need, Field.Store.NO));
            d.add(new SortedSetDocValuesField(MEETS_NEED, new BytesRef(need)));
        }
        d.add(new NumericDocValuesField(RANK_BITS, rankBits(v, met, rules.taxonomy())));
        for (String need : rules.needsInConflict(v.adjustments(), v.demands())) {
            d.add(new StringField(CONFLICTS_NEED, need, Field.Store.NO));
        }
        addFacets(d, v);
        return FACETS.build(d);
    }

    /**
     * What ranking reads most, in one number: bit {@code i} for the i-th of
     * {@link MatchQueries#KNOWN_PATTERNS}, {@link #RANK_REMOTE_BIT} when remote, and bit
     * {@link #RANK_FIRST_NEED_BIT}{@code + i} when the vacancy meets the taxonomy's i-th need (for the
     * first {@link #RANK_NEED_BITS} needs).
     */
    static long rankBits(IndexedVacancy v, Set<String> needsMet, Taxonomy taxonomy) {
        long bits = patternBits(v.patterns());
        if (v.workMode() == WorkMode.REMOTE) {
            bits |= 1L << RANK_REMOTE_BIT;
        }
        List<Need> needs = taxonomy.needs();
        for (int i = 0; i < Math.min(needs.size(), RANK_NEED_BITS); i++) {
            if (needsMet.contains(needs.get(i).code())) {
                bits |= 1L << (RANK_FIRST_NEED_BIT + i);
            }
        }
        return bits;
    }

    /** Bit i set for the i-th of {@link MatchQueries#KNOWN_PATTERNS} among {@code patterns}. */
    static long patternBits(Collection<String> patterns) {
        long bits = 0;
        for (int i = 0; i < MatchQueries.KNOWN_PATTERNS.size(); i++) {
            if (patterns.contains(MatchQueries.KNOWN_PATTERNS.get(i))) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** The index-sort key: remote first, then the Morton code of the place's point encoding. */
    static long placeOrder(WorkMode mode, GeoPoint place) {
        // Flipping the sign bit makes the signed encodings sort as unsigned ones.
        int latitude = GeoEncodingUtils.encodeLatitude(place.latitude()) ^ Integer.MIN_VALUE;
        int longitude = GeoEncodingUtils.encodeLongitude(place.longitude()) ^ Integer.MIN_VALUE;
        long morton = BitUtil.interleave(longitude, latitude) >>> 2;
        return mode == WorkMode.REMOTE ? morton : morton | (1L << 62);
    }

    private static void addFacets(Document d, IndexedVacancy v) {
        facet(d, BrowseResult.WORK_MODE, v.workMode().name());
        facet(d, BrowseResult.CONTRACT_TYPE, v.contractType());
        facet(d, BrowseResult.LOCAL_AUTHORITY, v.localAuthority());
        for (String adjustment : v.adjustments()) {
            facet(d, BrowseResult.ADJUSTMENT, adjustment);
        }
        for (String band : hoursBands(v.hoursMin(), v.hoursMax())) {
            facet(d, BrowseResult.HOURS_BAND, band);
        }
    }

    private static void facet(Document d, String dimension, String value) {
        // The facet module refuses empty labels; an empty value has nothing to count anyway.
        if (value != null && !value.isEmpty()) {
            d.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }

    /** The hours bands a weekly range overlaps; see {@link BrowseResult#HOURS_BAND}. */
    static List<String> hoursBands(double min, double max) {
        List<String> bands = new ArrayList<>(3);
        if (min < 16) {
            bands.add(BrowseResult.UNDER_16_HOURS);
        }
        if (min < 30 && max >= 16) {
            bands.add(BrowseResult.FROM_16_TO_29_HOURS);
        }
        if (max >= 30) {
            bands.add(BrowseResult.FROM_30_HOURS);
        }
        return bands;
    }

    /** The hit a results list shows for {@code v}, with its distance from {@code near} when given. */
    static VacancyHit toHit(IndexedVacancy v, GeoPoint near) {
        Double distanceKm = null;
        if (near != null) {
            distanceKm = Math.round(near.distanceKm(v.location()) * 10) / 10.0;
        }
        return new VacancyHit(v.id(), v.title(), v.organisationName(), v.postcodeDistrict(), v.localAuthority(),
                v.workMode(), v.hoursMin(), v.hoursMax(), v.contractType(), v.payMin(), v.payMax(), v.payPeriod(),
                v.closingDate(), v.publishedAt(), distanceKm, v.adjustments());
    }

    /**
     * The vacancies (without their descriptions, which the index does not keep) of the documents
     * {@code docs} of {@code searcher}, in the order given.
     */
    static List<IndexedVacancy> read(IndexSearcher searcher, int[] docs) throws IOException {
        IndexedVacancy[] read = new IndexedVacancy[docs.length];
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        // Doc values are read forwards, so in document order, one iterator per segment.
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        BinaryDocValues values = null;
        LeafReaderContext leaf = null;
        for (int i : order) {
            int doc = docs[i];
            int index = ReaderUtil.subIndex(doc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                values = DocValues.getBinary(leaf.reader(), HIT);
            }
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Document " + doc + " has no vacancy");
            }
            read[i] = decode(values.binaryValue());
        }
        return Arrays.asList(read);
    }

    // Version of the HIT encoding, first in every value, so an unreadable one fails loudly.
    private static final int HIT_FORMAT = 1;

    static BytesRef encode(IndexedVacancy v) throws IOException {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        out.writeByte((byte) HIT_FORMAT);
        out.writeVLong(v.id());
        out.writeString(v.title());
        out.writeString(v.organisationName());
        writeNullable(out, v.occupationCode());
        writeNullable(out, v.occupationTitle());
        out.writeString(v.postcodeDistrict());
        out.writeString(v.localAuthority());
        out.writeLong(Double.doubleToLongBits(v.location().latitude()));
        out.writeLong(Double.doubleToLongBits(v.location().longitude()));
        out.writeByte((byte) v.workMode().ordinal());
        out.writeLong(Double.doubleToLongBits(v.hoursMin()));
        out.writeLong(Double.doubleToLongBits(v.hoursMax()));
        writeStrings(out, v.patterns());
        out.writeString(v.contractType());
        writeNumber(out, v.payMin());
        writeNumber(out, v.payMax());
        writeNullable(out, v.payPeriod());
        out.writeZLong(v.closingDate().toEpochDay());
        out.writeZLong(v.publishedAt().getEpochSecond());
        out.writeVInt(v.publishedAt().getNano());
        writeStrings(out, v.adjustments());
        writeStrings(out, v.demands());
        writeNullable(out, v.sector());
        return new BytesRef(out.toArrayCopy());
    }

    static IndexedVacancy decode(BytesRef value) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
        int format = in.readByte();
        if (format != HIT_FORMAT) {
            throw new IOException("Vacancy stored in unknown format " + format);
        }
        long id = in.readVLong();
        String title = in.readString();
        String organisation = in.readString();
        String occupationCode = readNullable(in);
        String occupationTitle = readNullable(in);
        String district = in.readString();
        String authority = in.readString();
        GeoPoint location = new GeoPoint(Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()));
        WorkMode mode = WorkMode.values()[in.readByte()];
        double hoursMin = Double.longBitsToDouble(in.readLong());
        double hoursMax = Double.longBitsToDouble(in.readLong());
        Set<String> patterns = readStrings(in);
        String contract = in.readString();
        Double payMin = readNumber(in);
        Double payMax = readNumber(in);
        String payPeriod = readNullable(in);
        LocalDate closing = LocalDate.ofEpochDay(in.readZLong());
        Instant published = Instant.ofEpochSecond(in.readZLong(), in.readVInt());
        Set<String> adjustments = readStrings(in);
        Set<String> demands = readStrings(in);
        String sector = readNullable(in);
        return new IndexedVacancy(id, title, "", organisation, occupationCode, occupationTitle, district, authority,
                location, mode, hoursMin, hoursMax, patterns, contract, payMin, payMax, payPeriod, closing, published,
                adjustments, demands, sector);
    }

    private static void writeNullable(DataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readNullable(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    private static void writeStrings(DataOutput out, Set<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String value : values) {
            out.writeString(value);
        }
    }

    private static Set<String> readStrings(DataInput in) throws IOException {
        int count = in.readVInt();
        if (count == 0) {
            return Set.of();
        }
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readString();
        }
        return Set.of(values);
    }

    private static void writeNumber(DataOutput out, Double value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeLong(Double.doubleToLongBits(value));
        }
    }

    private static Double readNumber(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : Double.longBitsToDouble(in.readLong());
    }
}
