package org.workingwin.portal.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.audit.HealthRecorder;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

/**
 * Deletes a participant's personal data from every table, in one transaction: on an administrator's
 * request (who must type the trial reference to confirm) or by the retention job. What stays, and why:
 * <ul>
 *   <li>the trial allocation and its audit, for the trial's integrity; their referral stays as the row the
 *   allocation points to, stripped of names, contact details, messages and referrer, keeping only the
 *   stratum (local authority, employment status), source, status and consent date;</li>
 *   <li>employer contacts, which are the specialist's log of work with employers: unlinked from them and
 *   their note removed;</li>
 *   <li>the health audit trail (ids, roles, actions, routes and times; never health content), append-only;</li>
 *   <li>one participant_outbox entry (their id alone), so every node's reverse-match index drops them;</li>
 *   <li>a tombstone in erasure_record: id, trial reference, reason, who, when.</li>
 * </ul>
 * Their portal account goes too, with its saved searches, email choices and unsubscribe tokens, so no
 * digest or other email can be sent to them afterwards (mail is sent from these rows, never queued).
 */
@Singleton
public class ParticipantErasureService {

    static final String WHAT = "whole record deleted";
    private static final String ERASED = "(deleted)";

    private final Rows rows;
    private final HealthRecorder audit;
    private final AccountService accounts;
    private final Clock clock;

    ParticipantErasureService(Rows rows, HealthRecorder audit, AccountService accounts, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An administrator deletes a participant's data; {@code confirmation} must be their trial reference. */
    @Transactional
    public void erase(SignedInUser admin, long participantId, String confirmation) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        String reference = referenceOf(participantId);
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(reference)) {
            throw new InvalidInputException(Map.of("confirmation",
                    "Type the trial reference " + reference + " to confirm"));
        }
        eraseNow(admin, participantId, reference, ErasureReason.REQUEST);
    }

    /** The retention job's deletion: the same path, recorded as the system's. */
    @Transactional
    public void eraseForRetention(long participantId) {
        eraseNow(null, participantId, referenceOf(participantId), ErasureReason.RETENTION);
    }

    /** The tombstones, newest first, for administrators. */
    @Transactional
    public List<Erasure> erasures(SignedInUser admin, int limit) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        return rows.query("SELECT * FROM erasure_record ORDER BY erased_at DESC, id DESC LIMIT " + limit).stream()
                .map(r -> new Erasure(((Number) r.get("participant_id")).longValue(), (String) r.get("reference"),
                        ErasureReason.valueOf((String) r.get("reason")),
                        r.get("erased_by") == null ? null
                                : accounts.authorName(((Number) r.get("erased_by")).longValue(), null),
                        Instant.parse((String) r.get("erased_at"))))
                .toList();
    }

    private String referenceOf(long participantId) {
        return rows.query("SELECT reference FROM participant WHERE id = ?", participantId).stream()
                .map(r -> (String) r.get("reference")).findFirst()
                .orElseThrow(() -> new NotAllowedException("No such participant"));
    }

    private void eraseNow(@Nullable SignedInUser actor, long id, String reference, ErasureReason reason) {
        Instant now = clock.instant();
        Object account = rows.query("SELECT user_id FROM participant WHERE id = ?", id).getFirst().get("user_id");

        rows.update("DELETE FROM agreed_adjustment WHERE opportunity_id IN "
                + "(SELECT o.id FROM opportunity o WHERE o.participant_id = ?)", id);
        rows.update("DELETE FROM opportunity_step WHERE opportunity_id IN "
                + "(SELECT o.id FROM opportunity o WHERE o.participant_id = ?)", id);
        rows.update("DELETE FROM opportunity WHERE participant_id = ?", id);
        rows.update("UPDATE employer_contact SET participant_id = NULL, note = NULL WHERE participant_id = ?", id);
        rows.update("DELETE FROM plan_review WHERE participant_id = ?", id);
        rows.update("DELETE FROM plan_revision WHERE participant_id = ?", id);
        rows.update("DELETE FROM employment_plan WHERE participant_id = ?", id);
        rows.update("DELETE FROM participant_need WHERE participant_id = ?", id);
        rows.update("DELETE FROM participant_revision WHERE participant_id = ?", id);
        rows.update("""
                UPDATE referral SET first_name = ?, last_name = ?, email = NULL, phone = NULL, best_time = NULL,
                message = NULL, referrer_name = NULL, referrer_role = NULL, referrer_organisation = NULL,
                referrer_email = NULL, referrer_phone = NULL, employer_name = NULL, employer_contact = NULL,
                status_note = NULL, participant_id = NULL, updated_at = ? WHERE participant_id = ?""",
                ERASED, ERASED, now, id);
        rows.update("DELETE FROM participant_outbox WHERE participant_id = ?", id);
        rows.update("DELETE FROM participant WHERE id = ?", id);
        if (account != null) {
            for (String table : List.of("saved_search", "mail_preference", "unsubscribe_token", "api_token")) {
                rows.update("DELETE FROM " + table + " WHERE user_id = ?", account);
            }
            rows.update("DELETE FROM user_account WHERE id = ?", account);
        }
        // Their id alone, so every node's reverse-match index removes them (the id no longer resolves).
        rows.update("INSERT INTO participant_outbox (participant_id, created_at) VALUES (?, ?)", id, now);
        rows.update("INSERT INTO erasure_record (participant_id, reference, reason, erased_by, erased_at) "
                + "VALUES (?, ?, ?, ?, ?)", id, reference, reason.name(), actor == null ? null : actor.id(), now);
        audit.record(actor, HealthAction.ERASE, WHAT, id);
    }
}
