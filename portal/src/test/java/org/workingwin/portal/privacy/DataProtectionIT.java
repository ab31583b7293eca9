package org.workingwin.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.crypto.HealthNoteCipher;
import org.workingwin.portal.base.crypto.UnreadableNoteException;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.TestData;
import org.workingwin.portal.match.MatchService;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.search.ParticipantIndexService;

/**
 * Health notes at rest, the subject access export, deletion on request and the retention job, on a real
 * database, checked with plain SQL as an auditor would.
 */
@MicronautTest(transactional = false)
@Tag("database")
class DataProtectionIT {

    @Inject
    PrivacyFixture fixture;
    @Inject
    org.workingwin.portal.pipeline.PipelineService pipeline;
    @Inject
    org.workingwin.portal.passport.PassportService passports;
    @Inject
    ParticipantService participants;
    @Inject
    org.workingwin.portal.contact.EmployerContactService contacts;
    @Inject
    org.workingwin.portal.referral.ReferralService referrals;
    @Inject
    EmploymentPlanService plans;
    @Inject
    ParticipantExportService exports;
    @Inject
    ParticipantErasureService erasure;
    @Inject
    NoteReencryption reencryption;
    @Inject
    HealthNoteCipher cipher;
    @Inject
    ParticipantIndexService participantIndex;
    @Inject
    MatchService matches;
    @Inject
    TestData data;
    @Inject
    Rows rows;
    @Inject
    Clock clock;
    @Inject
    io.micronaut.transaction.TransactionOperations<Connection> transactions;

    @Test
    void health_notes_are_stored_encrypted_and_read_back_as_written() throws SQLException {
        PrivacyFixture.Person p = fixture.everywhere();

        for (PersonalData.Sealed column : PersonalData.SEALED) {
            List<String> stored = values("SELECT " + column.column() + " FROM " + column.table() + " WHERE "
                    + ofParticipant(column.table()) + " AND " + column.column() + " IS NOT NULL", p.id());
            assertThat(stored).as(column.toString()).isNotEmpty().allSatisfy(value -> assertThat(value)
                    .startsWith("ww1:").doesNotContain("sertraline", "Panic", "mental", "Patel", "Psychiatrist",
                            "0114", "nhs.example", "Fatigue", "Tired", "Good fit", "Have a look", "quiet work",
                            "Low mood", "mornings"));
        }
        assertThat(values("SELECT note FROM participant_need WHERE participant_id = ?", p.id())).hasSize(1);
        assertThat(values("SELECT health_contact_email FROM employment_plan WHERE participant_id = ?", p.id()))
                .hasSize(1);
        assertThat(participants.details(p.specialist(), p.id()).needs().getFirst().note()).isEqualTo(PrivacyFixture.NOTE);
        assertThat(plans.plan(p.specialist(), p.id()).orElseThrow().healthSupport())
                .isEqualTo(PrivacyFixture.HEALTH_SUPPORT);
        assertThat(plans.plan(p.specialist(), p.id()).orElseThrow().healthContactRole()).isEqualTo("Psychiatrist");
        assertThat(plans.reviews(p.specialist(), p.id()).getFirst().notes()).isEqualTo(PrivacyFixture.REVIEW_NOTE);
        assertThat(participants.history(p.specialist(), p.id()).stream().flatMap(r -> r.changes().stream()))
                .anyMatch(line -> line.contains("note \"" + PrivacyFixture.NOTE + "\""));

        assertThat(pipeline.details(p.specialist(), p.opportunity()).timeline())
                .extracting(org.workingwin.portal.pipeline.TimelineEntry::note)
                .containsExactly("Good fit for Morgan", "Have a look, Morgan");
        assertThat(contacts.forParticipants(List.of(p.id())))
                .extracting(org.workingwin.portal.contact.EmployerContact::note)
                .containsExactly("Asked about quiet work for Morgan " + p.lastName());
        assertThat(referrals.details(p.admin(), p.referral()).message())
                .isEqualTo(org.workingwin.portal.referral.ReferralTestData.MESSAGE);
    }

    /** Where a sealed column's rows about one participant are, for "... WHERE" + this with their id. */
    private static String ofParticipant(String table) {
        return switch (table) {
            case "opportunity_step" -> "opportunity_id IN (SELECT id FROM opportunity WHERE participant_id = ?)";
            default -> "participant_id = ?";
        };
    }

