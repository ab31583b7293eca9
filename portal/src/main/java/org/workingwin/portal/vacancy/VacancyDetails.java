package org.workingwin.portal.vacancy;

import java.util.List;
import java.util.Map;

/**
 * A vacancy with everything shown about it: organisation, adjustments, demands and status history, with
 * each change's author named as the viewer may see them ({@code authors} by user id).
 */
public record VacancyDetails(Vacancy vacancy, String organisationName, List<VacancyAdjustment> adjustments,
                             List<String> demands, List<VacancyStatusChange> history, Map<Long, String> authors) {
}
