package org.workingwin.portal.pipeline;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.workingwin.portal.participant.IntroducedParticipant;

/**
 * An introduction as the employer sees it: the vacancy, the participant as far as they may know them,
 * the recruitment adjustments asked for, the specialist's message, where it stands and their answer.
 * Nothing about health beyond the recruitment adjustments until an offer is made.
 */
public record Introduction(long opportunityId, long vacancyId, String vacancyTitle, Instant introducedAt,
                           IntroducedParticipant participant, List<String> recruitmentAdjustments,
                           @Nullable String message, Stage stage, @Nullable EmployerAnswer answer,
                           @Nullable String answerNote) {
}
