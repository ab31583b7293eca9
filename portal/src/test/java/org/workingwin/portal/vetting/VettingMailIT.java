package org.workingwin.portal.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.VacancyStatus;

/** Sending a vacancy back emails the employer through a real (in-process) SMTP server. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "javamail.properties.mail.smtp.port", value = "3025")
class VettingMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Inject
    VettingService vetting;
    @Inject
    VacancyService vacancies;
    @Inject
    TestData data;

    @Test
    void the_employer_is_emailed_the_reason_when_a_vacancy_is_sent_back() throws Exception {
        SignedInUser employer = data.employer("Mail Ltd");
        long id = vacancies.submit(employer, null, TestData.validDraft("Driver", LocalDate.now()));

        VettingService.SendBackResult result = vetting.sendBack(data.user(Role.SPECIALIST), id,
                "Please give the pay range.");

        assertThat(result.emailed()).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(employer.email());
        assertThat(received[0].getSubject()).isEqualTo("Your vacancy needs changes: Driver");
        String body = GreenMailUtil.getBody(received[0]).replace("\r\n", "\n");
        assertThat(body).contains("Dear Erin Employer,", "your vacancy \"Driver\"",
                "What needs changing:\nPlease give the pay range.");
    }

    @Test
    void when_the_mail_server_is_down_the_vacancy_is_still_sent_back() {
        SignedInUser employer = data.employer("Offline Ltd");
        long id = vacancies.submit(employer, null, TestData.validDraft("Porter", LocalDate.now()));
        SMTP.stop();
        try {
            VettingService.SendBackResult result = vetting.sendBack(data.user(Role.SPECIALIST), id, "Add the hours.");
            assertThat(result.emailed()).isFalse();
            assertThat(vacancies.details(employer, id).vacancy().status()).isEqualTo(VacancyStatus.RETURNED);
        } finally {
            SMTP.start();
        }
    }
}
