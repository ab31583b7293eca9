package org.workingwin.portal.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;

class ParticipantEditorViewTest extends ViewTest {

    @Test
    void a_specialist_adds_a_participant_with_needs_to_their_caseload() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        signInAs(specialist);
        ParticipantEditorView view = navigate(ParticipantEditorView.class);
        ParticipantForm form = view.form;
        test(form.reference).setValue("WW-FORM-1");
        test(form.firstName).setValue("Alex");
        test(form.lastName).setValue("Morgan");
        test(form.wantedRoles).setValue("warehouse operative");
        test(form.homePostcode).setValue("S9 3TY");
        test(form.email).setValue("alex.morgan@example.org");
        test(form.consentToProcessing).click();
        form.workModes.setValue(java.util.Set.of(WorkMode.ON_SITE));
        form.needs.get("lifting_limits").setValue("MUST_HAVE");
        form.needs.get("fatigue").setValue("WOULD_HELP");

        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(ParticipantRecordView.class);
        assertThat(((ParticipantRecordView) getCurrentView()).heading.getText()).isEqualTo("Alex Morgan");
        List<Participant> caseload = bean(ParticipantService.class).caseload(specialist);
        assertThat(caseload).extracting(Participant::reference).containsExactly("WW-FORM-1");
        ParticipantInput saved = bean(ParticipantService.class).input(specialist, caseload.getFirst().id());
        assertThat(saved.needs()).containsExactly(Map.entry("fatigue", "WOULD_HELP"), Map.entry("lifting_limits", "MUST_HAVE"));
        assertThat(saved.homePostcode()).isEqualTo("S9");
        assertThat(saved.maxTravelKm()).isEqualTo(10.0);
    }

    @Test
    void a_profile_without_a_way_of_working_is_refused_at_the_field_and_kept() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        ParticipantEditorView view = navigate(ParticipantEditorView.class);
        test(view.form.reference).setValue("WW-FORM-2");
        test(view.form.firstName).setValue("Sam");
        test(view.form.lastName).setValue("Lee");
        test(view.form.homePostcode).setValue("S1");
        test(view.form.save).click();
        assertThat(view.form.workModes.isInvalid()).isTrue();
        assertThat(view.form.workModes.getErrorMessage())
                .isEqualTo("Choose at least one way of working: ON_SITE, HYBRID or REMOTE");
        assertThat(view.form.firstName.getValue()).isEqualTo("Sam");
    }

    @Test
    void editing_shows_the_saved_profile_exactly() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        ParticipantInput input = new ParticipantInput("WW-FORM-3", "Jo", "Bloggs", "cleaner", List.of("9229"), "tidy",
                List.of("Retail"), 10.0, 20.0, List.of("DAYS"), new java.math.BigDecimal("12.50"), "HOUR",
                List.of("PERMANENT"), "S1", 5.0, List.of("HYBRID", "ON_SITE"), Map.of("stress", "MUST_HAVE"),
                List.of("night_work"), "jo@example.org", "0114 496 0000", "TEXT", true, true, "LOOKING",
                LocalDate.of(2026, 9, 1), Map.of("stress", "Deadlines are hard"), List.of("stress"));
        long id = bean(ParticipantService.class).create(specialist, input);
        signInAs(specialist);

        ParticipantEditorView view = navigate(ParticipantEditorView.class, id);

        assertThat(view.form.read()).isEqualTo(input);
    }

    @Test
    void a_save_after_someone_else_saved_the_record_keeps_the_typed_values_and_says_what_happened() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        signInAs(specialist);
        ParticipantService participants = bean(ParticipantService.class);
        long id = participants.create(specialist, TestData.profile("WW-CONF-" + java.util.UUID.randomUUID()
                .toString().substring(0, 6), "Kit", "Lowe", "baker", "S1 4AB", Map.of()));
        ParticipantEditorView view = navigate(ParticipantEditorView.class, id);
        ParticipantInput theirs = participants.input(specialist, id);
        participants.update(specialist, id, participants.version(specialist, id), new ParticipantInput(
                theirs.reference(), theirs.firstName(), "Lowe-Their", theirs.wantedRoles(), theirs.occupationCodes(),
                theirs.skills(), theirs.sectors(), theirs.hoursMin(), theirs.hoursMax(), theirs.patterns(),
                theirs.minimumPay(), theirs.minimumPayPeriod(), theirs.contractTypes(), theirs.homePostcode(),
                theirs.maxTravelKm(), theirs.workModes(), theirs.needs(), theirs.demandsToAvoid(), theirs.email(),
                theirs.phone(), theirs.preferredContact(), theirs.consentToProcessing(), theirs.shareContact(),
                theirs.status(), theirs.enrolledOn(), theirs.needNotes(), theirs.disclosedNeeds()));
        test(view.form.lastName).setValue("Lowe-Mine");
        test(view.form.wantedRoles).setValue("pastry chef");

        test(view.form.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.text()).isEqualTo("Someone else changed this participant's record while you were"
                + " editing it. Your changes are still in the form: check them against the latest version and save"
                + " again.");
        assertThat(view.form.lastName.getValue()).isEqualTo("Lowe-Mine");
        assertThat(view.form.wantedRoles.getValue()).isEqualTo("pastry chef");
        assertThat(participants.input(specialist, id).lastName()).isEqualTo("Lowe-Their");
    }
}
