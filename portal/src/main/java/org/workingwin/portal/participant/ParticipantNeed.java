package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.workingwin.matching.profile.NeedLevel;

/**
 * One coded functional need of a participant: must be met, or would help, with an optional note.
 * {@code disclose}: the participant agrees that an employer they are introduced to may be told of this
 * need and its note (after an offer). Health data: access is scoped.
 */
@MappedEntity("participant_need")
public record ParticipantNeed(@Id @GeneratedValue @Nullable Long id, long participantId, String code,
                              NeedLevel level, @Nullable String note, boolean disclose) {
}
