package org.workingwin.portal.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.ParticipantStatus;
import org.workingwin.portal.participant.PreferredContact;
import org.workingwin.portal.randomisation.Allocation;
import org.workingwin.portal.randomisation.Arm;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class ReferralServiceIT {

    @Inject
    ReferralService referrals;
    @Inject
    ReferralTestData referralData;
    @Inject
    ParticipantService participants;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    @Test
    void ineligible_answers_get_kind_reasons_and_nothing_is_stored() {
        SignedInUser admin = data.user(Role.ADMIN);
        long before = referrals.count(admin, EnumSet.allOf(ReferralStatus.class));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> referrals.selfReferral(
                new EligibilityAnswers(false, "LS1", WorkSituation.IN_WORK_MANAGING, false),
                ReferralTestData.person("Alex")));
        assertThat(e.fieldErrors().get("eligibility")).isEqualTo("Working Win is for adults aged 18 or over. "
                + "The National Careers Service helps younger people with work and training. Working Win is for "
                + "people with a GP in Barnsley, Doncaster, Rotherham, Sheffield, Bassetlaw, Bolsover, Chesterfield, "
                + "Derbyshire Dales or North East Derbyshire. LS1 is in Leeds. Your Jobcentre Plus work coach can "
                + "tell you about support where you live. Working Win helps people whose health makes it hard to "
                + "find work or to stay in work. If work becomes harder because of your health, you are welcome to "
                + "come back. Working Win is for people whose physical or mental health makes it harder to find or "
                + "keep work. The local support directory lists other help with jobs and skills.");
        assertThat(referrals.count(admin, EnumSet.allOf(ReferralStatus.class))).isEqualTo(before);
    }

    @Test
    void unanswered_questions_and_missing_contact_are_named_field_by_field() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> referrals.selfReferral(
                new EligibilityAnswers(null, " ", null, null),
                new ContactDetails("", "Smith", "not-an-email", null, PreferredContact.PHONE, null, null)));
        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("aged18OrOver", "Say whether you are 18 or over"),
                Map.entry("postcode", "Enter the postcode of your GP practice, like S1 2HE or S1"),
                Map.entry("workSituation", "Choose the sentence that fits you best"),
                Map.entry("healthAffectsWork", "Say whether your health makes work harder"),
                Map.entry("firstName", "Enter the first name"),
                Map.entry("email", "Enter an email address like name@example.org"),
                Map.entry("phone", "Enter a phone number, as a phone call is preferred"));
    }

    @Test
    void a_self_referral_is_queued_with_its_stratum_and_goes_through_consent_reveal_and_enrolment() {
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        long id = referrals.selfReferral(ReferralTestData.eligible("S8 0AA", true), ReferralTestData.person("Kim"));
        Referral queued = referrals.details(admin, id);
        assertThat(queued.status()).isEqualTo(ReferralStatus.NEW);
        assertThat(queued.stratum()).isEqualTo("E08000039:IN_WORK");
        assertThat(queued.postcodeDistrict()).isEqualTo("S8");
        assertThat(referrals.queue(admin, EnumSet.of(ReferralStatus.NEW), 0, 1000)).extracting(Referral::id)
                .contains(id);

        InvalidInputException early = catchThrowableOfType(InvalidInputException.class,
                () -> referrals.reveal(admin, id));
        assertThat(early.fieldErrors()).containsExactly(Map.entry("status",
                "Record eligibility and consent before revealing the allocation"));
        InvalidInputException unconfirmed = catchThrowableOfType(InvalidInputException.class,
                () -> referrals.recordConsent(admin, id, false, "Version 9", LocalDate.now(clock).plusDays(1)));
        assertThat(unconfirmed.fieldErrors()).containsExactly(
                Map.entry("eligibilityConfirmed", "Confirm eligibility at the appointment, or close the referral"),
                Map.entry("sheetVersion", "Choose the information sheet they read"),
                Map.entry("consentDate", "The date of consent cannot be in the future"));

        LocalDate consentDay = LocalDate.now(clock).minusDays(1);
        referrals.recordConsent(admin, id, true, InformationSheet.VERSIONS.getFirst(), consentDay);
        Referral consented = referrals.details(admin, id);
        assertThat(consented.consentRecordedBy()).isEqualTo(admin.id());
        assertThat(consented.consentSheetVersion()).isEqualTo("Version 3.1, 1 September 2026");

        Allocation allocation = referrals.reveal(admin, id);
        Referral allocated = referrals.details(admin, id);
        assertThat(allocated.status()).isEqualTo(allocation.arm() == Arm.NEW_SERVICE ? ReferralStatus.NEW_SERVICE
                : ReferralStatus.CONTROL);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> referrals.close(admin, id, "Moved away"))
                .fieldErrors()).containsEntry("status", "An allocated referral stays in the trial and cannot be closed");
        assertThat(referrals.reveal(admin, id)).usingRecursiveComparison().ignoringFields("revealedAt")
                .isEqualTo(allocation);
    }

    @Test
    void a_new_service_participant_joins_a_caseload_with_a_record_started_from_the_referral() {
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        long id = allocatedTo(Arm.NEW_SERVICE, admin, "S8 0AA", true);
        long participantId = referrals.enrol(admin, id, specialist.id());
        Participant participant = participants.details(specialist, participantId).participant();
        Referral referral = referrals.details(admin, id);
        assertThat(participant.firstName()).isEqualTo("Sam");
        assertThat(participant.specialistId()).isEqualTo(specialist.id());
        assertThat(participant.status()).isEqualTo(ParticipantStatus.IN_WORK);
        assertThat(participant.consentToProcessing()).isTrue();
        assertThat(participant.enrolledOn()).isEqualTo(referral.consentDate());
        assertThat(participant.homeDistrict()).isEqualTo("S8");
        assertThat(participant.reference()).isEqualTo(String.format("WW-%06d", id));
        assertThat(referral.status()).isEqualTo(ReferralStatus.ENROLLED);
        assertThat(referral.participantId()).isEqualTo(participantId);
    }

    @Test
    void a_control_participant_is_never_put_on_a_caseload() {
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        long id = allocatedTo(Arm.CONTROL, admin, "S8 0AA", false);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> referrals.enrol(admin, id,
                specialist.id())).fieldErrors()).containsExactly(Map.entry("status", "Only someone allocated to the "
                + "new service who has no specialist yet can join a caseload"));
        assertThat(referrals.details(admin, id).participantId()).isNull();
        assertThat(participants.caseload(specialist)).isEmpty();
    }

    /**
     * A consented referral revealed to this arm. Blocks hold at most three of an arm, so seven reveals in a
     * row in one stratum always include both arms.
     */
    private long allocatedTo(Arm arm, SignedInUser admin, String postcode, boolean inWork) {
        for (int i = 0; i < 7; i++) {
            long id = referralData.consented(admin, postcode, inWork);
            if (referrals.reveal(admin, id).arm() == arm) {
                return id;
            }
        }
        throw new AssertionError("Seven reveals in a row without " + arm);
    }

    @Test
    void control_and_new_service_both_occur_and_control_people_never_get_a_participant_record() {
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        int control = 0;
        int newService = 0;
        for (int i = 0; i < 12; i++) {
            long id = referralData.consented(admin, "S26", false);
            if (referrals.reveal(admin, id).arm() == Arm.CONTROL) {
                control++;
                assertThat(referrals.details(admin, id).participantId()).isNull();
            } else {
                newService++;
            }
        }
        assertThat(control + newService).isEqualTo(12);
        assertThat(control).isBetween(3, 9);
        assertThat(participants.caseload(specialist)).isEmpty();
    }

    @Test
    void a_health_professional_referral_needs_the_persons_agreement_and_a_way_to_reply() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> referrals.healthReferral(
                ReferralTestData.eligible("S10", false), ReferralTestData.person("Lee"),
                new Referrer("Dr Ada Jones", "GP", "Example Surgery", null, null), false));
        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("referrerEmail", "Enter an email address or a phone number so that we can reply"),
                Map.entry("personAgreed", "Refer someone only once they have agreed to it"));
        long id = referrals.healthReferral(ReferralTestData.eligible("S10", false), ReferralTestData.person("Lee"),
                new Referrer("Dr Ada Jones", "GP", "Example Surgery", "ada.jones@example.org", null), true);
        Referral saved = referrals.details(data.user(Role.ADMIN), id);
        assertThat(saved.source()).isEqualTo(ReferralSource.HEALTH_PROFESSIONAL);
        assertThat(saved.referrerEmail()).isEqualTo("ada.jones@example.org");
    }

    @Test
    void an_employer_asks_for_in_work_support_with_the_employees_agreement() {
        Referrer manager = new Referrer("Pat Manager", "Store manager", "Example Stores", "pat@example.org", null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> referrals.inWorkRequest(
                new InWorkRequest(true, new EligibilityAnswers(true, "S60", null, true),
                        ReferralTestData.person("Jo"), "Example Stores", manager, false, false)));
        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("employeeAgreed", "Ask the employee first: we contact them only if they agree"),
                Map.entry("employerAgreesToContact", "Tick this so that we can contact you about the request"));
        long id = referrals.inWorkRequest(new InWorkRequest(true, new EligibilityAnswers(true, "S60", null, true),
                ReferralTestData.person("Jo"), "Example Stores", manager, true, true));
        Referral saved = referrals.details(data.user(Role.ADMIN), id);
        assertThat(saved.source()).isEqualTo(ReferralSource.IN_WORK_EMPLOYER);
        assertThat(saved.employmentStatus()).isEqualTo(EmploymentStatus.IN_WORK);
        assertThat(saved.employerName()).isEqualTo("Example Stores");
        assertThat(saved.employerContact()).isEqualTo("Pat Manager, Store manager, pat@example.org");
        assertThat(saved.employerAgreesToContact()).isTrue();
        assertThat(saved.localAuthority()).isEqualTo("Rotherham");
    }

    @Test
    void only_administrators_reach_the_queue_and_the_records() {
        long id = referrals.selfReferral(ReferralTestData.eligible("S1", false), ReferralTestData.person("Ash"));
        SignedInUser specialist = data.user(Role.SPECIALIST);
        assertThatThrownBy(() -> referrals.details(specialist, id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> referrals.queue(specialist, EnumSet.allOf(ReferralStatus.class), 0, 10))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> referrals.reveal(specialist, id)).isInstanceOf(NotAllowedException.class);
    }
}
