package org.workingwin.portal.base.mail;

import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends plain-text mail through the configured SMTP server. A failure is logged and reported to the
 * caller, never thrown: what the mail says is always also shown in the portal, so nothing is lost.
 */
@Singleton
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private final EmailSender<?, ?> sender;

    Mailer(EmailSender<?, ?> sender) {
        this.sender = sender;
    }

    /** True when the SMTP server accepted the message. */
    public boolean send(String to, String subject, String text) {
        try {
            sender.send(Email.builder().to(to).subject(subject).body(text));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not send \"{}\" to the mail server: {}", subject, e.toString());
            return false;
        }
    }
}
