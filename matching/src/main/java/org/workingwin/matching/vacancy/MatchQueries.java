package org.workingwin.matching.vacancy;

import static org.workingwin.matching.vacancy.VacancyFields.CLOSING_DAY;
import static org.workingwin.matching.vacancy.VacancyFields.CONFLICTS_NEED;
import static org.workingwin.matching.vacancy.VacancyFields.DEMAND;
import static org.workingwin.matching.vacancy.VacancyFields.DESCRIPTION;
import static org.workingwin.matching.vacancy.VacancyFields.HOURS_MAX;
import static org.workingwin.matching.vacancy.VacancyFields.HOURS_MIN;
import static org.workingwin.matching.vacancy.VacancyFields.LOCATION;
import static org.workingwin.matching.vacancy.VacancyFields.MEETS_NEED;
import static org.workingwin.matching.vacancy.VacancyFields.PAY_HOURLY;
import static org.workingwin.matching.vacancy.VacancyFields.TITLE;
import static org.workingwin.matching.vacancy.VacancyFields.TITLE_SHINGLES;
import static org.workingwin.matching.vacancy.VacancyFields.WORK_MODE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.workingwin.matching.geo.DistanceQueries;
import org.workingwin.matching.index.MatchingDocs;
import org.workingwin.matching.profile.MatchWeights;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.ProfileText;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.text.TextQueries;

/**
 * Builds the queries that find vacancies for a participant: every hard rule as a filter or exclusion,
 * the text relevance of wanted roles and skills as optional clauses, and every other part of the rank
 * as one required {@link MatchRankQuery} weighted by {@link MatchWeights}.
 */
final class MatchQueries {

    /** Patterns known to the portal; a vacancy's pattern outside the participant's list costs rank. */
    static final List<String> KNOWN_PATTERNS = List.of("DAYS", "EVENINGS", "NIGHTS", "WEEKENDS");

    /**
     * One profile's queries: {@code rules} holds only the hard rules, so the suggestions can be found
     * and counted without scoring anything; {@code rank} and {@code text} score them. {@link #ranked}
     * joins them once the eligible vacancies are known.
     */
    record ProfileQuery(Query rules, Function<MatchingDocs, MatchRankQuery> rank, List<Query> text) {
        ProfileQuery {
            text = List.copyOf(text);
        }

        /**
         * The ranked query over {@code eligible}, which must be what {@code rules} matches. The rank
         * clause matches every eligible vacancy, so "at least one optional clause" changes nothing that
         * matches; it lets Lucene score a filter plus optional clauses with its MaxScore algorithm, which
         * skips vacancies that cannot beat the page collected so far.
         */
        Query ranked(MatchingDocs eligible) {
            BooleanQuery.Builder ranked = new BooleanQuery.Builder();
            ranked.add(eligible.filter(), Occur.FILTER);
            ranked.add(rank.apply(eligible), Occur.SHOULD);
            text.forEach(clause -> ranked.add(clause, Occur.SHOULD));
            ranked.setMinimumNumberShouldMatch(1);
            return ranked.build();
        }
    }

    private MatchQueries() {}

    /**
     * The match queries, or null when the profile rules out every vacancy (it accepts no work mode, or
     * has a must-have need the taxonomy does not know). Hard rules: open on {@code today}; work mode
     * accepted; within travel distance unless remote; hours overlap; hourly pay at least the minimum
     * when both are given; every must-have need met; no demand clashing with any need unless
     * mitigated; no avoided demand.
     */
    static ProfileQuery forProfile(ParticipantProfile p, ProfileText analysed, LocalDate today, TextQueries text,
            Taxonomy taxonomy) {
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
        List<Query> ranking = new ArrayList<>();
        List<List<String>> rolePaths = new ArrayList<>();
        for (ProfileText.Role role : analysed.roles()) {
            if (!role.synonyms().isEmpty()) {
                rolePaths.add(role.tokens());
                rolePaths.addAll(role.synonyms());
            }
        }
        addKeywords(ranking, p.wantedRoles(), rolePaths, text);
        if (p.skills() != null) {
            List<List<String>> skillPaths = new ArrayList<>();
            for (ProfileText.Skill skill : analysed.skills()) {
                List<List<String>> synonyms = text.synonymPaths(skill.text());
                if (!synonyms.isEmpty()) {
                    skillPaths.add(skill.tokens());
                    skillPaths.addAll(synonyms);
                }
            }
            addKeywords(ranking, p.skills(), skillPaths, text);
        }
        return new ProfileQuery(q.build(), eligible -> rank(p, today, taxonomy, eligible), ranking);
    }

    // Wanted roles or skills: their terms in title and description, their synonyms whole in the title.
    private static void addKeywords(List<Query> ranking, String typed, List<List<String>> titlePaths,
            TextQueries text) {
        Query keywords = typed == null ? null
                : text.keywords(typed, titlePaths, TITLE, TITLE_SHINGLES, MatchWeights.TITLE_BOOST, DESCRIPTION);
        if (keywords != null) {
            ranking.add(new BoostQuery(keywords, MatchWeights.TEXT));
        }
    }

    static Query withinReach(ParticipantProfile p) {
        Query remote = new TermQuery(new Term(WORK_MODE, WorkMode.REMOTE.name()));
        if (p.home() == null) {
            return remote;
        }
        BooleanQuery.Builder reach = new BooleanQuery.Builder();
        reach.add(remote, Occur.SHOULD);
        reach.add(DistanceQueries.within(LOCATION, p.home(), p.maxTravelKm()), Occur.SHOULD);
        return reach.build();
    }

    private static MatchRankQuery rank(ParticipantProfile p, LocalDate today, Taxonomy taxonomy,
            MatchingDocs eligible) {
        Set<String> wouldHelp = new TreeSet<>();
        long wouldHelpBits = 0;
        boolean needsByBits = true;
        List<Need> needs = taxonomy.needs();
        for (int i = 0; i < needs.size(); i++) {
            if (p.hasNeed(needs.get(i).code(), NeedLevel.WOULD_HELP)) {
                wouldHelp.add(needs.get(i).code());
                if (i < VacancyFields.RANK_NEED_BITS) {
                    wouldHelpBits |= 1L << (VacancyFields.RANK_FIRST_NEED_BIT + i);
                } else {
                    needsByBits = false;
                }
            }
        }
        Set<String> sectorKeys = p.sectors().stream().map(VacancyFields::sectorKey)
                .collect(Collectors.toCollection(TreeSet::new));
        long endOfToday = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        return new MatchRankQuery(p.occupationCodes(), wouldHelp, wouldHelpBits, needsByBits, sectorKeys,
                p.contractTypes(), p.patterns(), p.home(), endOfToday, eligible);
    }

    static Query anyOf(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
