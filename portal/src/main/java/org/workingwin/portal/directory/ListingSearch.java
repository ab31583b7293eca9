package org.workingwin.portal.directory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directory's one query with optional parts, built from only the conditions asked for. Every value
 * the visitor typed is a bound parameter and LIKE's own characters in it are escaped, so any input
 * matches literally. A code list column matches a code when ",codes," contains ",code,"; the same SQL
 * runs on H2 (MySQL mode) and MariaDB.
 */
@Singleton
class ListingSearch {

    /** What to look for: codes already checked by the service, words already lower-cased. */
    record Criteria(ListingStatus status, String areaCode, HelpKind kind, Audience audience, List<String> words) {
    }

    private final JdbcOperations jdbc;

    ListingSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ProviderListing> find(Criteria criteria, int offset, int limit) {
        List<String> values = new ArrayList<>();
        String sql = "SELECT * FROM provider_listing WHERE " + where(criteria, values)
                + " ORDER BY LOWER(name), id LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            int next = bind(statement, values);
            statement.setInt(next, limit);
            statement.setInt(next + 1, offset);
            try (ResultSet rows = statement.executeQuery();
                 Stream<ProviderListing> found = jdbc.entityStream(rows, ProviderListing.class)) {
                return found.toList();
            }
        });
    }

    long count(Criteria criteria) {
        List<String> values = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM provider_listing WHERE " + where(criteria, values);
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static String where(Criteria c, List<String> values) {
        StringBuilder sql = new StringBuilder("status = ?");
        values.add(c.status().name());
        if (c.areaCode() != null) {
            sql.append(" AND ").append(hasCode("area_codes"));
            values.add(codePattern(c.areaCode()));
        }
        if (c.kind() != null) {
            sql.append(" AND ").append(hasCode("help_kind_codes"));
            values.add(codePattern(c.kind().name()));
        }
        if (c.audience() != null && c.audience() != Audience.ANYONE) {
            sql.append(" AND (").append(hasCode("audience_codes")).append(" OR ").append(hasCode("audience_codes"))
                    .append(')');
            values.add(codePattern(c.audience().name()));
            values.add(codePattern(Audience.ANYONE.name()));
        }
        for (String word : c.words()) {
            sql.append(" AND (LOWER(name) LIKE ? ESCAPE '!' OR LOWER(description) LIKE ? ESCAPE '!')");
            String pattern = "%" + escape(word) + "%";
            values.add(pattern);
            values.add(pattern);
        }
        return sql.toString();
    }

    private static String hasCode(String column) {
        return "CONCAT(',', " + column + ", ',') LIKE ? ESCAPE '!'";
    }

    private static String codePattern(String code) {
        return "%," + escape(code) + ",%";
    }

    /** LIKE's wildcards and the escape character itself, made literal. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static int bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
        return values.size() + 1;
    }
}
