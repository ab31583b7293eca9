package org.workingwin.portal.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The SHA-256 of one email's unsubscribe token: a copy of the database cannot unsubscribe anyone. */
@MappedEntity("unsubscribe_token")
public record UnsubscribeToken(@Id @GeneratedValue @Nullable Long id, String tokenHash, long userId, MailKind kind,
                               Instant createdAt) {
}
