package org.workingwin.portal.participant;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.validation.ContactChecks;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.employer.Sectors;
import org.workingwin.portal.location.InvalidPostcodeException;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.location.PostcodeLocation;
import org.workingwin.portal.occupation.OccupationDirectory;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.WorkPattern;

/** Checks a participant's profile field by field; unknown codes are named in the message. */
@Singleton
class ParticipantValidator {


    private final Taxonomy taxonomy;
    private final OccupationDirectory occupations;
    private final PostcodeDirectory postcodes;

    ParticipantValidator(Taxonomy taxonomy, OccupationDirectory occupations, PostcodeDirectory postcodes) {
        this.taxonomy = taxonomy;
        this.occupations = occupations;
        this.postcodes = postcodes;
    }

    record Checked(PostcodeLocation home, Map<String, String> errors) {
    }

    Checked check(ParticipantInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "reference", in.reference(), ParticipantLimits.REFERENCE_MAX,
                "the trial reference");
        FieldErrors.requireText(errors, "firstName", in.firstName(), ParticipantLimits.NAME_MAX, "the first name");
        FieldErrors.requireText(errors, "lastName", in.lastName(), ParticipantLimits.NAME_MAX, "the last name");
        FieldErrors.checkLength(errors, "wantedRoles", in.wantedRoles(), ParticipantLimits.WANTED_ROLES_MAX,
                "the wanted roles");
        FieldErrors.checkLength(errors, "skills", in.skills(), ParticipantLimits.SKILLS_MAX, "the skills");
        List<String> codes = list(in.occupationCodes());
        if (codes.size() > ParticipantLimits.OCCUPATIONS_MAX) {
            errors.put("occupationCodes", "Choose at most " + ParticipantLimits.OCCUPATIONS_MAX + " occupations");
        } else {
            unknown(errors, "occupationCodes", codes, c -> occupations.find(c).isPresent(), "occupation code");
        }
        unknown(errors, "sectors", list(in.sectors()), Sectors.ALL::contains, "sector");
        unknown(errors, "patterns", list(in.patterns()), names(WorkPattern.values())::contains, "work pattern");
        unknown(errors, "contractTypes", list(in.contractTypes()), names(ContractType.values())::contains,
                "contract type");
        unknown(errors, "demandsToAvoid", list(in.demandsToAvoid()), c -> taxonomy.demand(c).isPresent(), "demand");
        checkHours(in, errors);
        if (in.minimumPay() != null && (in.minimumPay().signum() < 0
                || in.minimumPay().compareTo(org.workingwin.portal.vacancy.VacancyLimits.PAY_MAX) > 0)) {
            errors.put("minimumPay", "Enter an amount in pounds from 0 to 1,000,000");
        }
        if (in.minimumPay() != null && !names(PayPeriod.values()).contains(in.minimumPayPeriod())) {
            errors.put("minimumPayPeriod", "Say whether the minimum pay is per HOUR, WEEK, MONTH or YEAR");
        }
        List<String> modes = list(in.workModes());
        if (modes.isEmpty()) {
            errors.put("workModes", "Choose at least one way of working: ON_SITE, HYBRID or REMOTE");
        } else {
            unknown(errors, "workModes", modes, names(WorkMode.values())::contains, "work mode");
        }
        if (in.maxTravelKm() == null || !(in.maxTravelKm() >= 0 && in.maxTravelKm() <= ParticipantLimits.TRAVEL_MAX_KM)) {
            errors.put("maxTravelKm", "Enter how far they can travel, from 0 to "
                    + (int) ParticipantLimits.TRAVEL_MAX_KM + " km");
        }
        PostcodeLocation home = null;
        if (in.homePostcode() != null && !in.homePostcode().isBlank()) {
            try {
                home = postcodes.resolve(in.homePostcode());
            } catch (InvalidPostcodeException e) {
                errors.put("homePostcode", e.getMessage());
            }
        } else if (!modes.equals(List.of("REMOTE"))) {
            errors.put("homePostcode", "Enter the home postcode district, or accept remote work only");
        }
        if (in.needs() != null) {
            for (var need : in.needs().entrySet()) {
                if (taxonomy.need(need.getKey()).isEmpty()) {
                    errors.put("needs", "Unknown need: " + need.getKey());
                } else if (!names(NeedLevel.values()).contains(need.getValue())) {
                    errors.put("needs", "Mark the need " + need.getKey() + " as MUST_HAVE or WOULD_HELP");
                }
            }
        }
        checkRecord(in, errors);
        return new Checked(home, errors);
    }

    /** Contact, consent, status and the per-need notes and consent to tell employers. */
    private void checkRecord(ParticipantInput in, Map<String, String> errors) {
        ContactChecks.email(errors, "email", in.email());
        ContactChecks.phone(errors, "phone", in.phone());
        PreferredContact preferred = parse(PreferredContact.class, in.preferredContact());
        if (preferred == null) {
            errors.put("preferredContact", "Choose how they would like to be contacted: EMAIL, PHONE or TEXT");
        } else if (preferred.usesPhone() && blank(in.phone()) && !errors.containsKey("phone")) {
            errors.put("phone", "Enter a phone number, as they prefer " + preferred.label().toLowerCase());
        } else if (!preferred.usesPhone() && blank(in.email()) && !errors.containsKey("email")) {
            errors.put("email", "Enter an email address, as they prefer email");
        }
        if (in.status() != null && parse(ParticipantStatus.class, in.status()) == null) {
            errors.put("status", "Choose a status: LOOKING, IN_WORK or LEFT");
        }
        Set<String> needCodes = in.needs() == null ? Set.of() : in.needs().keySet();
        boolean consent = Boolean.TRUE.equals(in.consentToProcessing());
        if (!consent && (!needCodes.isEmpty() || !notes(in).isEmpty())) {
            errors.put("consentToProcessing",
                    "Record their consent to processing before recording functional needs or notes");
        }
        notes(in).forEach((code, note) -> {
            if (!needCodes.contains(code)) {
                errors.put("needNotes", "A note can only be kept for a need they have: " + code);
            } else if (note.strip().length() > ParticipantLimits.NEED_NOTE_MAX) {
                errors.put("needNotes", "Each note must be " + ParticipantLimits.NEED_NOTE_MAX
                        + " characters or fewer (the note on " + code + " is " + note.strip().length() + ")");
            }
        });
        list(in.disclosedNeeds()).stream().filter(code -> !needCodes.contains(code)).findFirst()
                .ifPresent(code -> errors.put("disclosedNeeds", "Only a need they have can be shared: " + code));
    }

    /** The notes that have text, by need code. */
    static Map<String, String> notes(ParticipantInput in) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (in.needNotes() != null) {
            in.needNotes().forEach((code, note) -> {
                if (!blank(note)) {
                    notes.put(code, note);
                }
            });
        }
        return notes;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (blank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void checkHours(ParticipantInput in, Map<String, String> errors) {
        checkHour(in.hoursMin(), "hoursMin", "fewest", errors);
        checkHour(in.hoursMax(), "hoursMax", "most", errors);
        if (!errors.containsKey("hoursMin") && !errors.containsKey("hoursMax") && in.hoursMin() != null
                && in.hoursMax() != null && in.hoursMin() > in.hoursMax()) {
            errors.put("hoursMin", "The fewest hours cannot be more than the most hours");
        }
    }

    private static void checkHour(Double hours, String field, String which, Map<String, String> errors) {
        if (hours != null && (hours < 0 || hours > ParticipantLimits.HOURS_MAX || hours.isNaN())) {
            errors.put(field, "Enter the " + which + " hours a week, from 0 to " + ParticipantLimits.HOURS_MAX);
        }
    }

    private static void unknown(Map<String, String> errors, String field, List<String> values,
                                Predicate<String> known, String what) {
        values.stream().filter(known.negate()).findFirst()
                .ifPresent(bad -> errors.put(field, "Unknown " + what + ": " + bad));
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
