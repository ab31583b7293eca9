package org.workingwin.portal.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participantportal.PortalFixture;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class PassportServiceIT {

    @Inject
    PassportService passports;
    @Inject
    PortalFixture fixture;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page));
            }
            return all.toString();
        }
    }

    @Test
    void the_participant_gets_a_pdf_with_only_what_they_chose() throws IOException {
        PortalFixture.Setup s = fixture.started("Passport");
        Map<String, String> agreed = new LinkedHashMap<>();
        agreed.put("flexible_start", "Starts between 9 and 10am");
        agreed.put("quiet_workspace", "");
        passports.recordAgreed(s.specialist(), s.opportunity(), agreed, today());

        PassportJob job = passports.myJobs(s.participant()).getFirst();
        assertThat(job.jobTitle()).isEqualTo("Passport assistant");
        assertThat(job.agreed()).extracting(PassportJob.Agreed::label, PassportJob.Agreed::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Flexible start and finish", "Starts between 9 and 10am"),
                org.assertj.core.groups.Tuple.tuple("Quiet or private workspace", null));

        String everything = text(passports.pdf(s.participant(), s.opportunity(), new PassportChoice(
                Set.of("flexible_start", "quiet_workspace"), true, true, true, false, "Mornings are hard for me.")));
        assertThat(everything).contains("Workplace adjustment passport", "Name: Jamie Rivers",
                "Job: Passport assistant at Passport Ltd", "Started: " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(today()),
                "Flexible start and finish", "How it works here: Starts between 9 and 10am",
                "Quiet or private workspace", "In my words", "Mornings are hard for me.");
        assertThat(everything).doesNotContain("specialist:");

        String little = text(passports.pdf(s.participant(), s.opportunity(), new PassportChoice(
                Set.of("quiet_workspace"), false, false, false, false, null)));
        assertThat(little).contains("Quiet or private workspace")
                .doesNotContain("Jamie", "Passport Ltd", "Started:", "Flexible start", "In my words");
    }

    @Test
    void adjustments_are_agreed_only_after_a_job_start_and_only_by_the_participants_own_staff() {
        PortalFixture.Setup s = fixture.shortlisted("Early");
        assertThatThrownBy(() -> passports.recordAgreed(s.specialist(), s.opportunity(), Map.of("flexible_start", ""),
                today())).isInstanceOf(NotAllowedException.class)
                .hasMessage("Adjustments are agreed once the participant has started the job");

        PortalFixture.Setup started = fixture.started("Scope");
        assertThatThrownBy(() -> passports.forStaff(data.user(Role.SPECIALIST), started.opportunity()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> passports.pdf(s.participant(), started.opportunity(),
                new PassportChoice(Set.of(), true, true, true, true, null))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> passports.recordAgreed(started.participant(), started.opportunity(), Map.of(), today()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void bad_codes_long_notes_and_future_dates_are_refused_field_by_field_and_nothing_changes() {
        PortalFixture.Setup s = fixture.started("Checks");
        passports.recordAgreed(s.specialist(), s.opportunity(), Map.of("flexible_start", ""), today());
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no_such_thing", "");
        bad.put("quiet_workspace", "x".repeat(PassportService.NOTE_MAX + 1));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> passports.recordAgreed(s.specialist(), s.opportunity(), bad, today().plusDays(1)));

        assertThat(e.fieldErrors()).containsExactly(Map.entry("adjustments", "Choose adjustments from the list"),
                Map.entry("quiet_workspace", "Use at most 300 characters"),
                Map.entry("agreedOn", "The date cannot be in the future"));
        assertThat(passports.forStaff(s.specialist(), s.opportunity()).agreed())
                .extracting(PassportJob.Agreed::code).containsExactly("flexible_start");
    }
}
