package org.workingwin.portal.vacancy;

import java.util.List;

/** A vacancy with everything shown about it: organisation, adjustments, demands and status history. */
public record VacancyDetails(Vacancy vacancy, String organisationName, List<VacancyAdjustment> adjustments,
                             List<String> demands, List<VacancyStatusChange> history) {
}