    @Test
    void a_note_copied_to_another_row_does_not_decrypt() throws SQLException {
        PrivacyFixture.Person a = fixture.everywhere();
        PrivacyFixture.Person b = fixture.everywhere();
        String aNote = values("SELECT note FROM participant_need WHERE participant_id = ?", a.id()).getFirst();
        update("UPDATE participant_need SET note = ? WHERE participant_id = ?", aNote, b.id());

        assertThatThrownBy(() -> participants.details(b.specialist(), b.id()))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining("participant_need.note of row");
        assertThat(participants.details(a.specialist(), a.id()).needs().getFirst().note())
                .isEqualTo(PrivacyFixture.NOTE);
    }

    @Test
    void plaintext_written_before_encryption_is_read_and_then_encrypted_by_the_job() throws SQLException {
        PrivacyFixture.Person p = fixture.everywhere();
        update("UPDATE participant_need SET note = ? WHERE participant_id = ?", "Legacy note: bad back", p.id());
        update("UPDATE plan_review SET notes = ? WHERE participant_id = ?", "Legacy review", p.id());
        assertThat(participants.details(p.specialist(), p.id()).needs().getFirst().note())
                .isEqualTo("Legacy note: bad back");

        assertThat(reencryption.all()).isGreaterThanOrEqualTo(2);

        assertThat(values("SELECT note FROM participant_need WHERE participant_id = ?", p.id()).getFirst())
                .startsWith("ww1:").doesNotContain("Legacy");
        assertThat(values("SELECT notes FROM plan_review WHERE participant_id = ?", p.id()).getFirst())
                .startsWith("ww1:").doesNotContain("Legacy");
        assertThat(participants.details(p.specialist(), p.id()).needs().getFirst().note())
                .isEqualTo("Legacy note: bad back");
        assertThat(plans.reviews(p.specialist(), p.id()).getFirst().notes()).isEqualTo("Legacy review");
        assertThat(reencryption.all()).as("a second run finds nothing to do").isZero();
        assertThatThrownBy(() -> reencryption.run(p.specialist())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_export_holds_every_table_with_notes_decrypted_and_is_recorded_in_the_audit() throws SQLException {
        PrivacyFixture.Person p = fixture.everywhere();

        ParticipantExport export = exports.export(p.specialist(), p.id());

        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        export.sections().forEach(s -> counts.put(s.key(), s.rows().size()));
        assertThat(counts).containsExactly(Map.entry("record", 1), Map.entry("needs", 1),
                Map.entry("recordHistory", 4), Map.entry("plan", 1), Map.entry("planHistory", 1),
                Map.entry("reviews", 1), Map.entry("opportunities", 1), Map.entry("opportunitySteps", 2),
                Map.entry("agreedAdjustments", 0),
                Map.entry("employerContacts", 1), Map.entry("referral", 1), Map.entry("allocation", 1),
                Map.entry("account", 1), Map.entry("savedSearches", 1), Map.entry("mailPreferences", 1),
                Map.entry("unsubscribeLinks", 2), Map.entry("healthAudit", counts.get("healthAudit")));
        assertThat(section(export, "needs").getFirst()).containsEntry("note", PrivacyFixture.NOTE)
                .containsEntry("code", "fatigue").containsEntry("need", "Fatigue or low stamina");
        assertThat(section(export, "plan").getFirst()).containsEntry("health_contact_role", "Psychiatrist");
        assertThat(section(export, "reviews").getFirst()).containsEntry("notes", PrivacyFixture.REVIEW_NOTE);
        assertThat(section(export, "account").getFirst()).containsEntry("email", p.email())
                .doesNotContainKey("password_hash");
        assertThat(section(export, "unsubscribeLinks").getFirst()).doesNotContainKey("token_hash");
        assertThat(section(export, "opportunities").getFirst()).containsEntry("vacancy_title", "Orchard assistant");
        String json = exports.toJson(export);
        assertThat(json).contains("\"reference\":\"" + p.reference() + "\"", PrivacyFixture.NOTE,
                PrivacyFixture.HEALTH_SUPPORT, "\"healthAudit\":[");
        assertThat(values("SELECT action FROM health_audit WHERE participant_id = ? AND action = 'EXPORT'", p.id()))
                .containsExactly("EXPORT");

        assertThat(exports.own(p.me()).participantId()).isEqualTo(p.id());
        assertThat(values("SELECT actor_role FROM health_audit WHERE participant_id = ? AND action = 'EXPORT' "
                + "ORDER BY id", p.id())).containsExactly("SPECIALIST", "PARTICIPANT");
        assertThatThrownBy(() -> exports.export(data.user(Role.SPECIALIST), p.id()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> exports.export(p.me(), p.id())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void deletion_on_request_leaves_nothing_of_them_but_the_allocation_the_audit_trail_and_a_tombstone()
            throws SQLException {
        PrivacyFixture.Person p = fixture.everywhere();
        PrivacyFixture.Person other = fixture.everywhere();
        // On to a job start with an agreed adjustment, so the passport's table holds a row of theirs too.
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        pipeline.recordInterest(p.specialist(), p.opportunity(), null);
        pipeline.introduce(p.specialist(), p.opportunity(), java.util.Set.of(), "Introducing");
        pipeline.recordInterview(p.specialist(), p.opportunity(), today, null);
        pipeline.recordOffer(p.specialist(), p.opportunity(), null);
        pipeline.recordJobStart(p.specialist(), p.opportunity(), new org.workingwin.portal.pipeline.JobStart(today,
                20.0, new java.math.BigDecimal("12.50"), org.workingwin.portal.vacancy.PayPeriod.HOUR), null);
        passports.recordAgreed(p.specialist(), p.opportunity(), Map.of("flexible_start", "From 10am"), today);
        String agreed = "SELECT id FROM agreed_adjustment WHERE opportunity_id = " + p.opportunity() + " OR ? < 0";
        assertThat(values(agreed, p.id())).hasSize(1);
        assertThat(candidateIds(p)).contains(p.id());
        long accountId = p.me().id();
        List<String> arm = values("SELECT arm FROM allocation WHERE referral_id = ?", p.referral());

        assertThatThrownBy(() -> erasure.erase(p.specialist(), p.id(), p.reference()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> erasure.erase(p.admin(), p.id(), "WW-000000"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsExactly(
                        Map.entry("confirmation", "Type the trial reference " + p.reference() + " to confirm")));

        erasure.erase(p.admin(), p.id(), " " + p.reference().toLowerCase() + " ");
        participantIndex.catchUp();

        // By id: no row of theirs in any table, except the four kept on purpose.
        for (String sql : List.of("SELECT id FROM participant WHERE id = ?",
                "SELECT id FROM participant_need WHERE participant_id = ?",
                "SELECT id FROM participant_revision WHERE participant_id = ?",
                "SELECT id FROM employment_plan WHERE participant_id = ?",
                "SELECT id FROM plan_revision WHERE participant_id = ?",
                "SELECT id FROM plan_review WHERE participant_id = ?",
                "SELECT id FROM opportunity WHERE participant_id = ?",
                "SELECT id FROM opportunity_step WHERE opportunity_id = " + p.opportunity() + " OR ? < 0", agreed,
                "SELECT id FROM employer_contact WHERE participant_id = ?",
                "SELECT id FROM referral WHERE participant_id = ?")) {
            assertThat(values(sql, p.id())).as(sql).isEmpty();
        }
        for (String table : List.of("user_account", "saved_search", "mail_preference", "unsubscribe_token",
                "api_token")) {
            String column = table.equals("user_account") ? "id" : "user_id";
            assertThat(values("SELECT " + column + " FROM " + table + " WHERE " + column + " = ?", accountId))
                    .as(table).isEmpty();
        }
        assertThat(values("SELECT participant_id FROM participant_outbox WHERE participant_id = ?", p.id()))
                .as("one bare id, so every node's index drops them").hasSize(1);
        assertThat(values("SELECT action FROM health_audit WHERE participant_id = ? AND action = 'ERASE'", p.id()))
                .containsExactly("ERASE");
        assertThat(rows("SELECT participant_id, reference, reason, erased_by FROM erasure_record "
                + "WHERE participant_id = ?", p.id()))
                .containsExactly(List.of(String.valueOf(p.id()), p.reference(), "REQUEST", String.valueOf(p.admin().id())));
        assertThat(values("SELECT arm FROM allocation WHERE referral_id = ?", p.referral())).isEqualTo(arm);
        assertThat(rows("SELECT first_name, last_name, email, phone, message, participant_id, local_authority "
                + "FROM referral WHERE id = ?", p.referral())).containsExactly(Arrays.asList("(deleted)",
                "(deleted)", null, null, null, null, "Sheffield"));

        // By name and email: nowhere in any text column of any table.
        for (String table : tables()) {
            for (String column : textColumns(table)) {
                assertThat(values("SELECT " + column + " FROM " + table + " WHERE " + column + " LIKE ? OR "
                        + column + " LIKE ?", "%" + p.lastName() + "%", "%" + p.email() + "%"))
                        .as(table + "." + column).isEmpty();
            }
        }
        // The reverse-match index no longer suggests them; the other participant is untouched.
        assertThat(candidateIds(other)).doesNotContain(p.id()).contains(other.id());
        assertThat(participants.details(other.specialist(), other.id()).needs().getFirst().note())
                .isEqualTo(PrivacyFixture.NOTE);
        assertThat(erasure.erasures(p.admin(), 100).getFirst()).isEqualTo(new Erasure(p.id(), p.reference(),
                ErasureReason.REQUEST, "Test ADMIN", erasure.erasures(p.admin(), 1).getFirst().erasedAt()));
    }

    @Test
    void the_retention_job_deletes_those_who_left_longer_ago_than_the_period_and_dates_new_departures()
            throws SQLException {
        PrivacyFixture.Person longGone = fixture.everywhere();
        PrivacyFixture.Person recent = fixture.everywhere();
        PrivacyFixture.Person leftToday = fixture.everywhere();
        PrivacyFixture.Person staying = fixture.everywhere();
        LocalDate today = LocalDate.of(2033, 3, 15);
        Clock fixed = Clock.fixed(today.atTime(2, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        update("UPDATE participant SET status = 'LEFT', left_on = ? WHERE id = ?", today.minusYears(6).minusDays(1),
                longGone.id());
        update("UPDATE participant SET status = 'LEFT', left_on = ? WHERE id = ?", today.minusYears(6), recent.id());
        update("UPDATE participant SET status = 'LEFT', left_on = NULL WHERE id = ?", leftToday.id());
        update("UPDATE participant SET left_on = ? WHERE id = ?", today.minusYears(9), staying.id());

        RetentionJob job = new RetentionJob(rows, erasure, "P6Y", fixed, transactions);
        assertThat(job.run()).isEqualTo(1);

        assertThat(values("SELECT id FROM participant WHERE id = ?", longGone.id())).isEmpty();
        assertThat(rows("SELECT reason, erased_by FROM erasure_record WHERE participant_id = ?", longGone.id()))
                .containsExactly(Arrays.asList("RETENTION", null));
        assertThat(values("SELECT actor_role FROM health_audit WHERE participant_id = ? AND action = 'ERASE'",
                longGone.id())).containsExactly("SYSTEM");
        assertThat(values("SELECT left_on FROM participant WHERE id = ?", recent.id()))
                .containsExactly(today.minusYears(6).toString());
        assertThat(values("SELECT left_on FROM participant WHERE id = ?", leftToday.id()))
                .containsExactly(today.toString());
        assertThat(values("SELECT left_on FROM participant WHERE id = ?", staying.id())).containsExactly((String) null);
    }

    @Test
    void a_change_of_status_to_left_records_the_day_and_coming_back_clears_it() throws SQLException {
        PrivacyFixture.Person p = fixture.everywhere();
        var input = participants.input(p.specialist(), p.id());
        participants.update(p.specialist(), p.id(), participants.version(p.specialist(), p.id()), input.withRecord(input.email(), input.phone(),
                input.preferredContact(), true, true, "LEFT", input.enrolledOn(), input.needNotes(),
                input.disclosedNeeds()));
        assertThat(values("SELECT left_on FROM participant WHERE id = ?", p.id()))
                .containsExactly(LocalDate.now(clock).toString());
        participants.update(p.specialist(), p.id(), participants.version(p.specialist(), p.id()), input);
        assertThat(values("SELECT left_on FROM participant WHERE id = ?", p.id())).containsExactly((String) null);
    }

    private List<Long> candidateIds(PrivacyFixture.Person p) {
        return matches.candidatesFor(p.admin(), p.vacancy(), 0, 100).candidates().stream()
                .map(c -> c.participantId()).toList();
    }

    private static List<Map<String, Object>> section(ParticipantExport export, String key) {
        return export.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().rows();
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        for (List<String> row : rows("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "SCHEMA() AND table_type IN ('BASE TABLE', 'TABLE') AND LOWER(table_name) <> 'flyway_schema_history' "
                + "AND ? = ?", 1, 1)) {
            tables.add(row.getFirst().toLowerCase());
        }
        return tables;
    }

    private List<String> textColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (List<String> row : rows("SELECT column_name, data_type FROM information_schema.columns WHERE "
                + "table_schema = SCHEMA() AND LOWER(table_name) = ?", table)) {
            String type = row.get(1).toLowerCase();
            if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                columns.add(row.getFirst().toLowerCase());
            }
        }
        return columns;
    }

    private List<String> values(String sql, Object... params) throws SQLException {
        return rows(sql, params).stream().map(List::getFirst).toList();
    }

    private List<List<String>> rows(String sql, Object... params) throws SQLException {
        return transactions.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                List<List<String>> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.add(rs.getString(i));
                        }
                        out.add(row);
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void update(String sql, Object... params) throws SQLException {
        transactions.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                return s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
