package org.workingwin.portal.search;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.matching.vacancy.WorkMode;

/** A browse of published vacancies as a visitor or participant sets it up, before checks. */
public record PublicBrowse(@Nullable String keywords, @Nullable String postcode, @Nullable Double radiusKm,
                           @Nullable Double hoursMin, @Nullable Double hoursMax, Set<WorkMode> workModes,
                           Set<String> contractTypes, Set<String> localAuthorities, Set<String> adjustments,
                           @Nullable BrowseSort sort, int page, int pageSize) {
}
