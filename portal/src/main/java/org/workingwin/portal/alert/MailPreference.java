package org.workingwin.portal.alert;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Which emails a participant wants; without a row, both. */
@MappedEntity("mail_preference")
public record MailPreference(@Id long userId, boolean shareEmails, boolean digestEmails) {

    boolean wants(MailKind kind) {
        return kind == MailKind.SHARE ? shareEmails : digestEmails;
    }

    MailPreference with(MailKind kind, boolean on) {
        return kind == MailKind.SHARE ? new MailPreference(userId, on, digestEmails)
                : new MailPreference(userId, shareEmails, on);
    }
}
