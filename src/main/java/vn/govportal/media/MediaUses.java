package vn.govportal.media;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stored files an item's text points to, and the recording of every item's uses over
 * plain JDBC, for the migration that introduced them and for the demo content. Staff edits
 * record their uses through {@link MediaUsage}.
 */
public final class MediaUses {

    /** A stored file's address in sanitised HTML: {@code /tep/{id}/…} (see HtmlSanitizer). */
    private static final Pattern FILE_ADDRESS = Pattern.compile(MediaServlet.FOLDER + "(\\d{1,18})/");

    private MediaUses() {
    }

    /** The ids of the stored files an HTML text points to, in order of appearance. */
    public static Set<Long> referencedIn(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        if (html != null) {
            Matcher m = FILE_ADDRESS.matcher(html);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    /** Records the uses of every article and notice in the database (which has none recorded yet). */
    public static void recordAll(Connection c) throws SQLException {
        Map<Long, Long> originals = originals(c);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO media_use (media_id, item_type, item_id) VALUES (?, ?, ?)")) {
            record(c, insert, originals, "SELECT id, featured_image_id, body FROM article", MediaUse.Item.ARTICLE);
            record(c, insert, originals, "SELECT id, attachment_id, body FROM notice", MediaUse.Item.NOTICE);
        }
    }

    /** The same for the register's documents and their files (the tables came after the migration that calls the above). */
    public static void recordDocuments(Connection c) throws SQLException {
        Map<Long, Long> originals = originals(c);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO media_use (media_id, item_type, item_id) VALUES (?, ?, ?)")) {
            record(c, insert, originals, "SELECT DISTINCT document_id, media_id, '' FROM legal_document_file", MediaUse.Item.DOCUMENT);
        }
    }

    /** Every stored file's id mapped to its original's (itself for an original). */
    private static Map<Long, Long> originals(Connection c) throws SQLException {
        Map<Long, Long> originals = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, original_id FROM media_file")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long original = rs.getLong(2);
                originals.put(id, rs.wasNull() ? id : original);
            }
        }
        return originals;
    }

    private static void record(Connection c, PreparedStatement insert, Map<Long, Long> originals, String items,
            MediaUse.Item type) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(500); // read the texts a few at a time, not every article at once
            ResultSet rs = s.executeQuery(items);
            while (rs.next()) {
                long itemId = rs.getLong(1);
                Set<Long> used = new LinkedHashSet<>();
                long file = rs.getLong(2);
                if (!rs.wasNull()) {
                    used.add(file);
                }
                used.addAll(referencedIn(rs.getString(3)));
                Set<Long> recorded = new LinkedHashSet<>();
                for (Long id : used) {
                    Long original = originals.get(id);
                    if (original != null && recorded.add(original)) {
                        insert.setLong(1, original);
                        insert.setString(2, type.name());
                        insert.setLong(3, itemId);
                        insert.addBatch();
                    }
                }
            }
        }
        insert.executeBatch();
    }
}
