package org.workingwin.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.workingwin.portal.TestData;
import org.workingwin.portal.participantportal.PortalFixture;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.PublicBrowse;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/** The participant's emails go through a real (in-process) SMTP server, each with a working unsubscribe link. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "javamail.properties.mail.smtp.port", value = "3025")
@Property(name = "portal.public-url", value = "https://portal.example")
@Tag("database")
class ParticipantMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);
    private static final Pattern UNSUBSCRIBE = Pattern.compile("https://portal\\.example/unsubscribe/([A-Za-z0-9_-]+)");

    @Inject
    PortalFixture fixture;
    @Inject
    PipelineService pipeline;
    @Inject
    ParticipantMail mail;
    @Inject
    SavedSearchService searches;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService index;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    @Test
    void sharing_a_job_emails_the_participant_with_a_link_home_and_an_unsubscribe_link() throws Exception {
        PortalFixture.Setup s = fixture.shortlisted("Upholsterer");

        pipeline.share(s.specialist(), s.opportunity(), null);

        List<MimeMessage> received = to(s.email());
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject())
                .isEqualTo("Your specialist shared a job with you: Upholsterer assistant");
        String body = body(received.getFirst());
        assertThat(body).contains("Hello Jamie Rivers,", "Upholsterer assistant at Upholsterer Ltd.",
                "Tell your specialist if you are interested:\nhttps://portal.example/me\n",
                "To stop these emails, open this link:\nhttps://portal.example/unsubscribe/");

        assertThat(mail.unsubscribe(token(body))).contains(MailKind.SHARE);
        PortalFixture.Setup again = fixture.shortlisted("Saddler");
        assertThat(mail.shared(s.participantId(), again.vacancy(), clock.instant())).isFalse();
    }

    @Test
    void the_digest_lists_new_matching_jobs_once_and_the_unsubscribe_link_stops_the_next() throws Exception {
        PortalFixture.Setup s = fixture.shortlisted("Thatcher");
        searches.save(s.participant(), "Orchard jobs", new PublicBrowse("orchard", null, null, null, null, Set.of(),
                Set.of(), Set.of(), Set.of(), null, 0, 20));
        Thread.sleep(5);
        long picker = publish("Orchard picker");
        long unrelated = publish("Night porter");

        assertThat(mail.digest(Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(1);

        List<MimeMessage> received = to(s.email());
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("New jobs for your saved searches");
        String body = body(received.getFirst());
        assertThat(body).contains("Hello Jamie Rivers,", "Orchard jobs:\n- Orchard picker, Orchard picker Ltd, S1.",
                "https://portal.example/vacancy/" + picker + "\n", "https://portal.example/me/saved-searches");
        assertThat(body).doesNotContain("Night porter", "/vacancy/" + unrelated + "\n");

        // Nothing new: no email.
        mail.digest(Instant.now().plusSeconds(120));
        assertThat(to(s.email())).hasSize(1);

        assertThat(mail.unsubscribe(token(body))).contains(MailKind.DIGEST);
        Thread.sleep(5);
        publish("Orchard manager");
        mail.digest(Instant.now().plusSeconds(180));
        assertThat(to(s.email())).hasSize(1);
        assertThat(searches.preferences(s.participant()).digestEmails()).isFalse();
        assertThat(searches.preferences(s.participant()).shareEmails()).isTrue();
    }

    @Test
    void an_unknown_token_changes_nothing() {
        assertThat(mail.unsubscribe("not-a-token")).isEmpty();
        assertThat(mail.unsubscribe("")).isEmpty();
    }

    private long publish(String title) {
        long id = vacancies.submit(data.employer(title + " Ltd"), null, TestData.validDraft(title,
                LocalDate.now(clock)));
        vacancies.publish(data.user(org.workingwin.portal.base.security.Role.SPECIALIST), id);
        index.catchUp();
        return id;
    }

    private static List<MimeMessage> to(String email) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("\r\n", "\n");
    }

    private static String token(String body) {
        Matcher m = UNSUBSCRIBE.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
