package org.workingwin.portal.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.participant.PreferredContact;
import org.workingwin.portal.randomisation.Arm;
import org.workingwin.portal.referral.Referral;
import org.workingwin.portal.referral.ReferralService;
import org.workingwin.portal.referral.ReferralStatus;
import org.workingwin.portal.referral.ReferralTestData;
import org.workingwin.portal.referral.WorkSituation;

class FrontDoorViewsTest extends ViewTest {

    @Test
    void an_unanswered_question_is_named_at_its_field_and_an_eligible_request_is_queued() {
        SignedInUser admin = bean(TestData.class).user(Role.ADMIN);
        ReferralService referrals = bean(ReferralService.class);
        long before = referrals.count(admin, EnumSet.allOf(ReferralStatus.class));
        TakePartView view = navigate(TakePartView.class);
        test(view.questions.postcode).setValue("DN22");
        test(view.check).click();
        assertThat(view.questions.aged18OrOver.getErrorMessage()).isEqualTo("Say whether you are 18 or over");
        assertThat(view.questions.postcode.getValue()).isEqualTo("DN22");
        assertThat(view.appointment.isVisible()).isFalse();

        view.questions.aged18OrOver.setValue(true);
        view.questions.workSituation.setValue(WorkSituation.OUT_OF_WORK);
        view.questions.healthAffectsWork.setValue(true);
        test(view.check).click();
        assertThat(view.appointment.isVisible()).isTrue();
        test(view.contact.firstName).setValue("Rowan");
        test(view.contact.lastName).setValue("Viewtest");
        test(view.contact.phone).setValue("01777 496 0123");
        view.contact.preferredContact.setValue(PreferredContact.TEXT);
        test(view.request).click();

        assertThat(referrals.count(admin, EnumSet.allOf(ReferralStatus.class))).isEqualTo(before + 1);
        Referral saved = referrals.queue(admin, EnumSet.of(ReferralStatus.NEW), 0, 1000).getLast();
        assertThat(saved.name()).isEqualTo("Rowan Viewtest");
        assertThat(saved.localAuthority()).isEqualTo("Bassetlaw");
    }

    @Test
    void an_employer_asking_without_the_employees_agreement_is_told_why_and_keeps_what_they_typed() {
        InWorkSupportView view = navigate(InWorkSupportView.class);
        view.who.setValue(InWorkSupportView.EMPLOYER);
        assertThat(view.employeeAgreed.isVisible()).isTrue();
        assertThat(view.questions.postcode.getLabel()).isEqualTo("Postcode of their GP practice");
        assertThat(view.questions.aged18OrOver.getLabel()).isEqualTo("Are they 18 or over?");
        view.questions.aged18OrOver.setValue(true);
        test(view.questions.postcode).setValue("S70");
        view.questions.healthAffectsWork.setValue(true);
        test(view.employee.firstName).setValue("Casey");
        test(view.employee.lastName).setValue("Worker");
        test(view.employee.email).setValue("casey@example.org");
        view.employee.preferredContact.setValue(PreferredContact.EMAIL);
        test(view.employerName).setValue("Example Warehouse");
        test(view.contactName).setValue("Dee Manager");
        test(view.contactEmail).setValue("dee@example.org");
        view.employerAgrees.setValue(true);
        test(view.send).click();
        assertThat(view.notice.getText()).isEqualTo("Ask the employee first: we contact them only if they agree");
        assertThat(view.employerName.getValue()).isEqualTo("Example Warehouse");
        assertThat(view.employee.firstName.getValue()).isEqualTo("Casey");
    }

    @Test
    void an_administrator_gives_a_new_service_participant_a_specialist() {
        TestData data = bean(TestData.class);
        SignedInUser admin = data.user(Role.ADMIN);
        ReferralService referrals = bean(ReferralService.class);
        ReferralTestData referralData = bean(ReferralTestData.class);
        long id = -1;
        for (int i = 0; i < 7 && id < 0; i++) {
            long candidate = referralData.consented(admin, "S41", false);
            if (referrals.reveal(admin, candidate).arm() == Arm.NEW_SERVICE) {
                id = candidate;
            }
        }
        assertThat(id).isPositive();
        SignedInUser specialist = data.user(Role.SPECIALIST);
        signInAs(admin);
        ReferralView view = navigate(ReferralView.class, id);
        assertThat(view.status.getText()).isEqualTo("New service: give them a specialist");
        assertThat(view.allocation.getElement().getTextRecursively()).contains("New service: an employment specialist");
        com.vaadin.flow.component.select.Select<org.workingwin.portal.account.StaffMember> choose =
                $(com.vaadin.flow.component.select.Select.class).id("enrol-specialist");
        choose.setValue(choose.getListDataView().getItems().filter(s -> s.id() == specialist.id()).findFirst()
                .orElseThrow());
        test($(com.vaadin.flow.component.button.Button.class).id("enrol")).click();
        assertThat(view.status.getText()).isEqualTo("New service: on a caseload");
        assertThat(referrals.details(admin, id).participantId()).isNotNull();
    }

    @Test
    void a_control_participant_gets_the_approved_local_services_of_their_area() {
        TestData data = bean(TestData.class);
        SignedInUser admin = data.user(Role.ADMIN);
        org.workingwin.portal.directory.SupportDirectoryService directory =
                bean(org.workingwin.portal.directory.SupportDirectoryService.class);
        String name = "Example Money Advice " + java.util.UUID.randomUUID().toString().substring(0, 6) + " (fictional)";
        long listing = directory.register(new org.workingwin.portal.directory.ListingRegistration(name,
                "Free help with debts and benefits.", java.util.Set.of(org.workingwin.portal.directory.HelpKind.DEBT_BENEFITS),
                java.util.Set.of(org.workingwin.portal.directory.Audience.ANYONE), java.util.Set.of("E07000034"),
                "https://example.org/money", null, null, null, null, "Lee Lister", "lee@example.org"));
        directory.approve(admin, listing);
        ReferralService referrals = bean(ReferralService.class);
        ReferralTestData referralData = bean(ReferralTestData.class);
        long id = -1;
        for (int i = 0; i < 7 && id < 0; i++) {
            long candidate = referralData.consented(admin, "S40", true);
            if (referrals.reveal(admin, candidate).arm() == Arm.CONTROL) {
                id = candidate;
            }
        }
        assertThat(id).isPositive();
        signInAs(admin);
        ReferralView view = navigate(ReferralView.class, id);
        assertThat(view.status.getText()).isEqualTo("Control: information pack given");
        assertThat(view.allocation.getElement().getTextRecursively()).contains(
                "Information pack: support in Chesterfield", name, "Free help with debts and benefits.");
    }
}
