package org.workingwin.portal.alert;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.workingwin.portal.pipeline.OpportunityShared;

/** Emails the participant once the share is committed: a rolled-back share sends nothing. */
@Singleton
class ShareMailListener {

    private final ParticipantMail mail;
    private final Clock clock;

    ShareMailListener(ParticipantMail mail, Clock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    @TransactionalEventListener
    void onShared(OpportunityShared event) {
        mail.shared(event.participantId(), event.vacancyId(), clock.instant());
    }
}
