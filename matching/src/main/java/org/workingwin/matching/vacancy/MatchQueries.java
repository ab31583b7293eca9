package org.workingwin.matching.vacancy;

import static org.workingwin.matching.vacancy.VacancyFields.CLOSING_DAY;
import static org.workingwin.matching.vacancy.VacancyFields.CONFLICTS_NEED;
import static org.workingwin.matching.vacancy.VacancyFields.CONTRACT;
import static org.workingwin.matching.vacancy.VacancyFields.DEMAND;
import static org.workingwin.matching.vacancy.VacancyFields.DESCRIPTION;
import static org.workingwin.matching.vacancy.VacancyFields.HOURS_MAX;
import static org.workingwin.matching.vacancy.VacancyFields.HOURS_MIN;
import static org.workingwin.matching.vacancy.VacancyFields.LOCATION;
import static org.workingwin.matching.vacancy.VacancyFields.MEETS_NEED;
import static org.workingwin.matching.vacancy.VacancyFields.OCCUPATION_CODE;
import static org.workingwin.matching.vacancy.VacancyFields.PATTERN;
import static org.workingwin.matching.vacancy.VacancyFields.PAY_HOURLY;
import static org.workingwin.matching.vacancy.VacancyFields.RECENCY;
import static org.workingwin.matching.vacancy.VacancyFields.SECTOR_KEY;
import static org.workingwin.matching.vacancy.VacancyFields.TITLE;
import static org.workingwin.matching.vacancy.VacancyFields.WORK_MODE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.workingwin.matching.geo.DistanceQueries;
import org.workingwin.matching.profile.MatchWeights;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.text.TextQueries;

/**
 * Builds the query that finds vacancies for a participant: every hard rule as a filter or exclusion,
 * every ranking part as an optional clause weighted by {@link MatchWeights}.
 */
final class MatchQueries {

    /** Patterns known to the portal; a vacancy's pattern outside the participant's list costs rank. */
    static final List<String> KNOWN_PATTERNS = List.of("DAYS", "EVENINGS", "NIGHTS", "WEEKENDS");

    private MatchQueries() {}

