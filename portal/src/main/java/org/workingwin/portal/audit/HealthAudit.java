package org.workingwin.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import org.workingwin.portal.base.csv.CsvWriter;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.audit.Channel;
import org.workingwin.portal.base.audit.ChannelSource;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.audit.HealthRecorder;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantService;

/**
 * The health-data audit trail: every read and change of a participant's needs, notes and disclosures,
 * written in the transaction of the read or change itself, so a change that rolls back leaves no line
 * and a line is never missing for one that happened. Only administrators read it; nothing changes or
 * deletes it.
 */
@Singleton
public class HealthAudit implements HealthRecorder {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String SYSTEM_ROLE = "SYSTEM";
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private final HealthAuditRepository entries;
    private final List<ChannelSource> channels;
    private final AccountService accounts;
    // A provider: the participant service records through this class, so it cannot be built first.
    private final Provider<ParticipantService> participants;
    private final Clock clock;

    HealthAudit(HealthAuditRepository entries, List<ChannelSource> channels, AccountService accounts,
                Provider<ParticipantService> participants, Clock clock) {
        this.entries = entries;
        this.channels = channels;
        this.accounts = accounts;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(@Nullable SignedInUser actor, HealthAction action, String what, long participantId) {
        entries.save(new HealthAuditEntry(null, actor == null ? null : actor.id(),
                actor == null ? SYSTEM_ROLE : actor.role().name(), action, cut(what, AuditLimits.WHAT_MAX),
                participantId, cut(via(), AuditLimits.VIA_MAX), clock.instant()));
    }

    /** One page of the lines the filter matches, newest first. */
    @Transactional
    public List<AuditLine> search(SignedInUser admin, AuditFilter filter, long offset, int limit) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        Optional<Query> query = query(filter);
        if (query.isEmpty()) {
            return List.of();
        }
        Query q = query.get();
        Map<Long, String> names = new HashMap<>();
        return entries.findMatching(q.participantId, q.actorId, q.action, q.from, q.to, limit, offset).stream()
                .map(e -> new AuditLine(e.at(), e.actorId() == null ? "Working Win (system)"
                        : names.computeIfAbsent(e.actorId(), id -> accounts.authorName(id, null)), e.actorRole(),
                        e.action(), e.what(), e.participantId(), e.via())).toList();
    }

    /**
     * Writes every line the filter matches, newest first, as CSV (the same filter as the page), in pages
     * so a long trail never sits in memory. Times are UK local, to the second, sortable as text.
     */
    @Transactional
    public void writeCsv(SignedInUser admin, AuditFilter filter, java.io.Writer out) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        CsvWriter csv = new CsvWriter(out);
        csv.row("When (UK time)", "Who", "Role", "Action", "What", "Participant record", "From");
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.of("Europe/London"));
        for (long offset = 0; ; offset += CSV_PAGE) {
            List<AuditLine> page = search(admin, filter, offset, CSV_PAGE);
            page.forEach(l -> csv.row(when.format(l.at()), l.who(), l.role(), l.action().name(), l.what(),
                    String.valueOf(l.participantId()), l.via()));
            if (page.size() < CSV_PAGE) {
                break;
            }
        }
        csv.flush();
    }

    private static final int CSV_PAGE = 500;

    /** How many lines the filter matches. */
    @Transactional
    public long count(SignedInUser admin, AuditFilter filter) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        return query(filter).map(q -> entries.countMatching(q.participantId, q.actorId, q.action, q.from, q.to))
                .orElse(0L);
    }

    private record Query(long participantId, long actorId, String action, Instant from, Instant to) {
    }

    /** Empty when the filter names a participant or account that does not exist: nothing can match. */
    private Optional<Query> query(AuditFilter f) {
        long participantId = -1;
        if (f.participant() != null && !f.participant().isBlank()) {
            String p = f.participant().strip();
            Optional<Long> id = p.matches("\\d{1,18}") ? Optional.of(Long.parseLong(p))
                    : participants.get().idOfReference(p);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            participantId = id.get();
        }
        long actorId = -1;
        if (f.who() != null && !f.who().isBlank()) {
            Optional<Long> id = accounts.idOfEmail(f.who().strip());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            actorId = id.get();
        }
        return Optional.of(new Query(participantId, actorId, f.action() == null ? "" : f.action().name(),
                f.from() == null ? EARLIEST : startOf(f.from()), f.to() == null ? LATEST : startOf(f.to().plusDays(1))));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(UK).toInstant();
    }

    private String via() {
        return Channel.explicit().or(() -> channels.stream().map(ChannelSource::current).flatMap(Optional::stream)
                .findFirst()).orElse(Channel.SYSTEM);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
