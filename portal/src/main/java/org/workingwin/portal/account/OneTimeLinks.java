package org.workingwin.portal.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.workingwin.portal.base.security.Role;

/**
 * Makes, checks and spends one-time links. A token is 32 random bytes from SecureRandom (256 bits),
 * URL-safe Base64; only its SHA-256 is stored. Callers run inside their own transaction.
 */
@Singleton
class OneTimeLinks {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();
    private final OneTimeLinkRepository links;
    private final ApplicationEventPublisher<LinkMail> mail;
    private final Clock clock;
    private final String publicUrl;

    /** A link just made: the token goes into the email and nowhere else. */
    record Issued(OneTimeLink link, String token) {
    }

    OneTimeLinks(OneTimeLinkRepository links, ApplicationEventPublisher<LinkMail> mail, Clock clock,
                 @Value("${portal.public-url}") String publicUrl) {
        this.links = links;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    Issued issue(LinkPurpose purpose, String email, String displayName, Role role, Long userId, Long participantId,
                 Long createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        OneTimeLink saved = links.save(new OneTimeLink(null, purpose, ApiTokenService.hash(token), email, displayName,
                role, userId, participantId, createdBy, now, now.plus(purpose.lifetime()), null, null));
        return new Issued(saved, token);
    }

    /** The link for this token if it may be used now; otherwise why not. */
    OneTimeLink usable(String token, LinkPurpose purpose) {
        OneTimeLink link = token == null || !TOKEN.matcher(token).matches() ? null
                : links.findByTokenHash(ApiTokenService.hash(token)).filter(l -> l.purpose() == purpose).orElse(null);
        if (link == null) {
            throw new LinkUnusableException(LinkUnusableException.Problem.UNKNOWN, purpose);
        }
        if (link.usedAt() != null) {
            throw new LinkUnusableException(LinkUnusableException.Problem.USED, purpose);
        }
        if (link.revokedAt() != null) {
            throw new LinkUnusableException(LinkUnusableException.Problem.REVOKED, purpose);
        }
        if (link.expired(clock.instant())) {
            throw new LinkUnusableException(LinkUnusableException.Problem.EXPIRED, purpose);
        }
        return link;
    }

    /** Marks the link used; a second, simultaneous use of the same link is refused here. */
    void spend(OneTimeLink link) {
        if (links.spend(link.id(), clock.instant()) != 1) {
            throw new LinkUnusableException(LinkUnusableException.Problem.USED, link.purpose());
        }
    }

    void revoke(OneTimeLink link) {
        if (link.open()) {
            links.update(link.revoked(clock.instant()));
        }
    }

    /** The address of a link to a route of the portal, as the email shows it. */
    String url(String route, String token) {
        return publicUrl + route + "/" + token;
    }

    /** Emails the link once the caller's transaction commits. */
    void mail(String to, String subject, String text) {
        mail.publishEvent(new LinkMail(to, subject, text));
    }
}
