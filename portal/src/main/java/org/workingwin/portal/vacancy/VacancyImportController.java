package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.api.ApiActor;
import org.workingwin.portal.base.validation.FieldErrors;

/**
 * Bulk import of an organisation's vacancies as JSON: up to {@value #MAX_ROWS} per request, all or
 * nothing, with errors naming the row and the field. Specialists and administrators with an API token.
 */
@SecurityRequirement(name = "apiToken")
@Controller("/api/v1/organisations/{organisationId}/vacancies/import")
class VacancyImportController {

    static final int MAX_ROWS = 10_000;

    @Serdeable
    record ImportRequest(@Nullable Boolean submit, @Nullable List<VacancyImportRow> vacancies) {
    }

    @Serdeable
    record ImportResult(int imported, List<Long> ids) {
    }

    private final VacancyService vacancies;

    VacancyImportController(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    @Post
    HttpResponse<ImportResult> importVacancies(HttpRequest<?> request, @PathVariable long organisationId,
                                               @Body ImportRequest body) {
        var actor = ApiActor.require(request);
        List<VacancyImportRow> rows = body.vacancies() == null ? List.of() : body.vacancies();
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            FieldErrors.throwIfAny(Map.of("vacancies", "Send from 1 to " + MAX_ROWS + " vacancies (got " + rows.size() + ")"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<VacancyDraft> drafts = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                // Found by ApiFuzzIT: [null] was a NullPointerException and a 500.
                errors.put("row " + (i + 1), "Give each vacancy as a JSON object with the documented fields");
            } else {
                drafts.add(draft(rows.get(i), i + 1, errors));
            }
        }
        FieldErrors.throwIfAny(errors);
        List<Long> ids = vacancies.importAll(actor, organisationId, drafts, Boolean.TRUE.equals(body.submit()));
        return HttpResponse.created(new ImportResult(ids.size(), ids));
    }

    private static VacancyDraft draft(VacancyImportRow r, int row, Map<String, String> errors) {
        EnumSet<WorkPattern> patterns = EnumSet.noneOf(WorkPattern.class);
        // Found by ApiFuzzIT: a null in a list ("demands": [null]) was a NullPointerException and a 500.
        if (r.patterns() != null && r.patterns().contains(null)) {
            errors.put("row " + row + ": patterns", "Give each pattern as DAYS, EVENINGS, NIGHTS or WEEKENDS, not null");
        }
        if (r.demands() != null && r.demands().contains(null)) {
            errors.put("row " + row + ": demands", "Give each demand as a code from the taxonomy, not null");
        }
        for (String p : r.patterns() == null ? List.<String>of() : r.patterns()) {
            WorkPattern pattern = parse(WorkPattern::valueOf, p, row, "patterns", "DAYS, EVENINGS, NIGHTS or WEEKENDS", errors);
            if (pattern != null) {
                patterns.add(pattern);
            }
        }
        return new VacancyDraft(r.title(), r.description(), r.occupationCode(), r.occupationTitle(), r.postcode(),
                parse(WorkMode::valueOf, r.workMode(), row, "workMode", "ON_SITE, HYBRID or REMOTE", errors),
                r.hoursMin(), r.hoursMax(), patterns,
                parse(ContractType::valueOf, r.contractType(), row, "contractType",
                        "PERMANENT, FIXED_TERM, TEMPORARY or APPRENTICESHIP", errors),
                r.payMin(), r.payMax(),
                parse(PayPeriod::valueOf, r.payPeriod(), row, "payPeriod", "HOUR, WEEK, MONTH or YEAR", errors),
                r.closingDate(), r.positions(), r.adjustments() == null ? Map.of() : new LinkedHashMap<>(r.adjustments()),
                r.demands() == null ? new TreeSet<>() : r.demands().stream().filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    private static <E> E parse(Function<String, E> valueOf, String value, int row, String field, String allowed,
                               Map<String, String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf.apply(value);
        } catch (IllegalArgumentException e) {
            errors.put("row " + row + ": " + field, "Use " + allowed);
            return null;
        }
    }
}
