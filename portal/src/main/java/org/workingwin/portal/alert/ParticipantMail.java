package org.workingwin.portal.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.VacancyHit;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.mail.Mailer;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.search.VacancySearchService;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * The emails a participant gets: a job shared by their specialist, and the daily digest of new jobs for
 * their saved searches. Every email carries its own unsubscribe link for that kind of email; the link's
 * token is random and only its hash is kept.
 */
@Singleton
public class ParticipantMail {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipantMail.class);
    /** Jobs listed per saved search in one digest; the email links to the rest. */
    static final int DIGEST_PER_SEARCH = 10;
    private static final int SCAN_PAGE = 50;
    private static final int SEARCH_BATCH = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mailer mailer;
    private final AccountService accounts;
    private final ParticipantService participants;
    private final VacancyService vacancies;
    private final VacancySearchService search;
    private final SavedSearchService saved;
    private final SavedSearchRepository searches;
    private final UnsubscribeTokenRepository tokens;
    private final String publicUrl;

    ParticipantMail(Mailer mailer, AccountService accounts, ParticipantService participants, VacancyService vacancies,
                    VacancySearchService search, SavedSearchService saved, SavedSearchRepository searches,
                    UnsubscribeTokenRepository tokens, @Value("${portal.public-url}") String publicUrl) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.participants = participants;
        this.vacancies = vacancies;
        this.search = search;
        this.saved = saved;
        this.searches = searches;
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Tells the participant (if they have an account and want these emails) about a shared job. */
    @Transactional
    public boolean shared(long participantId, long vacancyId, Instant now) {
        Optional<SignedInUser> account = participants.accountOf(participantId).flatMap(accounts::account);
        Optional<VacancyDetails> vacancy = vacancies.sharedDetails(vacancyId);
        if (account.isEmpty() || vacancy.isEmpty() || !saved.preferenceOf(account.get().id()).shareEmails()) {
            return false;
        }
        SignedInUser to = account.get();
        String title = vacancy.get().vacancy().title();
        String text = "Hello " + to.displayName() + ",\n\n"
                + "Your specialist shared a job with you:\n"
                + title + " at " + vacancy.get().organisationName() + ".\n\n"
                + "See why it could suit you. Tell your specialist if you are interested:\n"
                + publicUrl + "me\n\n"
                + footer(to.id(), MailKind.SHARE, now, "your specialist shares a job with you");
        return mailer.send(to.email(), "Your specialist shared a job with you: " + title, text);
    }

    /**
     * Sends each participant one email with the jobs published since their last digest that match each
     * of their saved searches; nothing to someone with nothing new. Every search is then checked up to
     * {@code now}, so a job is never sent twice. Returns how many emails were sent.
     */
    @Transactional
    public int digest(Instant now) {
        Map<Long, List<String>> sections = new LinkedHashMap<>();
        long after = 0;
        List<SavedSearch> batch;
        do {
            batch = searches.findByIdGreaterThanOrderById(after, Pageable.from(0, SEARCH_BATCH));
            for (SavedSearch s : batch) {
                after = s.id();
                boolean wanted = saved.preferenceOf(s.userId()).digestEmails();
                List<VacancyHit> fresh = wanted ? newSince(s, now) : List.of();
                searches.update(s.checked(now));
                if (!fresh.isEmpty()) {
                    sections.computeIfAbsent(s.userId(), id -> new ArrayList<>()).add(section(s, fresh));
                }
            }
        } while (batch.size() == SEARCH_BATCH);
        int sent = 0;
        for (Map.Entry<Long, List<String>> e : sections.entrySet()) {
            Optional<SignedInUser> to = accounts.account(e.getKey());
            if (to.isEmpty()) {
                continue;
            }
            String text = "Hello " + to.get().displayName() + ",\n\n"
                    + "Here are new jobs for your saved searches.\n\n"
                    + String.join("\n", e.getValue())
                    + "Your saved searches: " + publicUrl + "me/saved-searches\n\n"
                    + footer(to.get().id(), MailKind.DIGEST, now, "there are new jobs for your saved searches");
            if (mailer.send(to.get().email(), "New jobs for your saved searches", text)) {
                sent++;
            }
        }
        LOG.info("Sent {} saved-search emails", sent);
        return sent;
    }

    /**
     * Turns off the kind of email the link came in, without signing in. Empty for an unknown token.
     * The token stays valid: following the link twice says the same thing.
     */
    @Transactional
    public Optional<MailKind> unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).map(t -> {
            saved.set(t.userId(), t.kind(), false);
            return t.kind();
        });
    }

    private List<VacancyHit> newSince(SavedSearch s, Instant now) {
        List<VacancyHit> fresh = new ArrayList<>();
        try {
            for (int page = 0; fresh.size() < DIGEST_PER_SEARCH; page++) {
                BrowseResult found = search.browse(SavedSearchService.browseOf(s, page, SCAN_PAGE));
                for (VacancyHit hit : found.hits()) {
                    // Compared to the whole second: MariaDB keeps whole seconds, so a job published in the
                    // same second as the last check is sent rather than missed.
                    if (hit.publishedAt().isBefore(s.checkedUntil().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
                        return fresh;
                    }
                    if (!hit.publishedAt().isAfter(now)) {
                        fresh.add(hit);
                    }
                }
                if ((long) (page + 1) * SCAN_PAGE >= found.total()) {
                    break;
                }
            }
        } catch (InvalidInputException e) {
            LOG.warn("Saved search {} no longer runs: {}", s.id(), e.fieldErrors());
        }
        return fresh.size() > DIGEST_PER_SEARCH ? fresh.subList(0, DIGEST_PER_SEARCH) : fresh;
    }

    private String section(SavedSearch s, List<VacancyHit> fresh) {
        StringBuilder out = new StringBuilder(s.name()).append(":\n");
        for (VacancyHit hit : fresh) {
            out.append("- ").append(hit.title()).append(", ").append(hit.organisationName()).append(", ")
                    .append(hit.postcodeDistrict()).append(". Closes ").append(DATE.format(hit.closingDate()))
                    .append(".\n  ").append(publicUrl).append("vacancy/").append(hit.id()).append('\n');
        }
        return out.append('\n').toString();
    }

    private String footer(long userId, MailKind kind, Instant now, String when) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new UnsubscribeToken(null, hash(token), userId, kind, now));
        return "You get this email when " + when + ".\n"
                + "To stop these emails, open this link:\n" + publicUrl + "unsubscribe/" + token + "\n";
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
