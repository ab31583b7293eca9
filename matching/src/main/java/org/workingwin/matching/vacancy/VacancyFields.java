package org.workingwin.matching.vacancy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.workingwin.matching.geo.DistanceQueries;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.profile.NeedRules;
import org.workingwin.matching.profile.PayRates;

/**
 * The vacancy document's field names and its conversions to and from {@link IndexedVacancy}, in one
 * place, so that the index, the match query and the browse query cannot disagree on a name.
 */
final class VacancyFields {

    // Field names. Sorting and filtering use points and doc values; lists read stored fields only.
    static final String ID = "id";
    static final String ID_ORDER = "id_order";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String ORGANISATION = "organisation_name";
    static final String OCCUPATION_CODE = "occupation_code";
    static final String OCCUPATION_TITLE = "occupation_title";
    static final String DISTRICT = "postcode_district";
    static final String LOCAL_AUTHORITY = "local_authority";
    static final String LOCATION = "location";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    static final String WORK_MODE = "work_mode";
    static final String HOURS_MIN = "hours_min";
    static final String HOURS_MAX = "hours_max";
    static final String PATTERN = "pattern";
    static final String CONTRACT = "contract_type";
    static final String PAY_MIN = "pay_min";
    static final String PAY_MAX = "pay_max";
    static final String PAY_PERIOD = "pay_period";
    static final String PAY_HOURLY = "pay_hourly";
    static final String CLOSING_DAY = "closing_day";
    static final String PUBLISHED = "published_at";
    static final String PUBLISHED_SECOND = "published_second";
    static final String PUBLISHED_NANO = "published_nano";
    static final String RECENCY = "recency";
    static final String ADJUSTMENT = "adjustment";
    static final String DEMAND = "demand";
    static final String SECTOR = "sector";
    static final String SECTOR_KEY = "sector_key";
    // Precomputed from the taxonomy, so that each need rule is one term at query time.
    static final String MEETS_NEED = "meets_need";
    static final String CONFLICTS_NEED = "conflicts_need";

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
        d.add(new StringField(ID, Long.toString(v.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ID_ORDER, v.id()));
        d.add(new TextField(TITLE, v.title(), Field.Store.YES));
        d.add(new TextField(DESCRIPTION, v.description(), Field.Store.NO));
        d.add(new StoredField(ORGANISATION, v.organisationName()));
        if (v.occupationCode() != null) {
            d.add(new StringField(OCCUPATION_CODE, v.occupationCode(), Field.Store.YES));
        }
        if (v.occupationTitle() != null) {
            d.add(new StoredField(OCCUPATION_TITLE, v.occupationTitle()));
        }
        d.add(new StringField(DISTRICT, v.postcodeDistrict(), Field.Store.YES));
        d.add(new StringField(LOCAL_AUTHORITY, v.localAuthority(), Field.Store.YES));
        for (IndexableField field : DistanceQueries.fields(LOCATION, v.location())) {
            d.add(field);
        }
        // Points are quantised; the stored doubles give the exact distance shown to people.
        d.add(new StoredField(LATITUDE, v.location().latitude()));
        d.add(new StoredField(LONGITUDE, v.location().longitude()));
        d.add(new StringField(WORK_MODE, v.workMode().name(), Field.Store.YES));
        d.add(new DoubleField(HOURS_MIN, v.hoursMin(), Field.Store.YES));
        d.add(new DoubleField(HOURS_MAX, v.hoursMax(), Field.Store.YES));
        for (String pattern : v.patterns()) {
            d.add(new StringField(PATTERN, pattern, Field.Store.YES));
        }
        d.add(new StringField(CONTRACT, v.contractType(), Field.Store.YES));
        if (v.payMin() != null) {
            d.add(new DoubleField(PAY_MIN, v.payMin(), Field.Store.YES));
        }
        if (v.payMax() != null) {
            d.add(new DoubleField(PAY_MAX, v.payMax(), Field.Store.YES));
        }
        if (v.payPeriod() != null) {
            d.add(new StringField(PAY_PERIOD, v.payPeriod(), Field.Store.YES));
        }
        OptionalDouble hourly = PayRates.vacancyHourly(v.payMin(), v.payMax(), v.payPeriod());
        if (hourly.isPresent()) {
            d.add(new DoubleField(PAY_HOURLY, hourly.getAsDouble(), Field.Store.NO));
        }
        long closingDay = v.closingDate().toEpochDay();
        d.add(new LongPoint(CLOSING_DAY, closingDay));
        d.add(new StoredField(CLOSING_DAY, closingDay));
        // Seconds and nanos separately: exact order and round trip for any Instant, no overflow.
        d.add(new NumericDocValuesField(PUBLISHED_SECOND, v.publishedAt().getEpochSecond()));
        d.add(new NumericDocValuesField(PUBLISHED_NANO, v.publishedAt().getNano()));
        d.add(new StoredField(PUBLISHED, v.publishedAt().toString()));
        d.add(new LongField(RECENCY, v.publishedAt().getEpochSecond(), Field.Store.NO));
        for (String adjustment : v.adjustments()) {
            d.add(new StringField(ADJUSTMENT, adjustment, Field.Store.YES));
        }
        for (String demand : v.demands()) {
            d.add(new StringField(DEMAND, demand, Field.Store.YES));
        }
        if (v.sector() != null) {
            d.add(new StoredField(SECTOR, v.sector()));
            d.add(new StringField(SECTOR_KEY, sectorKey(v.sector()), Field.Store.NO));
        }
        for (String need : rules.needsMet(v.adjustments())) {
            d.add(new StringField(MEETS_NEED, need, Field.Store.NO));
        }
        for (String need : rules.needsInConflict(v.adjustments(), v.demands())) {
            d.add(new StringField(CONFLICTS_NEED, need, Field.Store.NO));
        }
        addFacets(d, v);
        return FACETS.build(d);
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

    static VacancyHit toHit(Document d, GeoPoint near) {
        Double distanceKm = null;
        if (near != null) {
            distanceKm = Math.round(near.distanceKm(location(d)) * 10) / 10.0;
        }
        return new VacancyHit(
                Long.parseLong(d.get(ID)),
                d.get(TITLE),
                d.get(ORGANISATION),
                d.get(DISTRICT),
                d.get(LOCAL_AUTHORITY),
                WorkMode.valueOf(d.get(WORK_MODE)),
                number(d, HOURS_MIN),
                number(d, HOURS_MAX),
                d.get(CONTRACT),
                optionalNumber(d, PAY_MIN),
                optionalNumber(d, PAY_MAX),
                d.get(PAY_PERIOD),
                closingDate(d),
                Instant.parse(d.get(PUBLISHED)),
                distanceKm,
                Set.of(d.getValues(ADJUSTMENT)));
    }

    /** The vacancy as stored, without its description (which the index does not store). */
    static IndexedVacancy toVacancy(Document d) {
        return new IndexedVacancy(
                Long.parseLong(d.get(ID)),
                d.get(TITLE),
                "",
                d.get(ORGANISATION),
                d.get(OCCUPATION_CODE),
                d.get(OCCUPATION_TITLE),
                d.get(DISTRICT),
                d.get(LOCAL_AUTHORITY),
                location(d),
                WorkMode.valueOf(d.get(WORK_MODE)),
                number(d, HOURS_MIN),
                number(d, HOURS_MAX),
                Set.of(d.getValues(PATTERN)),
                d.get(CONTRACT),
                optionalNumber(d, PAY_MIN),
                optionalNumber(d, PAY_MAX),
                d.get(PAY_PERIOD),
                closingDate(d),
                Instant.parse(d.get(PUBLISHED)),
                Set.of(d.getValues(ADJUSTMENT)),
                Set.of(d.getValues(DEMAND)),
                d.get(SECTOR));
    }

    private static GeoPoint location(Document d) {
        return new GeoPoint(number(d, LATITUDE), number(d, LONGITUDE));
    }

    private static LocalDate closingDate(Document d) {
        return LocalDate.ofEpochDay(d.getField(CLOSING_DAY).numericValue().longValue());
    }

    private static double number(Document d, String field) {
        return d.getField(field).numericValue().doubleValue();
    }

    private static Double optionalNumber(Document d, String field) {
        IndexableField value = d.getField(field);
        return value == null ? null : value.numericValue().doubleValue();
    }
}
