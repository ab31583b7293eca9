package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.Set;

/** What the "My vacancies" grid is filtered by: statuses (empty means all) and words in the title. */
public record VacancyFilter(Set<VacancyStatus> statuses, @Nullable String titleContains) {

    public static VacancyFilter all() {
        return new VacancyFilter(EnumSet.allOf(VacancyStatus.class), null);
    }

    Set<VacancyStatus> effectiveStatuses() {
        return statuses == null || statuses.isEmpty() ? EnumSet.allOf(VacancyStatus.class) : statuses;
    }

    String effectiveTitle() {
        return titleContains == null ? "" : titleContains.strip();
    }
}
