package org.workingwin.matching.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingwin.matching.profile.TestProfile.profile;
import static org.workingwin.matching.vacancy.TestVacancy.ROTHERHAM_S60;
import static org.workingwin.matching.vacancy.TestVacancy.SHEFFIELD_S1;
import static org.workingwin.matching.vacancy.TestVacancy.vacancy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.TestVacancy;
import org.workingwin.matching.vacancy.WorkMode;

class ReasonWriterTest {

    private final ReasonWriter writer = new ReasonWriter(new NeedRules(Taxonomy.loadDefault()));

    private List<Reason> reasons(TestProfile profile, TestVacancy vacancy) {
        return writer.write(profile.build(), vacancy.build(), TextEvidence.NONE);
    }

    private List<String> sentences(TestProfile profile, TestVacancy vacancy) {
        return reasons(profile, vacancy).stream().map(Reason::sentence).toList();
    }

    private static TestVacancy plain(long id) {
        // No demands, no occupation, no patterns: only what a test adds is said.
        return vacancy(id).demands().occupation(null, null).patterns().adjustments();
    }

    @Test
    void a_need_met_names_the_first_offered_adjustment_and_what_it_helps_with() {
        assertThat(reasons(profile(1).wouldHelp("fatigue"), plain(1).adjustments("remote_working", "flexible_start")))
                .contains(new Reason(ReasonKind.NEED_MET, true, "Offers flexible start and finish, which helps with fatigue",
                        List.of("fatigue", "flexible_start")));
    }

    @Test
    void a_would_help_need_not_met_says_what_would_help() {
        assertThat(reasons(profile(1).wouldHelp("concentration"), plain(1)))
                .contains(new Reason(ReasonKind.NEED_NOT_MET, false,
                        "Does not offer quiet or private workspace, which would help with concentration",
                        List.of("concentration", "quiet_workspace")));
    }

    @Test
    void must_have_needs_are_said_before_would_help_needs() {
        assertThat(sentences(profile(1).wouldHelp("fatigue").mustHave("lifting_limits"),
                plain(1).adjustments("flexible_start", "lifting_aids")).subList(0, 2)).containsExactly(
                "Offers lifting aids, which helps with lifting and carrying",
                "Offers flexible start and finish, which helps with fatigue");
    }

    @Test
    void a_demand_made_acceptable_says_by_what() {
        assertThat(reasons(profile(1).mustHave("lifting_limits"), plain(1).demands("heavy_lifting").adjustments("lifting_aids")))
                .contains(new Reason(ReasonKind.DEMAND_MITIGATED, true, "Involves heavy lifting, but offers lifting aids",
                        List.of("heavy_lifting", "lifting_aids")));
    }

    @Test
    void a_demand_clashing_with_two_needs_is_said_once() {
        assertThat(sentences(profile(1).wouldHelp("fatigue", "sleep_medication"),
                plain(1).demands("night_work").adjustments("fixed_daytime")))
                .containsOnlyOnce("Involves night work, but offers fixed daytime pattern");
    }

    @Test
    void a_demand_that_clashes_with_no_need_of_the_participant_is_not_mentioned() {
        assertThat(reasons(profile(1).wouldHelp("fatigue"), plain(1).demands("heavy_lifting").adjustments("flexible_start")))
                .extracting(Reason::kind).doesNotContain(ReasonKind.DEMAND_MITIGATED);
    }

    @Test
    void distance_is_to_a_tenth_of_a_km_below_10_and_whole_km_above() {
        assertThat(sentences(profile(1), plain(1))).contains("3.1 km from S10");
        assertThat(sentences(profile(1), plain(1).at(ROTHERHAM_S60, "S60", "Rotherham"))).contains("12 km from S10");
    }

    @Test
    void a_hybrid_vacancy_says_so_with_the_distance() {
        assertThat(reasons(profile(1), plain(1).workMode(WorkMode.HYBRID))).contains(
                new Reason(ReasonKind.DISTANCE, true, "Hybrid, 3.1 km from S10", List.of("HYBRID", "S1")));
    }

