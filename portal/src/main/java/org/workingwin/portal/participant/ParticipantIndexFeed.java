package org.workingwin.portal.participant;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.PayRates;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.index.IndexSource;
import org.workingwin.portal.base.index.OutboxBacklog;
import org.workingwin.portal.base.index.OutboxChange;

/** Participants in the engine's shape, and their change log, for the reverse-match index and matching. */
@Singleton
public class ParticipantIndexFeed implements IndexSource<ParticipantProfile> {

    private final ParticipantRepository participants;
    private final ParticipantNeedRepository needs;
    private final ParticipantOutboxRepository outbox;

    ParticipantIndexFeed(ParticipantRepository participants, ParticipantNeedRepository needs,
                         ParticipantOutboxRepository outbox) {
        this.participants = participants;
        this.needs = needs;
        this.outbox = outbox;
    }

    @Override
    @ReadOnly
    public List<OutboxChange> changesAfter(long cursor, int limit) {
        return outbox.findByIdGreaterThanOrderById(cursor, Pageable.from(0, limit)).stream()
                .map(e -> new OutboxChange(e.id(), e.participantId())).toList();
    }

    @Override
    @ReadOnly
    public long latestChange() {
        return outbox.latestId();
    }

    @Override
    @ReadOnly
    public OutboxBacklog backlogAfter(long cursor) {
        return new OutboxBacklog(outbox.countByIdGreaterThan(cursor),
                outbox.findFirstByIdGreaterThanOrderById(cursor).map(e -> e.createdAt()).orElse(null));
    }

    @Override
    @ReadOnly
    public Optional<ParticipantProfile> indexable(long id) {
        return participants.findById(id).filter(ParticipantIndexFeed::matched)
                .map(p -> profileOf(p, needs.findByParticipantIdOrderById(id)));
    }

    @Override
    @ReadOnly
    public List<ParticipantProfile> indexableAfter(long afterId, int limit) {
        List<Participant> page = participants.findByStatusNotEqualAndIdGreaterThanOrderById(
                ParticipantStatus.LEFT, afterId, Pageable.from(0, limit));
        Map<Long, List<ParticipantNeed>> byParticipant = page.isEmpty() ? Map.of()
                : needs.findByParticipantIdInOrderById(page.stream().map(Participant::id).toList()).stream()
                .collect(Collectors.groupingBy(ParticipantNeed::participantId));
        return page.stream().map(p -> profileOf(p, byParticipant.getOrDefault(p.id(), List.of()))).toList();
    }

    /** Those who have left the programme are not suggested for vacancies. */
    private static boolean matched(Participant p) {
        return p.status() != ParticipantStatus.LEFT;
    }

    @Override
    public long idOf(ParticipantProfile item) {
        return item.id();
    }

    @Override
    @ReadOnly
    public long countIndexable() {
        return participants.countByStatusNotEqual(ParticipantStatus.LEFT);
    }

    /** The engine's view of a participant: preferences and coded needs, never names or notes. */
    static ParticipantProfile profileOf(Participant p, List<ParticipantNeed> needs) {
        Map<String, NeedLevel> levels = needs.stream().collect(Collectors.toMap(ParticipantNeed::code,
                ParticipantNeed::level, (a, b) -> a, java.util.LinkedHashMap::new));
        Double hourlyMinimum = p.minimumPay() == null ? null
                : boxed(PayRates.hourly(p.minimumPay().doubleValue(), p.minimumPayPeriod()));
        GeoPoint home = p.latitude() == null ? null : new GeoPoint(p.latitude(), p.longitude());
        Set<WorkMode> modes = Codes.split(p.workModes()).stream().map(WorkMode::valueOf)
                .collect(Collectors.toSet());
        return new ParticipantProfile(p.id(), p.wantedRoles(), Codes.split(p.occupationCodes()), p.skills(),
                Codes.split(p.sectors()), p.hoursMin(), p.hoursMax(), Codes.split(p.workPatterns()), hourlyMinimum,
                Codes.split(p.contractTypes()), p.homeDistrict(), home, p.maxTravelKm(), modes, levels,
                Codes.split(p.demandsToAvoid()));
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
