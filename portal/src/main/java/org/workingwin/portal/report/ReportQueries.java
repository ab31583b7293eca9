package org.workingwin.portal.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports' counts, each one grouped query. {@code specialistId} limits a count to that specialist's
 * caseload; null counts everyone (administrators). The same SQL runs on H2 (MySQL mode) and MySQL: dates
 * are grouped into months in Java, not with either database's date functions.
 */
@Singleton
class ReportQueries {

    private final JdbcOperations jdbc;

    ReportQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Opportunities per step kind reached (each opportunity counted once per kind), and all of them. */
    @ReadOnly
    Map<String, Long> stepsReached(@Nullable Long specialistId) {
        Map<String, Long> counts = counts("SELECT s.kind, COUNT(DISTINCT s.opportunity_id) FROM opportunity_step s"
                + " JOIN opportunity o ON o.id = s.opportunity_id JOIN participant p ON p.id = o.participant_id"
                + " WHERE" + caseload(specialistId) + "GROUP BY s.kind", specialistId);
        counts.putAll(counts("SELECT 'ALL', COUNT(*) FROM opportunity o JOIN participant p ON p.id = o.participant_id"
                + " WHERE" + caseload(specialistId), specialistId));
        return counts;
    }

    /** The start date of every job start on or after {@code from}. */
    @ReadOnly
    List<LocalDate> jobStartDates(@Nullable Long specialistId, LocalDate from) {
        return jdbc.prepareStatement("SELECT o.job_start_date FROM opportunity o JOIN participant p ON p.id = o.participant_id"
                + " WHERE o.job_start_date IS NOT NULL AND o.job_start_date >= ? AND" + caseload(specialistId), statement -> {
                    statement.setObject(1, from);
                    scope(statement, 2, specialistId);
                    List<LocalDate> dates = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            dates.add(rows.getObject(1, LocalDate.class));
                        }
                    }
                    return dates;
                });
    }

    /** Job starts by the local authority of the vacancy, most first. */
    @ReadOnly
    Map<String, Long> jobStartsByArea(@Nullable Long specialistId) {
        return counts("SELECT v.local_authority, COUNT(*) FROM opportunity o JOIN participant p ON p.id = o.participant_id"
                + " JOIN vacancy v ON v.id = o.vacancy_id WHERE o.job_start_date IS NOT NULL AND" + caseload(specialistId)
                + "GROUP BY v.local_authority ORDER BY COUNT(*) DESC, v.local_authority", specialistId);
    }

    /** Adjustment codes by how many published vacancies offer them, most first. */
    @ReadOnly
    Map<String, Long> adjustmentsOffered() {
        return counts("SELECT a.code, COUNT(*) FROM vacancy_adjustment a JOIN vacancy v ON v.id = a.vacancy_id"
                + " WHERE v.status = 'PUBLISHED' GROUP BY a.code ORDER BY COUNT(*) DESC, a.code", null);
    }

    /** Each active participant's need codes (participant id to codes), for counting what would meet them. */
    @ReadOnly
    Map<Long, List<String>> activeNeeds(@Nullable Long specialistId) {
        return jdbc.prepareStatement("SELECT n.participant_id, n.code FROM participant_need n"
                + " JOIN participant p ON p.id = n.participant_id WHERE p.status <> 'LEFT' AND" + caseload(specialistId)
                + "ORDER BY n.participant_id, n.id", statement -> {
                    scope(statement, 1, specialistId);
                    Map<Long, List<String>> needs = new LinkedHashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            needs.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                        }
                    }
                    return needs;
                });
    }

    private Map<String, Long> counts(String sql, @Nullable Long specialistId) {
        return jdbc.prepareStatement(sql, statement -> {
            scope(statement, 1, specialistId);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    /** The caseload condition: one specialist's participants, or everyone's. */
    private static String caseload(@Nullable Long specialistId) {
        return specialistId == null ? " 1 = 1 " : " p.specialist_id = ? ";
    }

    private static void scope(PreparedStatement statement, int index, @Nullable Long specialistId) throws SQLException {
        if (specialistId != null) {
            statement.setLong(index, specialistId);
        }
    }
}
