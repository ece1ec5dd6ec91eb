package vn.govportal.backup;

/**
 * A backup is a ZIP file: for each table, its rows as JSON lines ({@code tables/NAME.jsonl}, each
 * row an array in the order of the table's columns, times as UTC instants); each stored file as
 * an entry of its own ({@code files/NAME/ROW-COLUMN.bin}, named in its row); and last a manifest
 * ({@code manifest.json}) with the schema version, the tables in the order they are restored, and
 * a SHA-256 of every entry, checked in full before anything is written.
 */
final class BackupFormat {

    static final String NAME = "govportal-backup";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";

    private BackupFormat() {
    }

    static String rowsEntry(String table) {
        return "tables/" + table + ".jsonl";
    }

    static String bytesEntry(String table, long row, int column) {
        return "files/" + table + "/" + row + "-" + column + ".bin";
    }
}
