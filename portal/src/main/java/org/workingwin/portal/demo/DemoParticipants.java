package org.workingwin.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;

/** A demonstration caseload: people with different preferences and functional needs across the region. */
final class DemoParticipants {

    private DemoParticipants() {
    }

    /** Returns the id of the first participant (Amira), whose record the demo participant account uses. */
    static long create(ParticipantService participants, SignedInUser specialist, LocalDate today) {
        List<ParticipantInput> caseload = List.of(
                person("WW-0001", "Amira", "Hussain", "care assistant, support worker", List.of("6135"), "S5 7AU", 10.0,
                        List.of("ON_SITE"), 16.0, 30.0, Map.of("fatigue", "MUST_HAVE", "stress", "WOULD_HELP"),
                        List.of("night_work")),
                person("WW-0002", "Daniel", "Price", "warehouse operative, forklift driver", List.of("9252", "8222"),
                        "S60 2HD", 15.0, List.of("ON_SITE"), 30.0, 40.0, Map.of("lifting_limits", "MUST_HAVE"), List.of()),
                person("WW-0003", "Grace", "Okafor", "administrative assistant, data entry", List.of("4159"), "S70 1AB",
                        20.0, List.of("HYBRID", "REMOTE"), 15.0, 25.0,
                        Map.of("anxiety_people", "MUST_HAVE", "concentration", "WOULD_HELP"), List.of("call_centre_work")),
                person("WW-0004", "Liam", "Walsh", "kitchen assistant, barista", List.of("9263"), "DN1 3AA", 8.0,
                        List.of("ON_SITE"), 10.0, 20.0, Map.of("pain_sitting_standing", "WOULD_HELP"), List.of()),
                person("WW-0005", "Sophie", "Turner", "library assistant, receptionist", List.of("4135", "4216"),
                        "S41 7TD", 12.0, List.of("ON_SITE", "HYBRID"), 12.0, 24.0,
                        Map.of("fluctuating_condition", "MUST_HAVE", "memory_organisation", "WOULD_HELP"), List.of()),
                person("WW-0006", "Mohammed", "Ali", "IT support, helpdesk", List.of("3132"), "S10 2TN", 25.0,
                        List.of("HYBRID", "REMOTE"), 30.0, 37.5, Map.of("repetitive_strain", "WOULD_HELP"), List.of()),
                person("WW-0007", "Chloe", "Evans", "cleaner, gardener", List.of("9229", "5113"), "S80 2AA", 15.0,
                        List.of("ON_SITE"), 10.0, 25.0, Map.of("sleep_medication", "MUST_HAVE"), List.of("early_starts")),
                person("WW-0008", "Peter", "Nowak", "HGV driver, delivery driver", List.of("8211", "8214"), "DN22 6AA",
                        40.0, List.of("ON_SITE"), 35.0, 48.0, Map.of(), List.of()));
        long first = -1;
        for (int i = 0; i < caseload.size(); i++) {
            ParticipantInput p = caseload.get(i);
            // Enrolled over the last two months; contact by email; each agreed to share their first need.
            String email = (p.firstName() + "." + p.lastName()).toLowerCase(java.util.Locale.ROOT) + "@example.org";
            List<String> shared = p.needs().keySet().stream().sorted().limit(1).toList();
            long id = participants.create(specialist, p.withRecord(email, "0114 496 00" + (10 + i), i % 3 == 0 ? "PHONE" : "EMAIL",
                    true, i % 2 == 0, "LOOKING", today.minusDays(7L * (8 - i)), Map.of(), shared));
            first = first < 0 ? id : first;
        }
        return first;
    }

    private static ParticipantInput person(String reference, String first, String last, String roles,
                                           List<String> codes, String home, double travelKm, List<String> modes,
                                           Double hoursMin, Double hoursMax, Map<String, String> needs,
                                           List<String> avoid) {
        return new ParticipantInput(reference, first, last, roles, codes, null, List.of(), hoursMin, hoursMax,
                List.of("DAYS"), new BigDecimal("12.21"), "HOUR", List.of(), home, travelKm, modes, needs, avoid,
                null, null, null, null, null, null, null, null, null);
    }
}
