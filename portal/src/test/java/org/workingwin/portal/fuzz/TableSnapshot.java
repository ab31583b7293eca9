package org.workingwin.portal.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.micronaut.transaction.TransactionOperations;

/** Row count of every table and the sum of the version columns: what a refused change must not move. */
final class TableSnapshot {

    private TableSnapshot() {
    }

    static Map<String, String> of(TransactionOperations<Connection> transactions) {
        return transactions.executeRead(status -> read(status.getConnection()));
    }

    private static Map<String, String> read(Connection c) {
        Map<String, String> rows = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    String schema = r.getString("TABLE_SCHEM");
                    if (schema == null || !schema.equalsIgnoreCase("information_schema")) {
                        tables.add(r.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    rows.put(table, r.getString(1));
                }
            }
            for (String versioned : List.of("participant", "vacancy", "organisation")) {
                try (ResultSet r = s.executeQuery("SELECT COALESCE(SUM(version), 0) FROM " + versioned)) {
                    r.next();
                    rows.put(versioned + ".version", r.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** What differs between two snapshots, "table: before->after". */
    static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                changed.put(k, before.get(k) + "->" + v);
            }
        });
        return changed;
    }
}
