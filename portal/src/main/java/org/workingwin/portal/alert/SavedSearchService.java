package org.workingwin.portal.alert;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.search.ParticipantSearches;
import org.workingwin.portal.search.PublicBrowse;
import org.workingwin.portal.search.VacancySearchService;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.WorkModes;

/**
 * A participant's saved searches and which emails they want. Each call acts on the signed-in
 * participant's own searches only; someone else's search is "not found".
 */
@Singleton
public class SavedSearchService implements ParticipantSearches {

    public static final int NAME_MAX = ParticipantSearches.NAME_MAX;
    /** Enough for the searches a person keeps in mind; keeps each digest short. */
    public static final int SEARCHES_MAX = 10;

    private final SavedSearchRepository searches;
    private final MailPreferenceRepository preferences;
    private final ParticipantService participants;
    private final VacancySearchService search;
    private final Taxonomy taxonomy;
    private final Clock clock;

    SavedSearchService(SavedSearchRepository searches, MailPreferenceRepository preferences,
                       ParticipantService participants, VacancySearchService search, Taxonomy taxonomy, Clock clock) {
        this.searches = searches;
        this.preferences = preferences;
        this.participants = participants;
        this.search = search;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @Override
    public Optional<String> homeDistrict(SignedInUser participant) {
        return participant.is(Role.PARTICIPANT) ? participants.ownHomeDistrict(participant) : Optional.empty();
    }

    /** Checks the search as the Vacancies page would, then keeps it; its digest starts from now. */
    @Override
    @Transactional
    public void save(SignedInUser me, String name, PublicBrowse browse) {
        NotAllowedException.requireRole(me, Role.PARTICIPANT);
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "name", name, NAME_MAX, "a name for this search");
        if (searches.countByUserId(me.id()) >= SEARCHES_MAX) {
            errors.put("name", "You can keep up to " + SEARCHES_MAX + " searches. Delete one first");
        }
        FieldErrors.throwIfAny(errors);
        search.browse(browse);
        Instant now = clock.instant();
        boolean near = browse.postcode() != null && !browse.postcode().isBlank();
        searches.save(new SavedSearch(null, me.id(), name.strip(), blankToNull(browse.keywords()),
                near ? browse.postcode().strip().toUpperCase(java.util.Locale.ROOT) : null,
                near ? browse.radiusKm() : null, browse.hoursMin(), browse.hoursMax(),
                join(browse.workModes().stream().map(Enum::name).collect(Collectors.toSet())),
                join(browse.contractTypes()), join(browse.localAuthorities()), join(browse.adjustments()), now, now));
    }

    @Transactional
    public List<SavedSearch> mine(SignedInUser me) {
        NotAllowedException.requireRole(me, Role.PARTICIPANT);
        return searches.findByUserIdOrderById(me.id());
    }

    @Transactional
    public void delete(SignedInUser me, long id) {
        NotAllowedException.requireRole(me, Role.PARTICIPANT);
        SavedSearch found = searches.findById(id).filter(s -> s.userId() == me.id())
                .orElseThrow(() -> new NotAllowedException("No such saved search"));
        searches.delete(found);
    }

    @Transactional
    public MailPreference preferences(SignedInUser me) {
        NotAllowedException.requireRole(me, Role.PARTICIPANT);
        return preferenceOf(me.id());
    }

    @Transactional
    public void setEmails(SignedInUser me, MailKind kind, boolean on) {
        NotAllowedException.requireRole(me, Role.PARTICIPANT);
        set(me.id(), kind, on);
    }

    MailPreference preferenceOf(long userId) {
        return preferences.findById(userId).orElse(new MailPreference(userId, true, true));
    }

    void set(long userId, MailKind kind, boolean on) {
        MailPreference next = preferenceOf(userId).with(kind, on);
        if (preferences.existsById(userId)) {
            preferences.update(next);
        } else {
            preferences.save(next);
        }
    }

    /** The browse a saved search stands for, newest first: what the digest runs. */
    static PublicBrowse browseOf(SavedSearch s, int page, int pageSize) {
        return new PublicBrowse(s.keywords(), s.postcode(), s.radiusKm(), s.hoursMin(), s.hoursMax(),
                split(s.workModes()).stream().map(WorkMode::valueOf).collect(Collectors.toSet()),
                split(s.contractTypes()), split(s.localAuthorities()), split(s.adjustments()), BrowseSort.NEWEST, page,
                pageSize);
    }

    /** The search in plain words: "Words: florist. Near S1, within 20 km. Offers: Flexible hours". */
    public String describe(SavedSearch s) {
        StringBuilder out = new StringBuilder();
        if (s.keywords() != null) {
            out.append("Words: ").append(s.keywords()).append(". ");
        }
        if (s.postcode() != null) {
            out.append("Near ").append(s.postcode()).append(", within ")
                    .append(Math.round(s.radiusKm() == null ? 10 : s.radiusKm())).append(" km. ");
        }
        if (s.hoursMin() != null || s.hoursMax() != null) {
            out.append("Hours a week: ").append(s.hoursMax() == null ? "at least " + Math.round(s.hoursMin())
                    : s.hoursMin() == null ? "up to " + Math.round(s.hoursMax())
                    : Math.round(s.hoursMin()) + " to " + Math.round(s.hoursMax())).append(". ");
        }
        labels(out, "Where", split(s.workModes()), code -> WorkModes.label(WorkMode.valueOf(code)));
        labels(out, "Contract", split(s.contractTypes()), code -> ContractType.valueOf(code).label());
        labels(out, "Area", split(s.localAuthorities()), code -> code);
        labels(out, "Offers", split(s.adjustments()),
                code -> taxonomy.adjustment(code).map(Adjustment::label).orElse(code));
        return out.isEmpty() ? "All jobs." : out.toString().strip();
    }

    private static void labels(StringBuilder out, String what, Set<String> codes,
                               java.util.function.Function<String, String> label) {
        if (!codes.isEmpty()) {
            out.append(what).append(": ").append(codes.stream().map(label).collect(Collectors.joining(", ")))
                    .append(". ");
        }
    }

    private static String join(Set<String> codes) {
        return codes == null ? "" : String.join(",", new TreeSet<>(codes));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
