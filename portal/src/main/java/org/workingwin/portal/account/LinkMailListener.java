package org.workingwin.portal.account;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.workingwin.portal.base.mail.Mailer;

/**
 * Sends link emails after commit (a rolled-back link is never mailed) and off the request thread, so that
 * "forgot password" answers as fast for an unknown address as for a known one.
 */
@Singleton
class LinkMailListener {

    private final Mailer mailer;
    private final ExecutorService executor;

    LinkMailListener(Mailer mailer, @Named(TaskExecutors.IO) ExecutorService executor) {
        this.mailer = mailer;
        this.executor = executor;
    }

    @TransactionalEventListener
    void onCommitted(LinkMail mail) {
        executor.execute(() -> mailer.send(mail.to(), mail.subject(), mail.text()));
    }
}