    @Test
    void a_remote_vacancy_says_distance_does_not_matter() {
        assertThat(reasons(profile(1).home(null, null, 0), plain(1).workMode(WorkMode.REMOTE))).contains(
                new Reason(ReasonKind.DISTANCE, true, "Remote, so travel distance does not matter", List.of("REMOTE")));
    }

    @Test
    void without_a_home_district_the_distance_is_from_home() {
        assertThat(sentences(profile(1).home(null, TestProfile.SHEFFIELD_S10, 15), plain(1))).contains("3.1 km from home");
    }

    @Test
    void the_same_district_is_under_a_tenth_of_a_km() {
        assertThat(sentences(profile(1).home("S1", SHEFFIELD_S1, 5), plain(1))).contains("Under 0.1 km from S1");
    }

    @Test
    void hours_fit_the_range_the_minimum_or_the_maximum_given() {
        assertThat(sentences(profile(1).hours(15.0, 25.0), plain(1).hours(16, 24))).contains("16 to 24 hours a week fits 15 to 25");
        assertThat(sentences(profile(1).hours(20.0, null), plain(1).hours(37.5, 37.5))).contains("37.5 hours a week fits at least 20");
        assertThat(sentences(profile(1).hours(null, 25.0), plain(1).hours(10, 20))).contains("10 to 20 hours a week fits up to 25");
        assertThat(reasons(profile(1), plain(1))).extracting(Reason::kind).doesNotContain(ReasonKind.HOURS);
    }

    @Test
    void hourly_pay_is_compared_with_the_minimum() {
        assertThat(reasons(profile(1).minimumPay(12.0), plain(1).pay(12.21, 12.80, "HOUR"))).contains(new Reason(
                ReasonKind.PAY, true, "Pays £12.21 to £12.80 an hour, above the minimum of £12.00", List.of("HOUR")));
    }

    @Test
    void yearly_pay_is_quoted_with_its_hourly_equivalent() {
        assertThat(sentences(profile(1).minimumPay(12.0), plain(1).pay(25000.0, 28000.0, "YEAR")))
                .contains("Pays £25,000 to £28,000 a year (£14.32 an hour), above the minimum of £12.00");
        assertThat(sentences(profile(1).minimumPay(12.0), plain(1).pay(2100.5, null, "MONTH")))
                .contains("Pays £2,100.50 a month (£12.89 an hour), above the minimum of £12.00");
    }

    @Test
    void pay_equal_to_the_minimum_says_so_and_missing_pay_is_a_caution() {
        assertThat(sentences(profile(1).minimumPay(12.0), plain(1).pay(11.0, 12.0, "hour")))
                .contains("Pays £11.00 to £12.00 an hour, the minimum of £12.00");
        assertThat(reasons(profile(1).minimumPay(12.0), plain(1).pay(null, null, null))).contains(new Reason(
                ReasonKind.PAY, false, "Pay not given, so the minimum of £12.00 could not be checked", List.of()));
        assertThat(reasons(profile(1), plain(1))).extracting(Reason::kind).doesNotContain(ReasonKind.PAY);
    }

    @Test
    void wanted_roles_found_directly_or_by_synonym_are_quoted() {
        IndexedVacancy vacancy = plain(1).title("Support Worker").build();
        TextEvidence evidence = new TextEvidence(List.of("support worker"), List.of("carer"), List.of("food hygiene", "first aid"));
        assertThat(writer.write(profile(1).build(), vacancy, evidence).stream().map(Reason::sentence).toList())
                .startsWith("Title matches \"support worker\"",
                        "Title \"Support Worker\" is another name for \"carer\"",
                        "Mentions \"food hygiene\" and \"first aid\"");
    }

    @Test
    void a_wanted_occupation_is_named_with_its_title() {
        assertThat(reasons(profile(1).occupations("6135"), plain(1).occupation("6135", "Care workers and home carers")))
                .contains(new Reason(ReasonKind.OCCUPATION, true, "Occupation 6135 (care workers and home carers) matches",
                        List.of("6135")));
        assertThat(sentences(profile(1).occupations("6135"), plain(1).occupation("6135", null))).contains("Occupation 6135 matches");
    }

