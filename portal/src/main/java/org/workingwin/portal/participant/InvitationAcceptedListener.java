package org.workingwin.portal.participant;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.workingwin.portal.account.InvitationAccepted;

/** Links a participant's new account to their record, inside the acceptance's transaction. */
@Singleton
class InvitationAcceptedListener {

    private final ParticipantService participants;

    InvitationAcceptedListener(ParticipantService participants) {
        this.participants = participants;
    }

    @EventListener
    void onAccepted(InvitationAccepted event) {
        participants.acceptedInvitation(event.participantId(), event.userId());
    }
}
