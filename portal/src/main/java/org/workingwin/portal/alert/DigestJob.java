package org.workingwin.portal.alert;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Sends the saved-search digest once a day, at the time set by {@code portal.alerts.digest-cron}. */
@Singleton
class DigestJob {

    private final ParticipantMail mail;
    private final Clock clock;

    DigestJob(ParticipantMail mail, Clock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.alerts.digest-cron}")
    void daily() {
        mail.digest(clock.instant());
    }
}
