package org.workingwin.portal.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.RevisionView;

class ParticipantRecordViewTest extends ViewTest {

    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));

    private static ParticipantInput robin(String reference) {
        return TestData.profile(reference, "Robin", "Hale", "shop assistant", "S1 4AB",
                        Map.of("fatigue", "MUST_HAVE", "concentration", "WOULD_HELP"))
                .withRecord("robin@example.org", "0114 496 0123", "TEXT", true, false, "LOOKING",
                        LocalDate.of(2026, 9, 14), Map.of("fatigue", "Mornings are hardest"), List.of("fatigue"));
    }

    @Test
    void the_record_shows_the_needs_with_notes_and_what_may_be_shared_and_the_history() {
        SignedInUser specialist = bean(AccountService.class).create(TestData.uniqueEmail("sasha"), "Sasha Byrne",
                TestData.PASSWORD, Role.SPECIALIST, null);
        ParticipantService participants = bean(ParticipantService.class);
        ParticipantInput created = robin("WW-REC-1");
        long id = participants.create(specialist, created);
        participants.update(specialist, id, participants.version(specialist, id), created.withRecord("robin@example.org", "0114 496 0123", "TEXT", true,
                false, "IN_WORK", LocalDate.of(2026, 9, 14), Map.of("fatigue", "Mornings are hardest"),
                List.of("fatigue")));
        List<RevisionView> kept = participants.history(specialist, id);
        signInAs(specialist);

        ParticipantRecordView view = navigate(ParticipantRecordView.class, id);

        assertThat(view.heading.getText()).isEqualTo("Robin Hale");
        assertThat(view.getPageTitle()).isEqualTo("Robin Hale | Working Win");
        assertThat(view.needs.getChildren().map(c -> c.getElement().getTextRecursively()).toList()).containsExactly(
                "Fatigue or low stamina: must have" + "Note: Mornings are hardest"
                        + "May be shared with an employer after an offer",
                "Difficulty concentrating: would helpNot shared");
        assertThat(view.history.getChildren().findFirst().orElseThrow().getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList()).containsExactly(
                LONDON.format(kept.get(0).at()) + " by Sasha ByrneStatus: Looking for work → In work, wanting support "
                        + "to stay",
                LONDON.format(kept.get(1).at()) + " by Sasha Byrne" + String.join("", kept.get(1).changes()));
        assertThat(kept.get(1).changes()).startsWith("Record created", "Trial reference: WW-REC-1");
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("Trial referenceWW-REC-1", "StatusIn work, wanting support to stay",
                "Enrolled on14 September 2026", "SpecialistSasha Byrne", "Phone0114 496 0123",
                "Preferred way of contactText message", "Consent to processing their needs and notesYes",
                "Employers they are introduced to may have their contact detailsNo", "Hours a week10 to 30",
                "Home districtS1", "Ways of working they acceptOn site", "Edit record", "Suggested vacancies",
                "Progress with vacancies", "All data held (copy)");
        assertThat(page).doesNotContain("copy or delete");
    }

    @Test
    void another_specialist_opening_the_record_by_its_address_sees_not_allowed_and_none_of_it() {
        TestData data = bean(TestData.class);
        SignedInUser owner = data.user(Role.SPECIALIST);
        long id = bean(ParticipantService.class).create(owner, robin("WW-REC-2"));
        signInAs(data.user(Role.SPECIALIST));

        UI.getCurrent().navigate(ParticipantRecordView.class, id);

        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        String page = UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining());
        assertThat(page).contains("This participant is not on your caseload")
                .doesNotContain("Robin").doesNotContain("Hale").doesNotContain("WW-REC-2")
                .doesNotContain("Mornings are hardest");
    }

    @Test
    void an_administrator_opens_anyones_record() {
        TestData data = bean(TestData.class);
        long id = bean(ParticipantService.class).create(data.user(Role.SPECIALIST), robin("WW-REC-3"));
        signInAs(data.user(Role.ADMIN));

        ParticipantRecordView view = navigate(ParticipantRecordView.class, id);

        assertThat(view.heading.getText()).isEqualTo("Robin Hale");
        assertThat(view.getElement().getTextRecursively()).contains("All data held (copy or delete)");
    }

    @Test
    void a_specialist_invites_the_participant_by_email_and_the_record_shows_the_invitation() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        String email = TestData.uniqueEmail("robin");
        long id = bean(ParticipantService.class).create(specialist, TestData.profile("WW-ACC-" + email.hashCode(),
                "Robin", "Access", "cleaner", "S1 4AB", Map.of()).withRecord(email, null, "EMAIL", true, false,
                "LOOKING", null, Map.of(), List.of()));
        signInAs(specialist);
        navigate(ParticipantRecordView.class, id);

        com.vaadin.flow.component.button.Button invite =
                $(com.vaadin.flow.component.button.Button.class).id("invite-to-portal");
        assertThat(invite.getText()).isEqualTo("Invite Robin to the portal");
        test(invite).click();
        test($(com.vaadin.flow.component.button.Button.class).id("confirm-invitation")).click();

        var invitation = bean(ParticipantService.class).portalInvitation(specialist, id).orElseThrow();
        assertThat(invitation.email()).isEqualTo(email.toLowerCase());
        assertThat(invitation.role()).isEqualTo(Role.PARTICIPANT);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("portal-access").getElement().getTextRecursively())
                .startsWith("Invited on ").contains(": the link works until ");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("invite-to-portal").getText())
                .isEqualTo("Send the invitation again");
        assertThat(bean(ParticipantService.class).accountOf(id)).isEmpty();
    }

    @Test
    void without_consent_to_processing_the_record_says_why_no_invitation_can_be_sent() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        String email = TestData.uniqueEmail("robin");
        long id = bean(ParticipantService.class).create(specialist, TestData.profile("WW-NOC-" + email.hashCode(),
                "Robin", "Noconsent", "cleaner", "S1 4AB", Map.of()).withRecord(email, null, "EMAIL", false, false,
                "LOOKING", null, Map.of(), List.of()));
        signInAs(specialist);
        ParticipantRecordView view = navigate(ParticipantRecordView.class, id);

        assertThat($(com.vaadin.flow.component.button.Button.class).withId("invite-to-portal").all()).isEmpty();
        assertThat(view.getElement().getTextRecursively())
                .contains("To invite Robin to the portal, record their consent to processing first.");
    }
}
