package org.workingwin.matching.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.workingwin.matching.geo.GeoPoint;

/** Builds vacancies for tests with plain defaults, so each test states only what it is about. */
public final class TestVacancy {

    public static final GeoPoint SHEFFIELD_S1 = new GeoPoint(53.379953, -1.471284);
    public static final GeoPoint SHEFFIELD_S10 = new GeoPoint(53.376698, -1.518425);
    public static final GeoPoint ROTHERHAM_S60 = new GeoPoint(53.410975, -1.351366);
    public static final GeoPoint BARNSLEY_S70 = new GeoPoint(53.541022, -1.474717);
    public static final GeoPoint DONCASTER_DN1 = new GeoPoint(53.521451, -1.130717);

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    long id;
    String title = "Office Administrator";
    String description = "Filing, answering email and keeping records up to date.";
    String organisation = "Steel City Housing";
    GeoPoint location = SHEFFIELD_S1;
    String district = "S1";
    String localAuthority = "Sheffield";
    WorkMode workMode = WorkMode.ON_SITE;
    LocalDate closingDate = TODAY.plusDays(14);
    Instant publishedAt = NOON;
    Set<String> adjustments = Set.of("flexible_start");
    Set<String> demands = Set.of("intensive_keyboard");
    String occupationCode = "4159";
    String occupationTitle = "Other administrative occupations";
    double hoursMin = 16;
    double hoursMax = 30;
    Set<String> patterns = Set.of("weekdays");
    String contractType = "permanent";
    Double payMin = 12.60;
    Double payMax = 13.50;
    String payPeriod = "hour";
    String sector;

    private TestVacancy(long id) {
        this.id = id;
    }

    public static TestVacancy vacancy(long id) {
        return new TestVacancy(id);
    }

    public TestVacancy title(String value) {
        title = value;
        return this;
    }

    public TestVacancy description(String value) {
        description = value;
        return this;
    }

    public TestVacancy at(GeoPoint point, String postcodeDistrict, String authority) {
        location = point;
        district = postcodeDistrict;
        localAuthority = authority;
        return this;
    }

    public TestVacancy workMode(WorkMode value) {
        workMode = value;
        return this;
    }

    public TestVacancy closing(LocalDate value) {
        closingDate = value;
        return this;
    }

    public TestVacancy published(Instant value) {
        publishedAt = value;
        return this;
    }

    public TestVacancy adjustments(String... codes) {
        adjustments = Set.of(codes);
        return this;
    }

    public TestVacancy demands(String... codes) {
        demands = Set.of(codes);
        return this;
    }

    public TestVacancy occupation(String code, String occupation) {
        occupationCode = code;
        occupationTitle = occupation;
        return this;
    }

    public TestVacancy hours(double min, double max) {
        hoursMin = min;
        hoursMax = max;
        return this;
    }

    public TestVacancy patterns(String... codes) {
        patterns = Set.of(codes);
        return this;
    }

    public TestVacancy contract(String code) {
        contractType = code;
        return this;
    }

    public TestVacancy pay(Double min, Double max, String period) {
        payMin = min;
        payMax = max;
        payPeriod = period;
        return this;
    }

    public TestVacancy sector(String value) {
        sector = value;
        return this;
    }

    public IndexedVacancy build() {
        return new IndexedVacancy(id, title, description, organisation, occupationCode, occupationTitle,
                district, localAuthority, location, workMode, hoursMin, hoursMax, patterns, contractType, payMin,
                payMax, payPeriod, closingDate, publishedAt, adjustments, demands, sector);
    }
}