    @Test
    void contract_type_is_said_only_when_the_participant_has_a_preference() {
        assertThat(sentences(profile(1).contracts("PERMANENT"), plain(1).contract("PERMANENT"))).contains("Permanent contract, as wanted");
        assertThat(reasons(profile(1).contracts("PERMANENT"), plain(1).contract("FIXED_TERM"))).contains(new Reason(
                ReasonKind.CONTRACT, false, "Fixed-term contract, not one of the wanted types", List.of("FIXED_TERM")));
        assertThat(reasons(profile(1), plain(1))).extracting(Reason::kind).doesNotContain(ReasonKind.CONTRACT);
    }

    @Test
    void patterns_outside_the_wanted_ones_are_named() {
        assertThat(sentences(profile(1).patterns("DAYS", "WEEKENDS", "EVENINGS"), plain(1).patterns("WEEKENDS", "DAYS")))
                .contains("Days and weekends, all wanted patterns");
        assertThat(sentences(profile(1).patterns("DAYS"), plain(1).patterns("DAYS"))).contains("Days, a wanted pattern");
        assertThat(reasons(profile(1).patterns("DAYS"), plain(1).patterns("DAYS", "NIGHTS"))).contains(new Reason(
                ReasonKind.PATTERN, false, "Includes nights, which is not a wanted pattern", List.of("NIGHTS")));
        assertThat(sentences(profile(1).patterns("DAYS"), plain(1).patterns("NIGHTS", "WEEKENDS", "DAYS")))
                .contains("Includes nights and weekends, which are not wanted patterns");
    }

    @Test
    void a_wanted_sector_matches_ignoring_case() {
        assertThat(reasons(profile(1).sectors("health and social care"), plain(1).sector("Health and social care")))
                .contains(new Reason(ReasonKind.SECTOR, true, "In a wanted sector, health and social care",
                        List.of("Health and social care")));
        assertThat(sentences(profile(1).sectors("Retail"), plain(1).sector("NHS trust"))).doesNotContain("In a wanted sector, NHS trust");
    }

    @Test
    void every_kind_comes_in_the_documented_order() {
        TestProfile participant = profile(7).occupations("6135").mustHave("lifting_limits").wouldHelp("fatigue", "concentration")
                .hours(15.0, 25.0).minimumPay(12.0).contracts("PERMANENT").patterns("DAYS").sectors("Care");
        TestVacancy job = vacancy(3).title("Care Assistant").occupation("6135", "Care workers and home carers")
                .adjustments("lifting_aids", "phased_start").demands("heavy_lifting").hours(16, 24)
                .pay(12.21, 12.80, "HOUR").contract("PERMANENT").patterns("DAYS").sector("Care");
        TextEvidence evidence = new TextEvidence(List.of("care assistant"), List.of(), List.of());
        assertThat(writer.write(participant.build(), job.build(), evidence).stream().map(Reason::sentence).toList()).containsExactly(
                "Title matches \"care assistant\"",
                "Occupation 6135 (care workers and home carers) matches",
                "Offers lifting aids, which helps with lifting and carrying",
                "Offers phased start or return, which helps with fatigue",
                "Involves heavy lifting, but offers lifting aids",
                "3.1 km from S10",
                "16 to 24 hours a week fits 15 to 25",
                "Pays £12.21 to £12.80 an hour, above the minimum of £12.00",
                "Permanent contract, as wanted",
                "Days, a wanted pattern",
                "In a wanted sector, care",
                "Does not offer quiet or private workspace, which would help with concentration");
    }

    @Test
    void helpers_format_numbers_money_and_lists_as_people_write_them() {
        assertThat(ReasonWriter.formatKm(9.94)).isEqualTo("9.9");
        assertThat(ReasonWriter.formatKm(9.96)).isEqualTo("10");
        assertThat(ReasonWriter.number(16.0)).isEqualTo("16");
        assertThat(ReasonWriter.pounds(12.005, true)).isEqualTo("£12.01");
        assertThat(ReasonWriter.pounds(1234567, false)).isEqualTo("£1,234,567");
        assertThat(ReasonWriter.joinAnd(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(ReasonWriter.midSentence("NHS trust")).isEqualTo("NHS trust");
        assertThat(ReasonWriter.midSentence("Lifting aids")).isEqualTo("lifting aids");
    }
}
