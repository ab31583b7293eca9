package org.workingwin.portal.participant;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.text.Numbers;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.WorkModes;
import org.workingwin.portal.vacancy.WorkPattern;

/**
 * Writes what an edit changed, field by field, in the words the form uses: the kept history of a
 * participant's record. Values are shown as stored (after validation), so "before" and "after" compare
 * like with like.
 */
@Singleton
class ParticipantChanges {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Taxonomy taxonomy;

    ParticipantChanges(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** One line per changed field, "Label: before → after"; empty when nothing changed. */
    String between(ParticipantInput before, ParticipantInput after) {
        Map<String, String> old = describe(before);
        Map<String, String> now = describe(after);
        List<String> lines = new ArrayList<>();
        now.forEach((label, value) -> {
            String was = old.getOrDefault(label, "");
            if (!Objects.equals(was, value)) {
                lines.add(label + ": " + shown(was) + " → " + shown(value));
            }
        });
        old.keySet().stream().filter(label -> !now.containsKey(label))
                .forEach(label -> lines.add(label + ": " + shown(old.get(label)) + " → (none)"));
        return String.join("\n", lines);
    }

    /** Every field of a new record, "Label: value", for the first entry of its history. */
    String created(ParticipantInput record) {
        List<String> lines = new ArrayList<>();
        describe(record).forEach((label, value) -> {
            if (!value.isEmpty()) {
                lines.add(label + ": " + value);
            }
        });
        return "Record created\n" + String.join("\n", lines);
    }

    private Map<String, String> describe(ParticipantInput in) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("Trial reference", text(in.reference()));
        d.put("Name", text(in.firstName()) + " " + text(in.lastName()));
        d.put("Status", label(ParticipantStatus.class, in.status()));
        d.put("Enrolled on", in.enrolledOn() == null ? "" : DAY.format(in.enrolledOn()));
        d.put("Email", text(in.email()));
        d.put("Phone", text(in.phone()));
        d.put("Preferred contact", label(PreferredContact.class, in.preferredContact()));
        d.put("Consent to processing", yesNo(in.consentToProcessing()));
        d.put("Employers may have their contact details", yesNo(in.shareContact()));
        d.put("Jobs they want", text(in.wantedRoles()));
        d.put("Occupations", join(in.occupationCodes()));
        d.put("Skills", text(in.skills()));
        d.put("Sectors", join(in.sectors()));
        d.put("Hours a week", range(in.hoursMin(), in.hoursMax()));
        d.put("When they can work", labels(in.patterns(), WorkPattern.class, WorkPattern::label));
        d.put("Lowest pay", in.minimumPay() == null ? "" : "£" + in.minimumPay().toPlainString() + " per "
                + text(in.minimumPayPeriod()).toLowerCase());
        d.put("Contracts", labels(in.contractTypes(), ContractType.class, ContractType::label));
        d.put("Home district", text(in.homePostcode()).toUpperCase());
        d.put("Travel", in.maxTravelKm() == null ? "" : Numbers.plain(in.maxTravelKm()) + " km");
        d.put("Ways of working", labels(in.workModes(), WorkMode.class, WorkModes::label));
        d.put("Demands to avoid", String.join(", ", ParticipantValidator.list(in.demandsToAvoid()).stream()
                .map(c -> taxonomy.demand(c).map(Demand::label).orElse(c)).toList()));
        List<String> shared = ParticipantValidator.list(in.disclosedNeeds());
        Map<String, String> notes = ParticipantValidator.notes(in);
        if (in.needs() != null) {
            in.needs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(need -> {
                String name = "Need: " + taxonomy.need(need.getKey()).map(Need::label).orElse(need.getKey());
                String level = "MUST_HAVE".equals(need.getValue()) ? "must have" : "would help";
                String note = notes.containsKey(need.getKey()) ? "; note \"" + notes.get(need.getKey()).strip() + "\""
                        : "";
                d.put(name, level + note + (shared.contains(need.getKey()) ? "; may be shared" : "; not shared"));
            });
        }
        return d;
    }

    private static <E extends Enum<E>> String label(Class<E> type, String name) {
        E value = ParticipantValidator.parse(type, name);
        if (value instanceof PreferredContact c) {
            return c.label();
        }
        return value instanceof ParticipantStatus s ? s.label() : "";
    }

    private static String range(Double min, Double max) {
        if (min == null && max == null) {
            return "";
        }
        return (min == null ? "any" : Numbers.plain(min)) + " to " + (max == null ? "any" : Numbers.plain(max));
    }


    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "yes" : "no";
    }

    /** The choices in the form's words, sorted by code so the same choices read alike; unknown codes stay. */
    private static <E extends Enum<E>> String labels(List<String> codes, Class<E> type, Function<E, String> label) {
        return String.join(", ", ParticipantValidator.list(codes).stream().sorted().map(code -> {
            E value = ParticipantValidator.parse(type, code);
            return value == null ? code : label.apply(value);
        }).toList());
    }

    private static String join(List<String> values) {
        return String.join(", ", ParticipantValidator.list(values).stream().sorted().toList());
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
