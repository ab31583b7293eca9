package org.workingwin.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

/** The participant record on a real database: kept history, caseload assignment and its limit, and scope. */
@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class ParticipantServiceIT {

    private static final Instant CREATED = Instant.parse("2026-11-23T14:05:00Z");
    private static final Instant EDITED = Instant.parse("2026-11-24T09:30:00Z");

    @Inject
    ParticipantService participants;
    @Inject
    AccountService accounts;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    /** A clock the test moves, so "when" in the history is an exact value. */
    static final class SettableClock extends Clock {
        private volatile Instant now = CREATED;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @MockBean(Clock.class)
    Clock settableClock() {
        return new SettableClock();
    }

    private static String reference() {
        // MySQL runs share one database between test classes and runs, so references are unique.
        return "WW-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private SignedInUser staff(String name, Role role) {
        return accounts.create(TestData.uniqueEmail(role.name().toLowerCase()), name, TestData.PASSWORD, role, null);
    }

    private static ParticipantInput profile(Map<String, String> needs) {
        return TestData.profile(reference(), "Jamie", "Rivers", "shop assistant", "S1 4AB", needs);
    }

    private static ParticipantInput withHours(ParticipantInput in, double min, double max) {
        return new ParticipantInput(in.reference(), in.firstName(), in.lastName(), in.wantedRoles(),
                in.occupationCodes(), in.skills(), in.sectors(), min, max, in.patterns(), in.minimumPay(),
                in.minimumPayPeriod(), in.contractTypes(), in.homePostcode(), in.maxTravelKm(), in.workModes(),
                in.needs(), in.demandsToAvoid(), in.email(), in.phone(), in.preferredContact(),
                in.consentToProcessing(), in.shareContact(), in.status(), in.enrolledOn(), in.needNotes(),
                in.disclosedNeeds());
    }

    @Test
    void the_history_keeps_who_changed_what_and_when_newest_first() {
        SettableClock time = (SettableClock) clock;
        SignedInUser specialist = staff("Ash Kerr", Role.SPECIALIST);
        time.set(CREATED);
        ParticipantInput first = profile(Map.of("fatigue", "WOULD_HELP"));
        long id = participants.create(specialist, first);
        time.set(EDITED);

        participants.update(specialist, id, participants.version(specialist, id), withHours(first, 16, 30).withRecord("jamie@example.org", null, "EMAIL",
                true, false, "IN_WORK", LocalDate.of(2026, 11, 23), Map.of("fatigue", "Short breaks help"), List.of()));

        List<RevisionView> history = participants.history(specialist, id);
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).isEqualTo(new RevisionView(EDITED, "Ash Kerr", List.of(
                "Status: Looking for work → In work, wanting support to stay",
                "Hours a week: 10 to 30 → 16 to 30",
                "Need: Fatigue or low stamina: would help; not shared → would help; note \"Short breaks help\";"
                        + " not shared")));
        assertThat(history.get(1).at()).isEqualTo(CREATED);
        assertThat(history.get(1).by()).isEqualTo("Ash Kerr");
        assertThat(history.get(1).changes()).containsExactly("Record created",
                "Trial reference: " + first.reference(),
                "Name: Jamie Rivers",
                "Status: Looking for work",
                "Enrolled on: 23 November 2026",
                "Email: jamie@example.org",
                "Preferred contact: Email",
                "Consent to processing: yes",
                "Employers may have their contact details: no",
                "Jobs they want: shop assistant",
                "Occupations: 7111",
                "Hours a week: 10 to 30",
                "Home district: S1",
                "Travel: 10 km",
                "Ways of working: On site",
                "Need: Fatigue or low stamina: would help; not shared");
    }

    @Test
    void saving_the_same_record_again_keeps_no_empty_entry() {
        SignedInUser specialist = staff("Bea Nash", Role.SPECIALIST);
        ParticipantInput input = profile(Map.of());
        long id = participants.create(specialist, input);

        participants.update(specialist, id, participants.version(specialist, id), participants.input(specialist, id));

        assertThat(participants.history(specialist, id)).extracting(r -> r.changes().getFirst())
                .containsExactly("Record created");
    }

    @Test
    void assigning_writes_the_change_of_specialist_to_the_history() {
        SignedInUser admin = staff("Ada Admin", Role.ADMIN);
        SignedInUser cole = staff("Cole Grant", Role.SPECIALIST);
        SignedInUser dee = staff("Dee Marsh", Role.SPECIALIST);
        long id = participants.create(admin, profile(Map.of()));

        participants.assign(admin, id, cole.id());
        participants.assign(admin, id, dee.id());
        participants.assign(admin, id, null);

        assertThat(participants.history(admin, id)).extracting(RevisionView::by, r -> r.changes().getFirst())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ada Admin", "Specialist: Dee Marsh → (none)"),
                        org.assertj.core.groups.Tuple.tuple("Ada Admin", "Specialist: Cole Grant → Dee Marsh"),
                        org.assertj.core.groups.Tuple.tuple("Ada Admin", "Specialist: (none) → Cole Grant"),
                        org.assertj.core.groups.Tuple.tuple("Ada Admin", "Record created"));
    }

    @Test
    void the_twenty_first_active_participant_is_refused_and_those_who_left_do_not_count() {
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser specialist = staff("Eli Moss", Role.SPECIALIST);
        for (int i = 0; i < ParticipantLimits.CASELOAD_LIMIT - 1; i++) {
            participants.assign(admin, participants.create(admin, profile(Map.of())), specialist.id());
        }
        long left = participants.create(admin, profile(Map.of()).withRecord("jamie@example.org", null, "EMAIL", true,
                false, "LEFT", null, Map.of(), List.of()));
        participants.assign(admin, left, specialist.id());
        long twentieth = participants.create(admin, profile(Map.of()));
        participants.assign(admin, twentieth, specialist.id());
        long oneTooMany = participants.create(admin, profile(Map.of()));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> participants.assign(admin, oneTooMany, specialist.id()));

        assertThat(refused.fieldErrors())
                .containsExactly(Map.entry("specialist",
                        "Eli Moss's caseload already has 20 active participants, the limit"));
        assertThat(participants.activeCaseloadSize(specialist.id())).isEqualTo(20);
        assertThat(participants.caseload(specialist)).hasSize(21);
        assertThat(participants.details(admin, oneTooMany).participant().specialistId()).isNull();
        assertThat(participants.history(admin, oneTooMany)).hasSize(1);
        // A specialist with a full caseload cannot add one more themselves either.
        InvalidInputException ownAdd = catchThrowableOfType(InvalidInputException.class,
                () -> participants.create(specialist, profile(Map.of())));
        assertThat(ownAdd.fieldErrors())
                .containsExactly(Map.entry("specialist",
                        "Your caseload already has 20 active participants, the limit"));
    }

    @Test
    void a_specialist_can_neither_read_nor_change_another_specialists_participant() {
        SignedInUser owner = data.user(Role.SPECIALIST);
        SignedInUser other = data.user(Role.SPECIALIST);
        ParticipantInput input = profile(Map.of("fatigue", "MUST_HAVE"));
        long id = participants.create(owner, input);

        for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> participants.details(other, id), () -> participants.input(other, id),
                () -> participants.history(other, id), () -> participants.update(other, id, 0L, input),
                () -> participants.profile(other, id), () -> participants.assign(other, id, other.id()))) {
            assertThatThrownBy(call).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> participants.details(other, id))
                .hasMessage("This participant is not on your caseload");
        assertThat(participants.caseload(other)).isEmpty();
        assertThat(participants.details(owner, id).participant().reference()).isEqualTo(input.reference());
    }

    @Test
    void an_administrator_sees_every_caseload() {
        SignedInUser admin = data.user(Role.ADMIN);
        long first = participants.create(data.user(Role.SPECIALIST), profile(Map.of()));
        long second = participants.create(data.user(Role.SPECIALIST), profile(Map.of("fatigue", "MUST_HAVE")));

        assertThat(participants.caseload(admin)).extracting(Participant::id).contains(first, second);
        assertThat(participants.details(admin, second).needs()).extracting(ParticipantNeed::code)
                .containsExactly("fatigue");
        assertThat(participants.history(admin, first)).hasSize(1);
        long all = participants.countEveryone(admin);
        assertThat(participants.everyone(admin, 0, Math.toIntExact(all))).extracting(Participant::id)
                .contains(first, second);
    }

    @Test
    void needs_without_consent_to_processing_are_refused() {
        ParticipantInput noConsent = profile(Map.of("fatigue", "MUST_HAVE")).withRecord("jamie@example.org", null,
                "EMAIL", false, false, "LOOKING", null, Map.of(), List.of());

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> participants.create(data.user(Role.SPECIALIST), noConsent));

        assertThat(refused.fieldErrors()).containsExactly(Map.entry("consentToProcessing",
                "Record their consent to processing before recording functional needs or notes"));
    }

    @Test
    void a_need_they_do_not_have_cannot_be_shared() {
        ParticipantInput sharesOther = profile(Map.of("fatigue", "MUST_HAVE")).withRecord("jamie@example.org", null,
                "EMAIL", true, false, "LOOKING", null, Map.of(), List.of("stress"));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> participants.create(data.user(Role.SPECIALIST), sharesOther));

        assertThat(refused.fieldErrors())
                .containsExactly(Map.entry("disclosedNeeds", "Only a need they have can be shared: stress"));
    }

    @Test
    void a_travel_distance_that_is_not_a_number_is_refused() {
        ParticipantInput in = profile(Map.of());
        ParticipantInput notANumber = new ParticipantInput(in.reference(), in.firstName(), in.lastName(),
                in.wantedRoles(), in.occupationCodes(), in.skills(), in.sectors(), in.hoursMin(), in.hoursMax(),
                in.patterns(), in.minimumPay(), in.minimumPayPeriod(), in.contractTypes(), in.homePostcode(),
                Double.NaN, in.workModes(), in.needs(), in.demandsToAvoid(), in.email(), in.phone(),
                in.preferredContact(), in.consentToProcessing(), in.shareContact(), in.status(), in.enrolledOn(),
                in.needNotes(), in.disclosedNeeds());

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> participants.create(data.user(Role.SPECIALIST), notANumber));

        assertThat(refused.fieldErrors()).containsOnlyKeys("maxTravelKm");
    }
}
