package org.workingwin.portal.privacy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain SQL across the features' tables for the export, the erasure and the re-encryption, in the
 * caller's transaction. Values come back as JSON-friendly types: text, numbers, booleans, and dates and
 * times as ISO-8601 text (times in UTC).
 */
@Singleton
class Rows {

    private final JdbcOperations jdbc;

    Rows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> query(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            try {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void bind(PreparedStatement statement, Object[] params) {
        try {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i] instanceof java.time.Instant at ? Timestamp.from(at) : params[i]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Object raw) throws SQLException {
        return switch (raw) {
            case null -> null;
            case Clob clob -> clob.getSubString(1, (int) clob.length());
            case Timestamp t -> t.toInstant().toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            case java.time.LocalDateTime t -> t.toInstant(java.time.ZoneOffset.UTC).toString();
            case java.time.LocalDate d -> d.toString();
            case java.math.BigDecimal n -> n;
            case Number n -> n;
            case Boolean b -> b;
            default -> raw.toString();
        };
    }
}
