package org.workingwin.portal.vacancy;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.EmailVerificationService;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.Organisation;
import org.workingwin.portal.location.PostcodeLocation;

/**
 * Every change to a vacancy goes through here, once: ownership is checked, the status history is kept,
 * and an outbox entry is written in the same transaction so the search index follows the change.
 */
@Singleton
public class VacancyService {

    private static final String THING = "vacancy";

    private final VacancyRepository vacancies;
    private final VacancyAdjustmentRepository adjustments;
    private final VacancyDemandRepository demands;
    private final VacancyStatusChangeRepository history;
    private final IndexOutboxRepository outbox;
    private final VacancyValidator validator;
    private final EmployerService employers;
    /** Why "Send for checks" is refused before the employer confirms their address. */
    public static final String EMAIL_NOT_CONFIRMED = "Please confirm your email address before sending a vacancy "
            + "for checks: open the link we emailed you (\"Send the link again\" is on My vacancies). Until then "
            + "you can save it as a draft; nothing you typed has been lost.";
    private final AccountService accounts;
    private final EmailVerificationService verification;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, VacancyAdjustmentRepository adjustments,
                   VacancyDemandRepository demands, VacancyStatusChangeRepository history,
                   IndexOutboxRepository outbox, VacancyValidator validator, EmployerService employers,
                   AccountService accounts, EmailVerificationService verification, Clock clock) {
        this.vacancies = vacancies;
        this.adjustments = adjustments;
        this.demands = demands;
        this.history = history;
        this.outbox = outbox;
        this.validator = validator;
        this.employers = employers;
        this.accounts = accounts;
        this.verification = verification;
        this.clock = clock;
    }

    /** Saves a new vacancy (a change needs the version it started from: see the four-argument save). */
    @Transactional
    public long save(SignedInUser actor, Long id, VacancyDraft draft) {
        return save(actor, id, null, draft);
    }

    /**
     * Saves a new vacancy (id and version null) or changes one; a published vacancy goes back for checks.
     * A change must start from the stored version ({@code version}, as the editor loaded it), or it is
     * refused with {@link ChangedBySomeoneElseException} and nothing is written.
     */
    @Transactional
    public long save(SignedInUser actor, Long id, Long version, VacancyDraft draft) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        VacancyValidator.Checked checked = validator.check(draft, today());
        FieldErrors.throwIfAny(checked.errors());
        Instant now = clock.instant();
        Vacancy saved;
        if (id == null) {
            return insert(actor, actor.organisationId(), draft, checked.location(), VacancyStatus.DRAFT);
        } else {
            Vacancy current = ownVacancy(actor, id);
            ChangedBySomeoneElseException.check(THING, version, current.version());
            if (current.status().isFinished()) {
                throw new NotAllowedException("This vacancy is " + current.status().label().toLowerCase()
                        + " and can no longer be changed");
            }
            // What vetting checked (the words, adjustments and demands) must be checked again when it
            // changes; dates, pay and other terms of a published vacancy can change without new checks.
            VacancyStatus status = current.status() == VacancyStatus.PUBLISHED && vettedContentChanged(current, draft)
                    ? VacancyStatus.SUBMITTED : current.status();
            Vacancy changed = fromDraft(id, current.organisationId(), draft, checked.location(), status,
                    current.publishedAt(), current.createdAt(), now, version);
            saved = ChangedBySomeoneElseException.guard(THING, () -> storedVersion(id), () -> vacancies.update(changed));
            if (status != current.status()) {
                recordStatus(id, current.status(), status, actor, "Changed after publication");
            }
            adjustments.deleteByVacancyId(id);
            demands.deleteByVacancyId(id);
        }
        saveCodes(saved.id(), draft);
        changed(saved.id());
        return saved.id();
    }

    /**
     * Imports many vacancies for one organisation, all or nothing: every row is checked first and the
     * errors of all rows are reported together (key "row N: field"); otherwise every row is saved in
     * this one transaction, as drafts or sent for checks. For specialists and administrators.
     */
    @Transactional
    public List<Long> importAll(SignedInUser actor, long organisationId, List<VacancyDraft> drafts, boolean submit) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        if (employers.find(organisationId).isEmpty()) {
            throw new NotAllowedException("No such organisation");
        }
        return importRows(actor, organisationId, drafts, submit, saved -> { });
    }

    /**
     * An employer's import of their own organisation's vacancies, with the same all-or-nothing rule as
     * {@link #importAll}: one transaction, so a failure part way (or a stopped server) leaves none of
     * them saved. {@code progress} hears how many rows are saved so far. Sending them for checks needs
     * a confirmed email address, as for one vacancy.
     */
    @Transactional
    public List<Long> importOwn(SignedInUser actor, List<VacancyDraft> drafts, boolean submit, IntConsumer progress) {
        long organisationId = ownOrganisation(actor);
        if (submit && !verification.isVerified(actor.id())) {
            throw new NotAllowedException(EMAIL_NOT_CONFIRMED);
        }
        return importRows(actor, organisationId, drafts, submit, progress);
    }

    /** What would stop this draft from being saved, by field, without saving anything. */
    public Map<String, String> problems(VacancyDraft draft) {
        return validator.check(draft, today()).errors();
    }

    private List<Long> importRows(SignedInUser actor, long organisationId, List<VacancyDraft> drafts, boolean submit,
                                  IntConsumer progress) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        List<PostcodeLocation> locations = new java.util.ArrayList<>(drafts.size());
        for (int row = 0; row < drafts.size(); row++) {
            VacancyValidator.Checked checked = validator.check(drafts.get(row), today());
            int number = row + 1;
            checked.errors().forEach((field, message) -> errors.put("row " + number + ": " + field, message));
            locations.add(checked.location());
        }
        FieldErrors.throwIfAny(errors);
        List<Long> ids = new java.util.ArrayList<>(drafts.size());
        for (int row = 0; row < drafts.size(); row++) {
            long id = insert(actor, organisationId, drafts.get(row), locations.get(row), VacancyStatus.DRAFT);
            if (submit) {
                move(vacancies.findById(id).orElseThrow(), VacancyStatus.SUBMITTED, actor, "Imported");
            }
            ids.add(id);
            progress.accept(row + 1);
        }
        return ids;
    }

    private long insert(SignedInUser actor, long organisationId, VacancyDraft draft, PostcodeLocation location,
                        VacancyStatus status) {
        Instant now = clock.instant();
        Vacancy saved = vacancies.save(fromDraft(null, organisationId, draft, location, status, null, now, now, null));
        recordStatus(saved.id(), null, status, actor, null);
        saveCodes(saved.id(), draft);
        changed(saved.id());
        return saved.id();
    }

    private void saveCodes(long vacancyId, VacancyDraft draft) {
        draft.adjustments().forEach((code, note) -> adjustments.save(
                new VacancyAdjustment(null, vacancyId, code, note == null || note.isBlank() ? null : note.strip())));
        new TreeSet<>(draft.demands()).forEach(code -> demands.save(new VacancyDemand(null, vacancyId, code)));
    }

    /** Saves a new draft and sends it for vetting in one step. */
    @Transactional
    public long submit(SignedInUser actor, Long id, VacancyDraft draft) {
        return submit(actor, id, null, draft);
    }

    /**
     * Saves the draft (from the version it started from, as {@link #save}) and sends it for vetting. An
     * employer who has not yet confirmed their email address is refused before anything is saved; they may
     * still save drafts.
     */
    @Transactional
    public long submit(SignedInUser actor, Long id, Long version, VacancyDraft draft) {
        if (actor != null && actor.is(Role.EMPLOYER) && !verification.isVerified(actor.id())) {
            throw new NotAllowedException(EMAIL_NOT_CONFIRMED);
        }
        long vacancyId = save(actor, id, version, draft);
        Vacancy current = ownVacancy(actor, vacancyId);
        if (current.status() == VacancyStatus.DRAFT || current.status() == VacancyStatus.RETURNED) {
            move(current, VacancyStatus.SUBMITTED, actor, null);
        }
        return vacancyId;
    }

    /** A specialist (or administrator) publishes a vacancy after checking it. */
    @Transactional
    public void publish(SignedInUser actor, long id) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Vacancy current = vacancies.findById(id).orElseThrow(() -> new NotAllowedException("No such vacancy"));
        move(current, VacancyStatus.PUBLISHED, actor, null);
    }

    /**
     * A specialist (or administrator) sends a submitted vacancy back to its employer with a reason, which
     * the employer sees on the vacancy. Returns what the employer's email needs.
     */
    @Transactional
    public SentBack sendBack(SignedInUser actor, long id, String reason) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        FieldErrors.requireText(errors, "reason", reason, VacancyLimits.REASON_MAX, "the reason for the employer");
        FieldErrors.throwIfAny(errors);
        Vacancy current = vacancies.findById(id).orElseThrow(() -> new NotAllowedException("No such vacancy"));
        move(current, VacancyStatus.RETURNED, actor, reason.strip());
        Organisation organisation = employers.find(current.organisationId()).orElseThrow();
        return new SentBack(current.id(), current.title(), organisation.contactEmail(), organisation.contactName(),
                reason.strip());
    }

    /** A vacancy sent back for changes, with what the employer needs to hear about it. */
    public record SentBack(long vacancyId, String title, String contactEmail, String contactName, String reason) {
    }

    /** The reason of the latest send-back, while the vacancy is still sent back. */
    public static java.util.Optional<String> sendBackReason(VacancyDetails details) {
        if (details.vacancy().status() != VacancyStatus.RETURNED) {
            return java.util.Optional.empty();
        }
        return details.history().stream().filter(c -> c.toStatus() == VacancyStatus.RETURNED)
                .reduce((first, second) -> second).map(VacancyStatusChange::reason);
    }

    @Transactional
    public void close(SignedInUser actor, long id) {
        move(ownVacancy(actor, id), VacancyStatus.CLOSED, actor, null);
    }

    @Transactional
    public void markFilled(SignedInUser actor, long id) {
        move(ownVacancy(actor, id), VacancyStatus.FILLED, actor, null);
    }

    @Transactional
    public void withdraw(SignedInUser actor, long id) {
        move(ownVacancy(actor, id), VacancyStatus.WITHDRAWN, actor, null);
    }

    /** Employers see their own organisation's vacancies; specialists and administrators see all. */
    @Transactional
    public VacancyDetails details(SignedInUser actor, long id) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER, Role.SPECIALIST, Role.ADMIN);
        Vacancy vacancy = actor.is(Role.EMPLOYER) ? ownVacancy(actor, id)
                : vacancies.findById(id).orElseThrow(() -> new NotAllowedException("No such vacancy"));
        return detailsOf(vacancy, actor.organisationId());
    }

    /** A published vacancy that has not closed: what anyone, signed in or not, may read. */
    @Transactional
    public Optional<VacancyDetails> publicDetails(long id) {
        return vacancies.findById(id)
                .filter(v -> v.status() == VacancyStatus.PUBLISHED && !v.closingDate().isBefore(today()))
                .map(v -> detailsOf(v, -1L));
    }

    /**
     * One page of the published vacancies that have not closed, in id order after {@code afterId}: the
     * public feed. Paged by id so a feed of a million vacancies never counts or skips rows.
     */
    @Transactional
    public PublishedPage publishedOpen(long afterId, int limit) {
        int size = Math.max(1, Math.min(limit, PublishedPage.MAX_SIZE));
        List<Vacancy> page = vacancies.findByStatusAndIdGreaterThanOrderById(VacancyStatus.PUBLISHED, afterId,
                Pageable.from(0, size));
        LocalDate today = today();
        List<VacancyDetails> open = page.stream().filter(v -> !v.closingDate().isBefore(today))
                .map(v -> detailsOf(v, -1L)).toList();
        Long next = page.size() == size ? page.get(page.size() - 1).id() : null;
        return new PublishedPage(open, next);
    }

    /**
     * A vacancy shared with a participant, open or not, as the public page shows it: the caller has
     * checked that it is in this participant's own pipeline.
     */
    @Transactional
    public Optional<VacancyDetails> sharedDetails(long id) {
        return vacancies.findById(id).filter(v -> v.status() != VacancyStatus.DRAFT).map(v -> detailsOf(v, -1L));
    }

    @Transactional
    public List<Vacancy> organisationVacancies(SignedInUser actor, VacancyFilter filter, int offset, int limit) {
        long organisationId = ownOrganisation(actor);
        return vacancies.findByOrganisationIdAndStatusInAndTitleContains(organisationId,
                filter.effectiveStatuses(), filter.effectiveTitle(), page(offset, limit, Sort.of(
                        Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))));
    }

    @Transactional
    public long countOrganisationVacancies(SignedInUser actor, VacancyFilter filter) {
        return vacancies.countByOrganisationIdAndStatusInAndTitleContains(ownOrganisation(actor),
                filter.effectiveStatuses(), filter.effectiveTitle());
    }

    /**
     * One page of the employer's own vacancies for their CSV export, in id order after {@code afterId},
     * each with its adjustments and demands (three queries a page, whatever the page size).
     */
    @Transactional
    public List<VacancyDetails> ownVacanciesAfter(SignedInUser actor, long afterId, int limit) {
        long organisationId = ownOrganisation(actor);
        List<Vacancy> page = vacancies.findByOrganisationIdAndIdGreaterThanOrderById(organisationId, afterId,
                Pageable.from(0, Math.max(1, Math.min(limit, 1000))));
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Vacancy::id).toList();
        Map<Long, List<VacancyAdjustment>> offered = adjustments.findByVacancyIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(VacancyAdjustment::vacancyId));
        Map<Long, List<String>> demanded = demands.findByVacancyIdInOrderById(ids).stream().collect(
                Collectors.groupingBy(VacancyDemand::vacancyId, Collectors.mapping(VacancyDemand::code, Collectors.toList())));
        return page.stream().map(v -> new VacancyDetails(v, "", offered.getOrDefault(v.id(), List.of()),
                demanded.getOrDefault(v.id(), List.of()), List.of(), Map.of())).toList();
    }

    /** The vetting queue, oldest first. */
    @Transactional
    public List<Vacancy> submitted(SignedInUser actor, int offset, int limit) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        return vacancies.findByStatus(VacancyStatus.SUBMITTED,
                page(offset, limit, Sort.of(Sort.Order.asc("updatedAt"), Sort.Order.asc("id"))));
    }

    @Transactional
    public long countSubmitted(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        return vacancies.countByStatus(VacancyStatus.SUBMITTED);
    }

    /** Turns a stored vacancy back into the editor's form values. */
    public static VacancyDraft toDraft(VacancyDetails details) {
        Vacancy v = details.vacancy();
        Map<String, String> offered = details.adjustments().stream().collect(Collectors.toMap(
                VacancyAdjustment::code, a -> Objects.requireNonNullElse(a.note(), ""), (a, b) -> a,
                java.util.LinkedHashMap::new));
        return new VacancyDraft(v.title(), v.description(), v.occupationCode(), v.occupationTitle(), v.postcode(),
                v.workMode(), v.hoursMin(), v.hoursMax(), WorkPatterns.parse(v.workPatterns()), v.contractType(),
                v.payMin(), v.payMax(), v.payPeriod(), v.closingDate(), v.positions(), offered,
                new TreeSet<>(details.demands()));
    }

    private VacancyDetails detailsOf(Vacancy vacancy, Long viewerOrganisationId) {
        String organisation = employers.find(vacancy.organisationId()).map(Organisation::name).orElse("");
        List<VacancyStatusChange> changes = history.findByVacancyIdOrderById(vacancy.id());
        Map<Long, String> authors = new java.util.HashMap<>();
        changes.forEach(c -> authors.computeIfAbsent(c.changedBy(), id -> accounts.authorName(id, viewerOrganisationId)));
        return new VacancyDetails(vacancy, organisation, adjustments.findByVacancyIdOrderById(vacancy.id()),
                demands.findByVacancyIdOrderById(vacancy.id()).stream().map(VacancyDemand::code).toList(), changes,
                authors);
    }

    private void move(Vacancy current, VacancyStatus next, SignedInUser actor, String reason) {
        if (!current.status().canMoveTo(next)) {
            throw new NotAllowedException("A vacancy that is " + current.status().label().toLowerCase()
                    + " cannot be " + verb(next));
        }
        vacancies.update(current.withStatus(next, clock.instant()));
        recordStatus(current.id(), current.status(), next, actor, reason);
        changed(current.id());
    }

    private boolean vettedContentChanged(Vacancy current, VacancyDraft draft) {
        Map<String, String> offered = new java.util.HashMap<>();
        adjustments.findByVacancyIdOrderById(current.id()).forEach(a -> offered.put(a.code(), a.note()));
        Map<String, String> wanted = new java.util.HashMap<>();
        draft.adjustments().forEach((code, note) -> wanted.put(code, note == null || note.isBlank() ? null : note.strip()));
        java.util.Set<String> demanded = new java.util.HashSet<>(
                demands.findByVacancyIdOrderById(current.id()).stream().map(VacancyDemand::code).toList());
        return !current.title().equals(draft.title().strip())
                || !current.description().equals(draft.description().strip())
                || !offered.equals(wanted) || !demanded.equals(new java.util.HashSet<>(draft.demands()));
    }

    private static String verb(VacancyStatus next) {
        return switch (next) {
            case RETURNED -> "sent back";
            case DRAFT -> "made a draft again";
            case SUBMITTED -> "sent for checks";
            case PUBLISHED -> "published";
            case CLOSED -> "closed";
            case FILLED -> "marked as filled";
            case WITHDRAWN -> "withdrawn";
        };
    }

    private void recordStatus(long vacancyId, VacancyStatus from, VacancyStatus to, SignedInUser actor,
                              String reason) {
        history.save(new VacancyStatusChange(null, vacancyId, from, to, actor.id(), clock.instant(), reason));
    }

    private void changed(long vacancyId) {
        outbox.save(new IndexOutboxEntry(null, vacancyId, clock.instant()));
    }

    private Vacancy ownVacancy(SignedInUser actor, long id) {
        long organisationId = ownOrganisation(actor);
        return vacancies.findById(id)
                .filter(v -> v.organisationId() == organisationId)
                .orElseThrow(() -> new NotAllowedException("This vacancy belongs to another organisation"));
    }

    private static long ownOrganisation(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        if (actor.organisationId() == null) {
            throw new NotAllowedException("Your account is not linked to an organisation");
        }
        return actor.organisationId();
    }

    private Long storedVersion(long id) {
        return vacancies.findById(id).map(Vacancy::version).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Pageable page(int offset, int limit, Sort sort) {
        int size = Math.max(1, Math.min(limit, 100));
        return Pageable.from(offset / size, size, sort);
    }

    private static Vacancy fromDraft(Long id, long organisationId, VacancyDraft d, PostcodeLocation at,
                                     VacancyStatus status, Instant publishedAt, Instant createdAt, Instant now,
                                     Long version) {
        return new Vacancy(id, organisationId, d.title().strip(), d.description().strip(),
                d.occupationCode(), d.occupationTitle().strip(), at.postcode(), at.district(),
                at.localAuthorityCode(), at.localAuthority(), at.point().latitude(), at.point().longitude(),
                d.workMode(), d.hoursMin(), d.hoursMax(), WorkPatterns.format(d.patterns()), d.contractType(),
                d.payMin(), d.payMax(), d.payPeriod(), d.closingDate(), d.positions(), status, publishedAt,
                createdAt, now, version);
    }

}
