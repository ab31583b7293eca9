package org.workingwin.portal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.workingwin.portal.base.ui.DateTimes;

/**
 * Writes what a plan edit changed, field by field, in the words the form uses: the kept history of
 * the plan. Line breaks inside a value become " / ", so each kept line is one field.
 */
final class PlanChanges {

    static final String CREATED = "Plan written";

    private PlanChanges() {
    }

    /** Every filled field of a new plan, "Label: value", after a first line saying it was written. */
    static String created(PlanInput plan) {
        List<String> lines = new ArrayList<>(List.of(CREATED));
        describe(plan).forEach((label, value) -> {
            if (!value.isEmpty()) {
                lines.add(label + ": " + value);
            }
        });
        return String.join("\n", lines);
    }

    /** One line per changed field, "Label: before → after"; empty when nothing changed. */
    static String between(PlanInput before, PlanInput after) {
        Map<String, String> old = describe(before);
        List<String> lines = new ArrayList<>();
        describe(after).forEach((label, value) -> {
            String was = old.get(label);
            if (!Objects.equals(was, value)) {
                lines.add(label + ": " + shown(was) + " → " + shown(value));
            }
        });
        return String.join("\n", lines);
    }

    private static Map<String, String> describe(PlanInput plan) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("Goals", text(plan.goals()));
        d.put("Job types", text(plan.jobTypes()));
        d.put("Support from the health team", text(plan.healthSupport()));
        d.put("Health team contact", text(plan.healthContactName()));
        d.put("Contact's role", text(plan.healthContactRole()));
        d.put("Contact's phone", text(plan.healthContactPhone()));
        d.put("Contact's email", text(plan.healthContactEmail()));
        d.put("Agreed next steps", text(plan.nextSteps()));
        d.put("Agreed with the participant on", plan.agreedOn() == null ? "" : DateTimes.date(plan.agreedOn()));
        return d;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
