package org.workingwin.portal.search;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.vacancy.SearchPage;
import org.workingwin.matching.vacancy.VacancySearch;
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

    public SearchPage search(PublicSearch s) {
        Map<String, String> errors = new LinkedHashMap<>();
        String keywords = s.keywords() == null ? null : s.keywords().strip();
        if (keywords != null && keywords.length() > SearchLimits.KEYWORDS_MAX) {
            // Long pasted text still searches: only the first words count.
            keywords = keywords.substring(0, SearchLimits.KEYWORDS_MAX);
        }
        GeoPoint near = null;
        Double radius = null;
        if (s.postcode() != null && !s.postcode().isBlank()) {
            try {
                near = postcodes.resolve(s.postcode()).point();
            } catch (InvalidPostcodeException e) {
                errors.put("postcode", e.getMessage());
            }
            radius = s.radiusKm() == null ? 10.0 : s.radiusKm();
            if (radius <= 0 || radius > SearchLimits.RADIUS_MAX_KM || radius.isNaN()) {
                errors.put("radiusKm", "Choose a distance from 1 to " + (int) SearchLimits.RADIUS_MAX_KM + " km");
            }
        }
        if (s.page() < 0) {
            errors.put("page", "The page number must be 0 or more");
        }
        if (s.pageSize() < 1 || s.pageSize() > SearchLimits.PAGE_SIZE_MAX) {
            errors.put("pageSize", "The page size must be from 1 to " + SearchLimits.PAGE_SIZE_MAX);
        }
        FieldErrors.throwIfAny(errors);
        boolean noWords = keywords == null || keywords.isEmpty();
        return index.search(new VacancySearch(noWords ? null : keywords, near, radius, LocalDate.now(clock),
                s.page(), s.pageSize()));
    }
}
