package vn.govportal.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The portal's tables as the database describes them: every table but Flyway's own, in an
 * order in which each comes after the tables it refers to, with its columns and primary key.
 * Read from the database itself, so a backup follows the schema as migrations change it.
 */
final class Schema {

    /** A column and how its values are carried. */
    record Column(String name, Kind kind, boolean generated) {
    }

    /** How a column's values are written into a backup and read back. */
    enum Kind {
        INTEGER, BOOLEAN, INSTANT, DATE, BYTES, TEXT;

        static Kind of(int sqlType) {
            return switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
                case Types.DATE -> DATE;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
                default -> TEXT;
            };
        }
    }

    /** A table: its columns, and the key its rows are ordered by. */
    record Table(String name, List<Column> columns, List<String> key) {

        boolean hasBytes() {
            return columns.stream().anyMatch(c -> c.kind() == Kind.BYTES);
        }

        /** Every column, a binary one only as 1 (a value) or 0 (none): rows are read without the files they hold. */
        String selectWithoutBytes() {
            return String.join(", ", columns.stream().map(c -> c.kind() == Kind.BYTES
                    ? "CASE WHEN " + c.name() + " IS NULL THEN 0 ELSE 1 END AS " + c.name() : c.name()).toList());
        }

        String selectAll() {
            return String.join(", ", columns.stream().map(Column::name).toList());
        }

        String orderBy() {
            return String.join(", ", key.isEmpty() ? columns.stream().filter(c -> c.kind() != Kind.BYTES).map(Column::name).toList() : key);
        }
    }

    private Schema() {
    }

    /** The portal's tables, each after those it refers to. */
    static List<Table> read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, String> tables = new TreeMap<>(); // lower-case name -> name as the database spells it
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                    tables.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            Set<String> targets = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), table.getValue())) {
                while (rs.next()) {
                    String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!target.equals(table.getKey()) && tables.containsKey(target)) {
                        targets.add(target); // a table referring to itself (a scaled image to its original) is ordered by key
                    }
                }
            }
            refersTo.put(table.getKey(), targets);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (String name : tables.keySet()) {
                if (!placed.contains(name) && placed.containsAll(refersTo.get(name))) {
                    ordered.add(describe(c, meta, name, tables.get(name)));
                    placed.add(name);
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException("The tables refer to each other in a cycle: " + refersTo);
            }
        }
        return ordered;
    }

    private static Table describe(Connection c, DatabaseMetaData meta, String name, String spelled) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + name + " WHERE 1 = 0")) {
            ResultSetMetaData columnsMeta = rs.getMetaData();
            for (int i = 1; i <= columnsMeta.getColumnCount(); i++) {
                columns.add(new Column(columnsMeta.getColumnName(i).toLowerCase(Locale.ROOT),
                        Kind.of(columnsMeta.getColumnType(i)), columnsMeta.isAutoIncrement(i)));
            }
        }
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), spelled)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new Table(name, columns, new ArrayList<>(new LinkedHashMap<>(key).values()));
    }
}
