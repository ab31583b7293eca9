package org.workingwin.portal.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.TestData;
import org.workingwin.portal.alert.SavedSearchService;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ListingRegistration;
import org.workingwin.portal.directory.SupportDirectoryService;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerRegistration;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.PreferredContact;
import org.workingwin.portal.participantportal.PortalFixture;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.plan.PlanInput;
import org.workingwin.portal.plan.ReviewInput;
import org.workingwin.portal.referral.ContactDetails;
import org.workingwin.portal.referral.EligibilityAnswers;
import org.workingwin.portal.referral.InWorkRequest;
import org.workingwin.portal.referral.ReferralService;
import org.workingwin.portal.referral.Referrer;
import org.workingwin.portal.referral.WorkSituation;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.portal.search.PublicBrowse;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.WorkPattern;

/**
 * The services behind the portal's forms, called with hostile values in every text field (as a form
 * would pass them, and null where a form could) from a fixed seed. Expected: each call is saved or
 * refused with field errors (every key a field, every message non-empty) or not-allowed; no other
 * exception; and a refusal changes no row. Tries and outcomes per service are printed and kept in
 * src/site/security.md.
 */
@MicronautTest(transactional = false)
@Tag("database")
class FormServicesFuzzIT {

    static final int TRIES = Integer.getInteger("fuzz.tries", 150);

    @Inject
    TestData data;
    @Inject
    PortalFixture portal;
    @Inject
    VacancyService vacancies;
    @Inject
    EmployerService employers;
    @Inject
    ParticipantService participants;
    @Inject
    ReferralService referrals;
    @Inject
    SupportDirectoryService directory;
    @Inject
    SavedSearchService savedSearches;
    @Inject
    EmployerContactService contacts;
    @Inject
    EmploymentPlanService plans;
    @Inject
    TransactionOperations<java.sql.Connection> dataSource;
    @Inject
    Clock clock;

    private final List<String> defects = new ArrayList<>();
    private final Map<String, Map<String, Integer>> tally = new TreeMap<>();

    @FunctionalInterface
    interface Call {
        void run();
    }

    private void attempt(String target, String input, Call call) {
        Map<String, String> before = TableSnapshot.of(dataSource);
        String outcome;
        try {
            call.run();
            outcome = "saved";
        } catch (InvalidInputException e) {
            outcome = "refused";
            if (e.fieldErrors().isEmpty()) {
                defects.add(target + ": refused without field errors for " + input);
            }
            e.fieldErrors().forEach((field, message) -> {
                if (field == null || field.isBlank() || message == null || message.isBlank()) {
                    defects.add(target + ": field error without a name or message (" + field + ": " + message
                            + ") for " + input);
                }
            });
        } catch (NotAllowedException | ChangedBySomeoneElseException e) {
            outcome = "not allowed";
        } catch (RuntimeException e) {
            outcome = "DEFECT";
            String message = String.valueOf(e.getMessage());
            defects.add(target + ": " + e.getClass().getSimpleName() + " "
                    + message.substring(0, Math.min(200, message.length())) + " for " + input);
        }
        tally.computeIfAbsent(target, t -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        if (!outcome.equals("saved")) {
            Map<String, String> changed = TableSnapshot.changes(before, TableSnapshot.of(dataSource));
            if (!changed.isEmpty()) {
                defects.add(target + ": a refused change moved data " + changed + " for " + input);
            }
        }
    }

    /** Hostile text, or (sometimes) a plausible value, or null where {@code nullable}. */
    private static String t(Hostile h, String plausible, boolean nullable) {
        int roll = h.below(100);
        if (roll < 10 && nullable) {
            return null;
        }
        return roll < 35 ? plausible : h.text();
    }

    private static <E extends Enum<E>> E e(Hostile h, E[] values) {
        return h.chance(10) ? null : values[h.below(values.length)];
    }

    private static Double d(Hostile h, double plausible) {
        return h.chance(20) ? null : h.chance(50) ? plausible
                : h.pick(List.of(-1.0, 0.0, 1e9, -1e308, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 0.5));
    }

    private static String show(Object... values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            String s = String.valueOf(v);
            b.append(b.isEmpty() ? "" : " | ").append(s, 0, Math.min(s.length(), 40));
        }
        return b.toString();
    }

