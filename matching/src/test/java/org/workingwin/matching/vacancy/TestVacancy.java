package org.workingwin.matching.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.workingwin.matching.geo.GeoPoint;

/** Builds vacancies for tests with plain defaults, so each test states only what it is about. */
final class TestVacancy {

    static final GeoPoint SHEFFIELD_S1 = new GeoPoint(53.379953, -1.471284);
    static final GeoPoint SHEFFIELD_S10 = new GeoPoint(53.376698, -1.518425);
    static final GeoPoint ROTHERHAM_S60 = new GeoPoint(53.410975, -1.351366);
    static final GeoPoint BARNSLEY_S70 = new GeoPoint(53.541022, -1.474717);
    static final GeoPoint DONCASTER_DN1 = new GeoPoint(53.521451, -1.130717);

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

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

    private TestVacancy(long id) {
        this.id = id;
    }

    static TestVacancy vacancy(long id) {
        return new TestVacancy(id);
    }

    TestVacancy title(String value) {
        title = value;
        return this;
    }

    TestVacancy description(String value) {
        description = value;
        return this;
    }

    TestVacancy at(GeoPoint point, String postcodeDistrict, String authority) {
        location = point;
        district = postcodeDistrict;
        localAuthority = authority;
        return this;
    }

    TestVacancy workMode(WorkMode value) {
        workMode = value;
        return this;
    }

    TestVacancy closing(LocalDate value) {
        closingDate = value;
        return this;
    }

    TestVacancy published(Instant value) {
        publishedAt = value;
        return this;
    }

    IndexedVacancy build() {
        return new IndexedVacancy(id, title, description, organisation, "4159", "Other administrative occupations",
                district, localAuthority, location, workMode, 16, 30, Set.of("weekdays"), "permanent", 12.60,
                13.50, "hour", closingDate, publishedAt, adjustments, Set.of("intensive_keyboard"));
    }
}
