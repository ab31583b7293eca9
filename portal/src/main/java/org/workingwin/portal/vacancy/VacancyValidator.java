package org.workingwin.portal.vacancy;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.location.InvalidPostcodeException;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.location.PostcodeLocation;
import org.workingwin.portal.occupation.OccupationDirectory;

/** Checks a draft field by field, with messages written for the employer. */
@Singleton
class VacancyValidator {

    private final PostcodeDirectory postcodes;
    private final OccupationDirectory occupations;
    private final Taxonomy taxonomy;

    VacancyValidator(PostcodeDirectory postcodes, OccupationDirectory occupations, Taxonomy taxonomy) {
        this.postcodes = postcodes;
        this.occupations = occupations;
        this.taxonomy = taxonomy;
    }

    /** The result: the resolved location (when the postcode is good) and one message per bad field. */
    record Checked(PostcodeLocation location, Map<String, String> errors) {
    }

    Checked check(VacancyDraft d, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "title", d.title(), VacancyLimits.TITLE_MAX, "a job title");
        FieldErrors.requireText(errors, "description", d.description(), VacancyLimits.DESCRIPTION_MAX,
                "a description of the job");
        FieldErrors.requireText(errors, "occupation", d.occupationTitle(), VacancyLimits.OCCUPATION_MAX,
                "the occupation, or choose one from the list");
        if (d.occupationCode() != null && occupations.find(d.occupationCode()).isEmpty()) {
            errors.put("occupation", "Choose an occupation from the list, or type your own");
        }
        PostcodeLocation location = null;
        try {
            location = postcodes.resolve(d.postcode());
        } catch (InvalidPostcodeException e) {
            errors.put("postcode", e.getMessage());
        }
        if (d.workMode() == null) {
            errors.put("workMode", "Choose where the work is done");
        }
        checkHours(d, errors);
        if (d.patterns() == null || d.patterns().isEmpty()) {
            errors.put("patterns", "Choose at least one: days, evenings, nights or weekends");
        }
        if (d.contractType() == null) {
            errors.put("contractType", "Choose the type of contract");
        }
        checkPay(d, errors);
        if (d.closingDate() == null) {
            errors.put("closingDate", "Enter the closing date");
        } else if (d.closingDate().isBefore(today)) {
            errors.put("closingDate", "The closing date must be today or later");
        }
        if (d.positions() == null || d.positions() < 1 || d.positions() > VacancyLimits.POSITIONS_MAX) {
            errors.put("positions", "Enter how many people you want to hire, from 1 to " + VacancyLimits.POSITIONS_MAX);
        }
        checkCodes(d, errors);
        return new Checked(location, errors);
    }

    private static void checkHours(VacancyDraft d, Map<String, String> errors) {
        if (d.hoursMin() == null || !(d.hoursMin() > 0 && d.hoursMin() <= VacancyLimits.HOURS_MAX)) { // NaN too
            errors.put("hoursMin", "Enter the fewest hours a week, from 1 to " + VacancyLimits.HOURS_MAX);
        }
        if (d.hoursMax() == null || !(d.hoursMax() > 0 && d.hoursMax() <= VacancyLimits.HOURS_MAX)) {
            errors.put("hoursMax", "Enter the most hours a week, from 1 to " + VacancyLimits.HOURS_MAX);
        }
        if (!errors.containsKey("hoursMin") && !errors.containsKey("hoursMax") && d.hoursMin() > d.hoursMax()) {
            errors.put("hoursMin", "The fewest hours cannot be more than the most hours");
        }
    }

    private static void checkPay(VacancyDraft d, Map<String, String> errors) {
        checkPayValue(d.payMin(), "payMin", errors);
        checkPayValue(d.payMax(), "payMax", errors);
        if (!errors.containsKey("payMin") && !errors.containsKey("payMax") && d.payMin() != null
                && d.payMax() != null && d.payMin().compareTo(d.payMax()) > 0) {
            errors.put("payMin", "The lowest pay cannot be more than the highest pay");
        }
        if ((d.payMin() != null || d.payMax() != null) && d.payPeriod() == null) {
            errors.put("payPeriod", "Choose whether the pay is per hour, week, month or year");
        }
    }

    private static void checkPayValue(BigDecimal pay, String field, Map<String, String> errors) {
        if (pay != null && (pay.signum() < 0 || pay.compareTo(VacancyLimits.PAY_MAX) > 0)) {
            errors.put(field, "Enter an amount in pounds from 0 to 1,000,000");
        }
    }

    private void checkCodes(VacancyDraft d, Map<String, String> errors) {
        for (var entry : d.adjustments().entrySet()) {
            if (taxonomy.adjustment(entry.getKey()).isEmpty()) {
                errors.put("adjustments", "Unknown adjustment: " + entry.getKey());
            } else if (entry.getValue() != null && entry.getValue().strip().length() > VacancyLimits.NOTE_MAX) {
                errors.put("adjustment." + entry.getKey(), "Keep the note to " + VacancyLimits.NOTE_MAX
                        + " characters or fewer (it is " + entry.getValue().strip().length() + ")");
            }
        }
        for (String demand : d.demands()) {
            if (taxonomy.demand(demand).isEmpty()) {
                errors.put("demands", "Unknown demand: " + demand);
            }
        }
    }
}