    @Test
    void hostile_values_in_every_form_are_saved_or_refused_field_by_field_and_a_refusal_changes_nothing() {
        Hostile h = new Hostile(Hostile.SEED + 1);
        LocalDate today = LocalDate.now(clock);
        SignedInUser employer = data.employer("Form Fuzz Ltd");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        PortalFixture.Setup setup = portal.shortlisted("Fuzz");
        long participant = setup.participantId();
        long vacancy = vacancies.save(employer, null, TestData.validDraft("Fuzz florist", today));

        for (int i = 0; i < TRIES; i++) {
            Map<String, String> adjustments = new LinkedHashMap<>();
            adjustments.put(t(h, "flexible_start", false), t(h, "Start by 10", true));
            VacancyDraft draft = new VacancyDraft(t(h, "Florist", true), t(h, "Arrange flowers.", true),
                    t(h, "7111", true), t(h, "Sales and retail assistants", true), t(h, "S1 2HE", true),
                    e(h, WorkMode.values()), d(h, 16), d(h, 24), Set.of(WorkPattern.values()[h.below(4)]),
                    e(h, ContractType.values()), h.chance(50) ? new BigDecimal("12.5")
                    : h.pick(List.of(new BigDecimal("-1"), new BigDecimal("1e12"), new BigDecimal("0.001"))), null,
                    e(h, PayPeriod.values()), h.chance(80) ? today.plusDays(h.below(400) - 30) : null,
                    h.chance(80) ? 1 : h.pick(List.of(-1, 0, 100_000, Integer.MAX_VALUE)), adjustments,
                    Set.of(t(h, "heavy_lifting", false)));
            String draftShown = show(draft.title(), draft.description(), draft.postcode(), draft.occupationTitle(),
                    adjustments);
            attempt("vacancy save (employer/vacancies/edit)", draftShown,
                    () -> vacancies.save(employer, null, draft));
            attempt("vacancy submit (employer/vacancies/edit)", draftShown, () -> vacancies.submit(employer,
                    vacancy, vacancies.details(employer, vacancy).vacancy().version(), draft));

            EmployerRegistration registration = new EmployerRegistration(t(h, "Fuzz Cafe", false),
                    t(h, "Retail", false), e(h, SizeBand.values()), t(h, "S1 2HE", false),
                    e(h, DisabilityConfidentLevel.values()), t(h, "Ann Lee", false),
                    h.chance(40) ? TestData.uniqueEmail("reg") : t(h, "a@b.co", false), t(h, "0114 496 0000", true),
                    h.chance(50) ? "a long enough password 1" : t(h, "pw", false));
            attempt("employer registration (register)", show(registration.organisationName(),
                    registration.contactEmail(), registration.postcode()), () -> employers.register(registration));

            ParticipantInput input = new ParticipantInput(h.chance(50) ? "WW-" + UUID.randomUUID().toString()
                    .substring(0, 8) : t(h, "WW-1", true), t(h, "Robin", true), t(h, "Hart", true), t(h, "cook", true),
                    h.chance(50) ? List.of("7111") : List.of(t(h, "7111", false)), t(h, "tills", true),
                    List.of(), d(h, 10), d(h, 30), List.of(t(h, "DAYS", false)), null, t(h, "HOUR", true),
                    List.of(), t(h, "S1 4AB", true), d(h, 10), List.of(t(h, "ON_SITE", false)),
                    Map.of(t(h, "fatigue", false), t(h, "MUST_HAVE", false)), List.of(), t(h, "r@example.org", true),
                    t(h, "0114 496 0000", true), t(h, "EMAIL", true), h.chance(80), false, t(h, "LOOKING", true), null,
                    Map.of(t(h, "fatigue", false), t(h, "Mornings", false)), List.of(t(h, "fatigue", false)));
            String inputShown = show(input.reference(), input.firstName(), input.wantedRoles(), input.needs(),
                    input.needNotes());
            attempt("participant record create (specialist/participants/edit)", inputShown,
                    () -> participants.create(specialist, input));
            attempt("participant record save (specialist/participants/edit)", inputShown,
                    () -> participants.update(setup.specialist(), participant,
                            participants.version(setup.specialist(), participant), input));

            EligibilityAnswers answers = new EligibilityAnswers(h.chance(90) ? Boolean.TRUE : null,
                    t(h, "S1 2HE", true), e(h, WorkSituation.values()), h.chance(90) ? Boolean.TRUE : null);
            ContactDetails person = new ContactDetails(t(h, "Sam", true), t(h, "Lee", true),
                    t(h, "sam@example.org", true), t(h, "0114 496 0000", true), e(h, PreferredContact.values()),
                    t(h, "Mornings", true), t(h, "Hello", true));
            Referrer referrer = new Referrer(t(h, "Dr Who", true), t(h, "GP", true), t(h, "Practice", true),
                    t(h, "gp@example.nhs.uk", true), t(h, "0114 496 0001", true));
            String personShown = show(person.firstName(), person.email(), person.message(), answers.postcode());
            attempt("self-referral (take-part)", personShown, () -> referrals.selfReferral(answers, person));
            attempt("health referral (refer)", personShown + " | " + show(referrer.name(), referrer.role()),
                    () -> referrals.healthReferral(answers, person, referrer, h.chance(90)));
            InWorkRequest inWork = new InWorkRequest(h.chance(50), answers, person, t(h, "Fuzz Ltd", true), referrer,
                    h.chance(70), h.chance(80));
            attempt("in-work support request (in-work-support)", personShown + " | " + inWork.employerName(),
                    () -> referrals.inWorkRequest(inWork));

            ListingRegistration listing = new ListingRegistration(t(h, "Fuzz Support", true), t(h, "We help.", true),
                    Set.of(HelpKind.values()[h.below(HelpKind.values().length)]),
                    Set.of(Audience.values()[h.below(Audience.values().length)]), Set.of(t(h, "E08000019", false)),
                    t(h, "https://example.org", true), t(h, "help@example.org", true), t(h, "0114 496 0002", true),
                    t(h, "1 Road", true), t(h, "S1 2HE", true), t(h, "Pat", true), t(h, "pat@example.org", true));
            attempt("support directory registration (support/register)", show(listing.name(), listing.website(),
                    listing.areaCodes()), () -> directory.register(listing));

            String searchName = t(h, "My search", true);
            PublicBrowse browse = new PublicBrowse(t(h, "cook", true), t(h, "S1 2HE", true), d(h, 10), d(h, 10),
                    d(h, 30), Set.of(), Set.of(t(h, "PERMANENT", false)), Set.of(t(h, "E08000019", false)),
                    Set.of(t(h, "flexible_start", false)), e(h, BrowseSort.values()), h.below(3) - 1,
                    h.pick(List.of(20, 0, -1, 1000)));
            attempt("saved search (me/saved-searches)", show(searchName, browse.keywords(), browse.postcode()),
                    () -> savedSearches.save(setup.participant(), searchName, browse));

            String employerName = t(h, "Fuzz Cafe", true);
            String note = t(h, "Met the manager", true);
            attempt("employer contact (specialist/employer-contacts)", show(employerName, note),
                    () -> contacts.record(setup.specialist(), employerName, h.chance(80) ? today.minusDays(1)
                            : h.pick(List.of(today.plusYears(5), LocalDate.of(1900, 1, 1))),
                            e(h, ContactKind.values()), note, h.chance(50) ? participant : null));

            PlanInput plan = new PlanInput(t(h, "Work in a kitchen", true), t(h, "Cook", true), t(h, "GP", true),
                    t(h, "Dr A", true), t(h, "GP", true), t(h, "0114 496 0003", true), t(h, "gp@example.org", true),
                    t(h, "Call the cafe", true), h.chance(80) ? today : null);
            attempt("employment plan edit (specialist/participants/plan)", show(plan.goals(), plan.nextSteps()),
                    () -> plans.save(setup.specialist(), participant, plan));
            ReviewInput review = new ReviewInput(h.chance(80) ? today : null, t(h, "Went well", true),
                    t(h, "Apply", true), h.chance(80) ? today.plusDays(h.below(200)) : null);
            attempt("plan review (specialist/participants/plan)", show(review.notes(), review.nextSteps()),
                    () -> plans.recordReview(setup.specialist(), participant, review));
        }

        System.out.println("Form services fuzz, seed " + (Hostile.SEED + 1) + ", " + TRIES + " tries per service:");
        tally.forEach((target, counts) -> System.out.println("  " + target + ": " + counts));
        System.out.println("Form services fuzz defects: " + defects.size());
        defects.stream().limit(40).forEach(d -> System.out.println("  DEFECT " + d));
        assertThat(defects).isEmpty();
    }
}
