package org.workingwin.portal.vacancy;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.portal.base.index.IndexSource;
import org.workingwin.portal.base.index.OutboxBacklog;
import org.workingwin.portal.base.index.OutboxChange;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.Organisation;

/**
 * What the search index reads from the database: the change log after a cursor, and vacancies in the
 * engine's shape. Only published vacancies are indexable; the closing date is applied at query time.
 */
@Singleton
public class VacancyIndexFeed implements IndexSource<IndexedVacancy> {

    private final IndexOutboxRepository outbox;
    private final VacancyRepository vacancies;
    private final VacancyAdjustmentRepository adjustments;
    private final VacancyDemandRepository demands;
    private final EmployerService employers;

    VacancyIndexFeed(IndexOutboxRepository outbox, VacancyRepository vacancies,
                     VacancyAdjustmentRepository adjustments, VacancyDemandRepository demands,
                     EmployerService employers) {
        this.outbox = outbox;
        this.vacancies = vacancies;
        this.adjustments = adjustments;
        this.demands = demands;
        this.employers = employers;
    }

    @Override
    @ReadOnly
    public List<OutboxChange> changesAfter(long cursor, int limit) {
        return outbox.findByIdGreaterThanOrderById(cursor, Pageable.from(0, limit)).stream()
                .map(e -> new OutboxChange(e.id(), e.vacancyId())).toList();
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
    public Optional<IndexedVacancy> indexable(long vacancyId) {
        return vacancies.findById(vacancyId)
                .filter(v -> v.status() == VacancyStatus.PUBLISHED)
                .map(v -> toIndexed(List.of(v)).getFirst());
    }

    @Override
    @ReadOnly
    public List<IndexedVacancy> indexableAfter(long afterId, int limit) {
        return toIndexed(vacancies.findByStatusAndIdGreaterThanOrderById(VacancyStatus.PUBLISHED, afterId,
                Pageable.from(0, limit)));
    }

    @Override
    public long idOf(IndexedVacancy item) {
        return item.id();
    }

    @Override
    @ReadOnly
    public long countIndexable() {
        return vacancies.countByStatus(VacancyStatus.PUBLISHED);
    }

    private List<IndexedVacancy> toIndexed(List<Vacancy> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = batch.stream().map(Vacancy::id).toList();
        Map<Long, Set<String>> offered = adjustments.findByVacancyIdInOrderById(ids).stream().collect(
                Collectors.groupingBy(VacancyAdjustment::vacancyId,
                        Collectors.mapping(VacancyAdjustment::code, Collectors.toCollection(TreeSet::new))));
        Map<Long, Set<String>> demanded = demands.findByVacancyIdInOrderById(ids).stream().collect(
                Collectors.groupingBy(VacancyDemand::vacancyId,
                        Collectors.mapping(VacancyDemand::code, Collectors.toCollection(TreeSet::new))));
        Map<Long, Optional<Organisation>> organisations = new HashMap<>();
        List<IndexedVacancy> result = new ArrayList<>(batch.size());
        for (Vacancy v : batch) {
            Optional<Organisation> organisation = organisations.computeIfAbsent(v.organisationId(), employers::find);
            result.add(new IndexedVacancy(v.id(), v.title(), v.description(),
                    organisation.map(Organisation::name).orElse(""), v.occupationCode(),
                    v.occupationTitle(), v.postcodeDistrict(), v.localAuthority(),
                    new GeoPoint(v.latitude(), v.longitude()), v.workMode(), v.hoursMin(), v.hoursMax(),
                    WorkPatterns.parse(v.workPatterns()).stream().map(Enum::name)
                            .collect(Collectors.toCollection(TreeSet::new)),
                    v.contractType().name(), v.payMin() == null ? null : v.payMin().doubleValue(),
                    v.payMax() == null ? null : v.payMax().doubleValue(),
                    v.payPeriod() == null ? null : v.payPeriod().name(), v.closingDate(), v.publishedAt(),
                    offered.getOrDefault(v.id(), Set.of()), demanded.getOrDefault(v.id(), Set.of()),
                    organisation.map(Organisation::sector).orElse(null)));
        }
        return result;
    }
}
