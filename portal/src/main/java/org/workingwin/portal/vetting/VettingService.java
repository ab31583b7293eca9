package org.workingwin.portal.vetting;

import jakarta.inject.Singleton;
import org.workingwin.portal.base.mail.Mailer;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * A specialist's decisions on submitted vacancies. Sending one back records the reason on the vacancy
 * (the employer sees it there) and then emails the organisation's contact; the email is sent after the
 * change is committed, so a mail server that is down never undoes the decision.
 */
@Singleton
public class VettingService {

    /** The outcome the specialist is told about. */
    public record SendBackResult(String title, boolean emailed) {
    }

    private final VacancyService vacancies;
    private final Mailer mailer;

    VettingService(VacancyService vacancies, Mailer mailer) {
        this.vacancies = vacancies;
        this.mailer = mailer;
    }

    public void publish(SignedInUser actor, long vacancyId) {
        vacancies.publish(actor, vacancyId);
    }

    public SendBackResult sendBack(SignedInUser actor, long vacancyId, String reason) {
        VacancyService.SentBack sent = vacancies.sendBack(actor, vacancyId, reason);
        boolean emailed = mailer.send(sent.contactEmail(), "Your vacancy needs changes: " + sent.title(), """
                Dear %s,

                A Working Win employment specialist has checked your vacancy "%s" and sent it back to you \
                for changes before it can be published.

                What needs changing:
                %s

                Sign in to Working Win, open the vacancy under "My vacancies", make the changes and choose \
                "Send for checks" again.

                Working Win
                """.formatted(sent.contactName(), sent.title(), sent.reason()));
        return new SendBackResult(sent.title(), emailed);
    }
}
