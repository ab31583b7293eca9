package org.workingwin.portal.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

@MicronautTest(startApplication = false)
@Tag("database")
class VacancyServiceIT {

    @Inject
    VacancyService vacancies;
    @Inject
    TestData data;
    @Inject
    Clock clock;
    @Inject
    IndexOutboxRepository outbox;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private VacancyDraft valid(String title) {
        return TestData.validDraft(title, today());
    }

    private static VacancyDraft with(VacancyDraft d, java.util.function.UnaryOperator<Map<String, Object>> change) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", d.title());
        f.put("description", d.description());
        f.put("postcode", d.postcode());
        f.put("hoursMin", d.hoursMin());
        f.put("hoursMax", d.hoursMax());
        f.put("payMin", d.payMin());
        f.put("payMax", d.payMax());
        f.put("closingDate", d.closingDate());
        f.put("adjustments", d.adjustments());
        change.apply(f);
        @SuppressWarnings("unchecked")
        Map<String, String> adjustments = (Map<String, String>) f.get("adjustments");
        return new VacancyDraft((String) f.get("title"), (String) f.get("description"), d.occupationCode(),
                d.occupationTitle(), (String) f.get("postcode"), d.workMode(), (Double) f.get("hoursMin"),
                (Double) f.get("hoursMax"), d.patterns(), d.contractType(), (BigDecimal) f.get("payMin"),
                (BigDecimal) f.get("payMax"), d.payPeriod(), (LocalDate) f.get("closingDate"), d.positions(),
                adjustments, d.demands());
    }

    private Long version(SignedInUser employer, long id) {
        return vacancies.details(employer, id).vacancy().version();
    }

    private Map<String, String> errorsOf(SignedInUser employer, VacancyDraft draft) {
        try {
            vacancies.save(employer, null, draft);
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("the draft was accepted");
    }

    @Test
    void an_employer_saves_a_draft_with_its_adjustments_demands_and_location() {
        SignedInUser employer = data.employer("Draft Shop");
        long id = vacancies.save(employer, null, valid("Shop assistant"));

        VacancyDetails details = vacancies.details(employer, id);
        Vacancy v = details.vacancy();
        assertThat(v.status()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(v.title()).isEqualTo("Shop assistant");
        assertThat(v.postcode()).isEqualTo("S1 2HE");
        assertThat(v.postcodeDistrict()).isEqualTo("S1");
        assertThat(v.localAuthority()).isEqualTo("Sheffield");
        assertThat(v.localAuthorityCode()).isEqualTo("E08000039");
        assertThat(v.payMin()).isEqualByComparingTo("12.21");
        assertThat(details.organisationName()).isEqualTo("Draft Shop");
        assertThat(details.adjustments()).extracting(VacancyAdjustment::code, VacancyAdjustment::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("flexible_start", "Start between 8 and 10am"),
                        org.assertj.core.groups.Tuple.tuple("quiet_workspace", null));
        assertThat(details.demands()).containsExactly("prolonged_standing");
        assertThat(details.history()).extracting(VacancyStatusChange::toStatus).containsExactly(VacancyStatus.DRAFT);
        assertThat(VacancyService.toDraft(details)).isEqualTo(valid("Shop assistant"));
    }

    @Test
    void each_bad_field_gets_its_own_clear_message() {
        SignedInUser employer = data.employer("Careful Shop");
        assertThat(errorsOf(employer, with(valid("x"), f -> {
            f.put("title", " ");
            f.put("postcode", "S1 2H");
            f.put("closingDate", today().minusDays(1));
            f.put("hoursMin", 30.0);
            f.put("hoursMax", 20.0);
            f.put("payMin", new BigDecimal("13.00"));
            f.put("payMax", new BigDecimal("12.00"));
            return f;
        }))).containsExactly(
                Map.entry("title", "Enter a job title"),
                Map.entry("postcode", "Enter a real postcode, like S1 2HE or DN22 7AB"),
                Map.entry("hoursMin", "The fewest hours cannot be more than the most hours"),
                Map.entry("payMin", "The lowest pay cannot be more than the highest pay"),
                Map.entry("closingDate", "The closing date must be today or later"));
    }

    @Test
    void an_unknown_postcode_district_and_over_long_texts_are_refused() {
        SignedInUser employer = data.employer("Long Words Ltd");
        Map<String, String> errors = errorsOf(employer, with(valid("x"), f -> {
            f.put("title", "t".repeat(VacancyLimits.TITLE_MAX + 1));
            f.put("description", "d".repeat(VacancyLimits.DESCRIPTION_MAX + 1));
            f.put("postcode", "ZZ9 9ZZ");
            f.put("adjustments", Map.of("flexible_start", "n".repeat(VacancyLimits.NOTE_MAX + 1)));
            return f;
        }));
        assertThat(errors).containsExactly(
                Map.entry("title", "A job title must be 120 characters or fewer (it is 121)"),
                Map.entry("description", "A description of the job must be 10000 characters or fewer (it is 10001)"),
                Map.entry("postcode", "We cannot find the postcode district ZZ9. Check the postcode and try again"),
                Map.entry("adjustment.flexible_start", "Keep the note to 300 characters or fewer (it is 301)"));
    }

    @Test
    void a_title_of_exactly_the_limit_is_accepted() {
        SignedInUser employer = data.employer("Exact Ltd");
        long id = vacancies.save(employer, null, valid("t".repeat(VacancyLimits.TITLE_MAX)));
        assertThat(vacancies.details(employer, id).vacancy().title()).hasSize(120);
    }

    @Test
    void an_employer_cannot_see_or_change_another_organisations_vacancy() {
        SignedInUser owner = data.employer("Owner Ltd");
        SignedInUser other = data.employer("Other Ltd");
        long id = vacancies.save(owner, null, valid("Private job"));

        assertThatThrownBy(() -> vacancies.details(other, id)).isInstanceOf(NotAllowedException.class)
                .hasMessage("This vacancy belongs to another organisation");
        assertThatThrownBy(() -> vacancies.save(other, id, 0L, valid("Hijacked"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> vacancies.withdraw(other, id)).isInstanceOf(NotAllowedException.class);
        assertThat(vacancies.organisationVacancies(other, VacancyFilter.all(), 0, 50)).isEmpty();
        assertThat(vacancies.details(owner, id).vacancy().title()).isEqualTo("Private job");
    }

    @Test
    void a_participant_or_employer_cannot_publish_and_a_specialist_can() {
        SignedInUser employer = data.employer("Publish Ltd");
        long id = vacancies.submit(employer, null, valid("Checked job"));
        assertThatThrownBy(() -> vacancies.publish(employer, id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> vacancies.publish(data.user(Role.PARTICIPANT), id))
                .isInstanceOf(NotAllowedException.class);

        SignedInUser specialist = data.user(Role.SPECIALIST);
        vacancies.publish(specialist, id);

        VacancyDetails details = vacancies.details(specialist, id);
        assertThat(details.vacancy().status()).isEqualTo(VacancyStatus.PUBLISHED);
        assertThat(details.vacancy().publishedAt()).isNotNull();
        assertThat(details.history()).extracting(VacancyStatusChange::toStatus, VacancyStatusChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VacancyStatus.DRAFT, employer.id()),
                        org.assertj.core.groups.Tuple.tuple(VacancyStatus.SUBMITTED, employer.id()),
                        org.assertj.core.groups.Tuple.tuple(VacancyStatus.PUBLISHED, specialist.id()));
        assertThat(vacancies.publicDetails(id)).isPresent();
        assertThat(details.authors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                employer.id(), "Erin Employer", specialist.id(), "Test SPECIALIST"));
        assertThat(vacancies.details(employer, id).authors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                employer.id(), "Erin Employer", specialist.id(), "a Working Win specialist"));
    }

    @Test
    void closing_a_published_vacancy_hides_it_and_it_can_no_longer_change() {
        SignedInUser employer = data.employer("Close Ltd");
        long id = vacancies.submit(employer, null, valid("Soon closed"));
        vacancies.publish(data.user(Role.SPECIALIST), id);
        vacancies.close(employer, id);

        assertThat(vacancies.publicDetails(id)).isEmpty();
        assertThatThrownBy(() -> vacancies.save(employer, id, version(employer, id), valid("Reopened?")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("This vacancy is closed and can no longer be changed");
        assertThatThrownBy(() -> vacancies.markFilled(employer, id))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("A vacancy that is closed cannot be marked as filled");
    }

    @Test
    void changing_the_words_of_a_published_vacancy_sends_it_back_for_checks() {
        SignedInUser employer = data.employer("Edit Ltd");
        long id = vacancies.submit(employer, null, valid("Version one"));
        vacancies.publish(data.user(Role.SPECIALIST), id);
        vacancies.save(employer, id, version(employer, id), valid("Version two"));

        VacancyDetails details = vacancies.details(employer, id);
        assertThat(details.vacancy().status()).isEqualTo(VacancyStatus.SUBMITTED);
        assertThat(details.history().getLast().reason()).isEqualTo("Changed after publication");
        assertThat(vacancies.publicDetails(id)).isEmpty();
    }

    @Test
    void changing_the_adjustments_of_a_published_vacancy_sends_it_back_but_a_new_closing_date_does_not() {
        SignedInUser employer = data.employer("Dates Ltd");
        long id = vacancies.submit(employer, null, valid("Steady"));
        vacancies.publish(data.user(Role.SPECIALIST), id);

        vacancies.save(employer, id, version(employer, id), with(valid("Steady"), f -> {
            f.put("closingDate", today().plusDays(60));
            return f;
        }));
        assertThat(vacancies.details(employer, id).vacancy().status()).isEqualTo(VacancyStatus.PUBLISHED);
        assertThat(vacancies.details(employer, id).vacancy().closingDate()).isEqualTo(today().plusDays(60));

        vacancies.save(employer, id, version(employer, id), with(valid("Steady"), f -> {
            f.put("adjustments", Map.of("flexible_start", "Start between 8 and 10am"));
            return f;
        }));
        assertThat(vacancies.details(employer, id).vacancy().status()).isEqualTo(VacancyStatus.SUBMITTED);
    }

    @Test
    void a_specialist_sends_a_vacancy_back_with_a_reason_the_employer_sees_until_it_is_resubmitted() {
        SignedInUser employer = data.employer("Returned Ltd");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        long id = vacancies.submit(employer, null, valid("Needs work"));

        VacancyService.SentBack sent = vacancies.sendBack(specialist, id, "  Please say which days the shifts are.  ");

        assertThat(sent.reason()).isEqualTo("Please say which days the shifts are.");
        assertThat(sent.title()).isEqualTo("Needs work");
        VacancyDetails details = vacancies.details(employer, id);
        assertThat(details.vacancy().status()).isEqualTo(VacancyStatus.RETURNED);
        assertThat(VacancyService.sendBackReason(details)).contains("Please say which days the shifts are.");
        vacancies.save(employer, id, version(employer, id), valid("Needs work, days given"));
        assertThat(vacancies.details(employer, id).vacancy().status()).isEqualTo(VacancyStatus.RETURNED);
        vacancies.submit(employer, id, version(employer, id), valid("Needs work, days given"));
        VacancyDetails resubmitted = vacancies.details(employer, id);
        assertThat(resubmitted.vacancy().status()).isEqualTo(VacancyStatus.SUBMITTED);
        assertThat(VacancyService.sendBackReason(resubmitted)).isEmpty();
    }

    @Test
    void a_send_back_needs_a_reason_and_a_specialist() {
        SignedInUser employer = data.employer("Reasonless Ltd");
        long id = vacancies.submit(employer, null, valid("Unclear"));
        assertThatThrownBy(() -> vacancies.sendBack(employer, id, "Fix it")).isInstanceOf(NotAllowedException.class);
        try {
            vacancies.sendBack(data.user(Role.SPECIALIST), id, " ");
            throw new AssertionError("accepted");
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).containsExactly(Map.entry("reason", "Enter the reason for the employer"));
        }
        assertThat(vacancies.details(employer, id).vacancy().status()).isEqualTo(VacancyStatus.SUBMITTED);
    }

    @Test
    void every_change_writes_an_outbox_entry_in_order() {
        SignedInUser employer = data.employer("Outbox Ltd");
        long before = outbox.latestId();
        long id = vacancies.submit(employer, null, valid("Logged"));
        vacancies.publish(data.user(Role.SPECIALIST), id);
        vacancies.withdraw(employer, id);

        assertThat(outbox.findByIdGreaterThanOrderById(before, io.micronaut.data.model.Pageable.from(0, 50)))
                .extracting(IndexOutboxEntry::vacancyId)
                .containsExactly(id, id, id, id);
    }

    @Test
    void the_organisation_list_filters_by_status_and_title_and_pages() {
        SignedInUser employer = data.employer("Grid Ltd");
        for (int i = 1; i <= 5; i++) {
            vacancies.save(employer, null, valid("Cook " + i));
        }
        long submitted = vacancies.submit(employer, null, valid("Cleaner"));

        assertThat(vacancies.countOrganisationVacancies(employer, VacancyFilter.all())).isEqualTo(6);
        assertThat(vacancies.countOrganisationVacancies(employer,
                new VacancyFilter(EnumSet.of(VacancyStatus.SUBMITTED), null))).isEqualTo(1);
        assertThat(vacancies.organisationVacancies(employer,
                new VacancyFilter(EnumSet.of(VacancyStatus.SUBMITTED), null), 0, 10))
                .extracting(Vacancy::id).containsExactly(submitted);
        assertThat(vacancies.countOrganisationVacancies(employer, new VacancyFilter(Set.of(), "Cook"))).isEqualTo(5);
        assertThat(vacancies.organisationVacancies(employer, new VacancyFilter(Set.of(), "Cook"), 2, 2))
                .hasSize(2);
        assertThat(new TreeSet<>(vacancies.organisationVacancies(employer, VacancyFilter.all(), 0, 50).stream()
                .map(Vacancy::title).toList())).containsExactly("Cleaner", "Cook 1", "Cook 2", "Cook 3", "Cook 4",
                "Cook 5");
    }

    @Test
    void the_second_of_two_saves_from_the_same_version_is_refused_and_the_first_is_kept() {
        SignedInUser employer = data.employer("Race Ltd");
        long id = vacancies.save(employer, null, valid("Both open this"));
        Long first = vacancies.details(employer, id).vacancy().version();
        Long second = vacancies.details(employer, id).vacancy().version();

        vacancies.save(employer, id, first, valid("First save wins"));

        assertThatThrownBy(() -> vacancies.submit(employer, id, second, valid("Second save loses")))
                .isInstanceOf(org.workingwin.portal.base.validation.ChangedBySomeoneElseException.class)
                .hasMessage("Someone else changed this vacancy while you were editing it. Your changes are still"
                        + " in the form: check them against the latest version and save again.");
        VacancyDetails stored = vacancies.details(employer, id);
        assertThat(stored.vacancy().title()).isEqualTo("First save wins");
        assertThat(stored.vacancy().status()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(stored.vacancy().version()).isEqualTo(first + 1);

        vacancies.save(employer, id, stored.vacancy().version(), valid("Saved again from the latest"));
        assertThat(vacancies.details(employer, id).vacancy().title()).isEqualTo("Saved again from the latest");
    }

    @Test
    void a_save_started_before_a_specialist_published_the_vacancy_is_refused() {
        SignedInUser employer = data.employer("Race Vetting Ltd");
        long id = vacancies.submit(employer, null, valid("Checked meanwhile"));
        Long loaded = vacancies.details(employer, id).vacancy().version();
        vacancies.publish(data.user(Role.SPECIALIST), id);

        assertThatThrownBy(() -> vacancies.save(employer, id, loaded, valid("Edited while checked")))
                .isInstanceOf(org.workingwin.portal.base.validation.ChangedBySomeoneElseException.class);
        assertThat(vacancies.details(employer, id).vacancy().status()).isEqualTo(VacancyStatus.PUBLISHED);
        assertThat(vacancies.details(employer, id).vacancy().title()).isEqualTo("Checked meanwhile");
    }

    @Test
    void hours_that_are_not_a_number_are_refused_not_stored() {
        SignedInUser employer = data.employer("NaN Ltd");

        Map<String, String> errors = errorsOf(employer, with(valid("Not a number"), f -> {
            f.put("hoursMin", Double.NaN);
            f.put("hoursMax", Double.POSITIVE_INFINITY);
            return f;
        }));

        assertThat(errors).containsEntry("hoursMin", "Enter the fewest hours a week, from 1 to 60")
                .containsEntry("hoursMax", "Enter the most hours a week, from 1 to 60");
    }
}
