package org.workingwin.portal.search;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.vacancy.BrowseQuery;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.location.InvalidPostcodeException;
import org.workingwin.portal.location.PostcodeDirectory;

/**
 * Searches published, open vacancies for anyone. Reads only the index, which holds only published
 * vacancies, so no unvetted vacancy can appear whatever is typed.
 */
@Singleton
public class VacancySearchService {

    private final VacancyIndexService index;
    private final PostcodeDirectory postcodes;
    private final Clock clock;

    VacancySearchService(VacancyIndexService index, PostcodeDirectory postcodes, Clock clock) {
        this.index = index;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /** Browse with filters, facet counts, sort and paging: the Vacancies page and the public API. */
    public BrowseResult browse(PublicBrowse b) {
        Map<String, String> errors = new LinkedHashMap<>();
        Located located = locate(b.postcode(), b.radiusKm(), errors);
        checkHours(b.hoursMin(), "hoursMin", errors);
        checkHours(b.hoursMax(), "hoursMax", errors);
        if (!errors.containsKey("hoursMin") && !errors.containsKey("hoursMax") && b.hoursMin() != null
                && b.hoursMax() != null && b.hoursMin() > b.hoursMax()) {
            errors.put("hoursMin", "The fewest hours cannot be more than the most hours");
        }
        checkPaging(b.page(), b.pageSize(), errors);
        FieldErrors.throwIfAny(errors);
        return index.browse(new BrowseQuery(trimmed(b.keywords()), located.near(), located.radius(), b.hoursMin(),
                b.hoursMax(), b.workModes(), b.contractTypes(), b.localAuthorities(), b.adjustments(), b.sort(),
                LocalDate.now(clock), b.page(), b.pageSize()));
    }

    private record Located(GeoPoint near, Double radius) {
    }

    private Located locate(String postcode, Double radiusKm, Map<String, String> errors) {
        if (postcode == null || postcode.isBlank()) {
            return new Located(null, null);
        }
        GeoPoint near = null;
        try {
            near = postcodes.resolve(postcode).point();
        } catch (InvalidPostcodeException e) {
            errors.put("postcode", e.getMessage());
        }
        double radius = radiusKm == null ? 10.0 : radiusKm;
        if (radius <= 0 || radius > SearchLimits.RADIUS_MAX_KM || Double.isNaN(radius)) {
            errors.put("radiusKm", "Choose a distance from 1 to " + (int) SearchLimits.RADIUS_MAX_KM + " km");
        }
        return new Located(near, radius);
    }

    private static void checkHours(Double hours, String field, Map<String, String> errors) {
        if (hours != null && (hours < 0 || hours > 60 || hours.isNaN())) {
            errors.put(field, "Enter hours a week from 0 to 60");
        }
    }

    private static void checkPaging(int page, int pageSize, Map<String, String> errors) {
        if (page < 0) {
            errors.put("page", "The page number must be 0 or more");
        }
        if (pageSize < 1 || pageSize > SearchLimits.PAGE_SIZE_MAX) {
            errors.put("pageSize", "The page size must be from 1 to " + SearchLimits.PAGE_SIZE_MAX);
        }
    }

    private static String trimmed(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return null;
        }
        String stripped = keywords.strip();
        // Long pasted text still searches: only the first words count.
        return stripped.length() > SearchLimits.KEYWORDS_MAX ? stripped.substring(0, SearchLimits.KEYWORDS_MAX) : stripped;
    }

}