    /**
     * The match query, or null when the profile rules out every vacancy (it accepts no work mode).
     * Hard rules: open on {@code today}; work mode accepted; within travel distance unless remote;
     * hours overlap; hourly pay at least the minimum when both are given; every must-have need met;
     * no demand clashing with any need unless mitigated; no avoided demand.
     */
    static Query forProfile(ParticipantProfile p, LocalDate today, TextQueries text, Taxonomy taxonomy) {
        if (p.workModes().isEmpty()) {
            return null;
        }
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            if (need.getValue() == NeedLevel.MUST_HAVE && taxonomy.need(need.getKey()).isEmpty()) {
                // No adjustment meets a need the taxonomy does not know.
                return null;
            }
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(LongPoint.newRangeQuery(CLOSING_DAY, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        q.add(anyOf(WORK_MODE, p.workModes().stream().map(Enum::name).toList()), Occur.FILTER);
        q.add(withinReach(p), Occur.FILTER);
        if (p.hoursMax() != null) {
            q.add(DoubleField.newRangeQuery(HOURS_MIN, Double.NEGATIVE_INFINITY, p.hoursMax()), Occur.FILTER);
        }
        if (p.hoursMin() != null) {
            q.add(DoubleField.newRangeQuery(HOURS_MAX, p.hoursMin(), Double.POSITIVE_INFINITY), Occur.FILTER);
        }
        if (p.minimumHourlyPay() != null) {
            // A vacancy without pay has no value here, so it is not excluded: the rule needs both sides.
            q.add(DoubleField.newRangeQuery(PAY_HOURLY, Double.NEGATIVE_INFINITY, Math.nextDown(p.minimumHourlyPay())),
                    Occur.MUST_NOT);
        }
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            if (need.getValue() == NeedLevel.MUST_HAVE) {
                q.add(new TermQuery(new Term(MEETS_NEED, need.getKey())), Occur.FILTER);
            }
        }
        // One clause each, however many needs and demands, so that no profile can reach Lucene's
        // limit on clauses.
        if (!p.needs().isEmpty()) {
            q.add(anyOf(CONFLICTS_NEED, p.needs().keySet()), Occur.MUST_NOT);
        }
        if (!p.demandsToAvoid().isEmpty()) {
            q.add(anyOf(DEMAND, p.demandsToAvoid()), Occur.MUST_NOT);
        }
        addRanking(q, p, today, text, taxonomy);
        return q.build();
    }

    private static Query withinReach(ParticipantProfile p) {
        Query remote = new TermQuery(new Term(WORK_MODE, WorkMode.REMOTE.name()));
        if (p.home() == null) {
            return remote;
        }
        BooleanQuery.Builder reach = new BooleanQuery.Builder();
        reach.add(remote, Occur.SHOULD);
        reach.add(DistanceQueries.within(LOCATION, p.home(), p.maxTravelKm()), Occur.SHOULD);
        return reach.build();
    }

    private static void addRanking(BooleanQuery.Builder q, ParticipantProfile p, LocalDate today, TextQueries text,
            Taxonomy taxonomy) {
        for (String part : new String[] {p.wantedRoles(), p.skills()}) {
            Query keywords = part == null ? null : text.keywords(part, TITLE, MatchWeights.TITLE_BOOST, DESCRIPTION);
            if (keywords != null) {
                q.add(new BoostQuery(keywords, MatchWeights.TEXT), Occur.SHOULD);
            }
        }
        if (!p.occupationCodes().isEmpty()) {
            q.add(constant(anyOf(OCCUPATION_CODE, p.occupationCodes()), MatchWeights.OCCUPATION), Occur.SHOULD);
        }
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            if (need.getValue() == NeedLevel.WOULD_HELP && taxonomy.need(need.getKey()).isPresent()) {
                q.add(constant(new TermQuery(new Term(MEETS_NEED, need.getKey())), MatchWeights.WOULD_HELP_NEED),
                        Occur.SHOULD);
            }
        }
        if (!p.sectors().isEmpty()) {
            Set<String> keys = p.sectors().stream().map(VacancyFields::sectorKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            q.add(constant(anyOf(SECTOR_KEY, keys), MatchWeights.SECTOR), Occur.SHOULD);
        }
        if (!p.contractTypes().isEmpty()) {
            q.add(constant(anyOf(CONTRACT, p.contractTypes()), MatchWeights.CONTRACT), Occur.SHOULD);
        }
        if (!p.patterns().isEmpty()) {
            BooleanQuery.Builder fits = new BooleanQuery.Builder();
            fits.add(anyOf(PATTERN, p.patterns()), Occur.FILTER);
            for (String pattern : KNOWN_PATTERNS) {
                if (!p.patterns().contains(pattern)) {
                    fits.add(new TermQuery(new Term(PATTERN, pattern)), Occur.MUST_NOT);
                }
            }
            q.add(constant(fits.build(), MatchWeights.PATTERN), Occur.SHOULD);
        }
        if (p.home() != null) {
            Query remote = new TermQuery(new Term(WORK_MODE, WorkMode.REMOTE.name()));
            q.add(constant(remote, MatchWeights.DISTANCE), Occur.SHOULD);
            BooleanQuery.Builder near = new BooleanQuery.Builder();
            near.add(LatLonPoint.newDistanceFeatureQuery(LOCATION, MatchWeights.DISTANCE, p.home().latitude(),
                    p.home().longitude(), MatchWeights.DISTANCE_PIVOT_KM * 1000), Occur.MUST);
            near.add(remote, Occur.MUST_NOT);
            q.add(near.build(), Occur.SHOULD);
        }
        long endOfToday = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        q.add(LongField.newDistanceFeatureQuery(RECENCY, MatchWeights.RECENCY, endOfToday,
                Duration.ofDays(MatchWeights.RECENCY_PIVOT_DAYS).toSeconds()), Occur.SHOULD);
    }

    static Query anyOf(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Query constant(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }
}
