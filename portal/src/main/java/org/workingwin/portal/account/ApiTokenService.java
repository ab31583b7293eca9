package org.workingwin.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;

/**
 * API tokens that specialists and administrators create and revoke in the portal. A token is 32
 * random bytes; the database keeps only its SHA-256 hash, so a copy of the database grants no access.
 */
@Singleton
public class ApiTokenService {

    public static final int NAME_MAX = 60;
    static final String PREFIX = "ww_";
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public NewApiToken create(SignedInUser actor, String name) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "name", name, NAME_MAX, "a name for the token");
        FieldErrors.throwIfAny(errors);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken saved = tokens.save(new ApiToken(null, actor.id(), name.strip(), hash(secret), clock.instant(),
                null, null));
        return new NewApiToken(saved, secret);
    }

    @Transactional
    public List<ApiToken> list(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        return tokens.findByUserIdOrderById(actor.id());
    }

    @Transactional
    public void revoke(SignedInUser actor, long tokenId) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        ApiToken token = tokens.findById(tokenId).filter(t -> t.userId() == actor.id())
                .orElseThrow(() -> new NotAllowedException("This token is not yours"));
        if (token.active()) {
            tokens.update(new ApiToken(token.id(), token.userId(), token.name(), token.tokenHash(),
                    token.createdAt(), token.lastUsedAt(), clock.instant()));
        }
    }

    /** The user an active token belongs to, if the secret is one of ours. */
    @Transactional
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).filter(ApiToken::active).flatMap(token -> {
            tokens.update(new ApiToken(token.id(), token.userId(), token.name(), token.tokenHash(),
                    token.createdAt(), clock.instant(), null));
            return users.findById(token.userId())
                    .filter(u -> u.role() == Role.SPECIALIST || u.role() == Role.ADMIN)
                    .map(AccountService::signedIn);
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
