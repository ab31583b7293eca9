package org.workingwin.matching.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Conflict;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;

/**
 * The taxonomy's need rules applied to one vacancy's adjustments and demands: which needs it meets,
 * and which needs it clashes with because a conflicting demand has no mitigating adjustment. It exists
 * so that both indexes precompute these answers at index time, as one term per need, and the reasons
 * explain them the same way; a query then filters with single terms ("meets need N", "conflicts with
 * need N") instead of re-deriving the rules from adjustment and demand codes on every search, which
 * is what keeps matching fast at a million vacancies. Immutable and safe to share.
 */
public final class NeedRules {

    private final Taxonomy taxonomy;
    private final Map<String, List<Need>> needsMetByAdjustment = new HashMap<>();
    private final Map<String, List<NeedConflict>> conflictsByDemand = new HashMap<>();

    private record NeedConflict(Need need, Conflict conflict) {}

    public NeedRules(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (Need need : taxonomy.needs()) {
            for (String adjustment : need.metBy()) {
                needsMetByAdjustment.computeIfAbsent(adjustment, a -> new ArrayList<>()).add(need);
            }
            for (Conflict conflict : need.conflicts()) {
                conflictsByDemand.computeIfAbsent(conflict.demand(), d -> new ArrayList<>())
                        .add(new NeedConflict(need, conflict));
            }
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Codes of the needs that at least one of {@code adjustments} meets. */
    public SortedSet<String> needsMet(Collection<String> adjustments) {
        SortedSet<String> met = new TreeSet<>();
        for (String adjustment : adjustments) {
            for (Need need : needsMetByAdjustment.getOrDefault(adjustment, List.of())) {
                met.add(need.code());
            }
        }
        return Collections.unmodifiableSortedSet(met);
    }

    /**
     * Codes of the needs that one of {@code demands} clashes with while none of that clash's
     * mitigating adjustments is among {@code adjustments}.
     */
    public SortedSet<String> needsInConflict(Set<String> adjustments, Collection<String> demands) {
        SortedSet<String> conflicting = new TreeSet<>();
        for (String demand : demands) {
            for (NeedConflict nc : conflictsByDemand.getOrDefault(demand, List.of())) {
                if (firstMitigating(nc.conflict(), adjustments).isEmpty()) {
                    conflicting.add(nc.need().code());
                }
            }
        }
        return Collections.unmodifiableSortedSet(conflicting);
    }

    /** The first adjustment, in the need's own order, that is offered and meets it. */
    public Optional<Adjustment> firstMeeting(Need need, Set<String> adjustments) {
        for (String code : need.metBy()) {
            if (adjustments.contains(code)) {
                return taxonomy.adjustment(code);
            }
        }
        return Optional.empty();
    }

    /** The first adjustment, in the conflict's own order, that is offered and mitigates it. */
    public Optional<Adjustment> firstMitigating(Conflict conflict, Set<String> adjustments) {
        for (String code : conflict.mitigatedBy()) {
            if (adjustments.contains(code)) {
                return taxonomy.adjustment(code);
            }
        }
        return Optional.empty();
    }
}
