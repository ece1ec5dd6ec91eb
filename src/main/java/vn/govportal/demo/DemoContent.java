package vn.govportal.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.media.MediaUses;
import vn.govportal.media.Renditions;
import vn.govportal.publishing.HtmlSanitizer;
import vn.govportal.text.Slugs;

/**
 * The demo department (Sở Ngoại vụ tỉnh Đồng Nai): agency details, categories, articles,
 * notices with attachments, ticker lines and links, read from {@code demo/content.json}. It is
 * loaded only into an empty database, in one transaction, so a restart never loads it twice and
 * a failed load leaves nothing half-done.
 */
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String BASE = "demo/";

    private final DataSource dataSource;
    private final Instant now;

    public DemoContent(DataSource dataSource) {
        this(dataSource, ClusterTime.now());
    }

    DemoContent(DataSource dataSource, Instant now) {
        this.dataSource = dataSource;
        this.now = now;
    }

    /** Loads the demo content if the database holds no site content yet; says whether it did. */
    public boolean loadIntoEmptyDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!isEmpty(c)) {
                return false;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                load(c, readContent());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (!isEmpty(c)) {
                    // Another instance starting on the same empty database loaded it first.
                    LOG.info("Demo content was loaded by another instance of the portal");
                    return false;
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            LOG.info("Demo content loaded into the empty database");
            return true;
        }
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        for (String table : new String[] {"site_settings", "category", "article", "notice"}) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static JsonObject readContent() {
        try (InputStream in = resource("content.json"); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(Connection c, JsonObject content) throws SQLException {
        Map<String, Long> media = new HashMap<>();
        Map<String, Long> categories = new HashMap<>();
        insertSettings(c, content.getJsonObject("settings"), media);
        for (JsonObject category : content.getJsonArray("categories").getValuesAs(JsonObject.class)) {
            categories.put(category.getString("key"), insert(c,
                    "INSERT INTO category (name, slug, sort_order, name_en, slug_en, version) VALUES (?, ?, ?, ?, ?, 0)",
                    category.getString("name"), category.getString("key"), category.getInt("position"),
                    category.getString("nameEn", null), category.getString("slugEn", null)));
        }
        Set<String> slugs = new HashSet<>();
        for (JsonObject a : content.getJsonArray("articles").getValuesAs(JsonObject.class)) {
            String status = a.getString("status");
            Long image = !a.containsKey("image") || a.isNull("image") ? null : media(c, media, a.getString("image") + ".jpg");
            JsonObject en = a.containsKey("en") ? a.getJsonObject("en") : null;
            insert(c, "INSERT INTO article (title, slug, lead_text, body, author, category_id, featured_image_id, featured,"
                    + " status, published_at, created_at, updated_at, title_en, slug_en, lead_en, body_en, en_published, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    a.getString("title"), uniqueSlug(a.getString("title"), slugs), a.getString("lead"),
                    body(a), a.getString("author"),
                    categories.get(a.getString("category")), image, a.getBoolean("featured", false),
                    status, publishTime(a), at(now), at(now),
                    en == null ? null : en.getString("title"), en == null ? null : en.getString("slug"),
                    en == null ? null : en.getString("lead", null), en == null ? null : paragraphs(en.getJsonArray("body")),
                    en != null);
        }
        slugs.clear();
        for (JsonObject n : content.getJsonArray("notices").getValuesAs(JsonObject.class)) {
            Long attachment = n.isNull("attachment") || !n.containsKey("attachment") ? null
                    : media(c, media, n.getString("attachment"));
            JsonObject en = n.containsKey("en") ? n.getJsonObject("en") : null;
            insert(c, "INSERT INTO notice (title, slug, summary, body, attachment_id, status, published_at, created_at,"
                    + " updated_at, title_en, slug_en, lead_en, body_en, en_published, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    n.getString("title"), uniqueSlug(n.getString("title"), slugs), n.getString("summary"),
                    paragraphs(n.getJsonArray("body")), attachment, n.getString("status"), publishTime(n), at(now), at(now),
                    en == null ? null : en.getString("title"), en == null ? null : en.getString("slug"),
                    en == null ? null : en.getString("summary", null), en == null ? null : paragraphs(en.getJsonArray("body")),
                    en != null);
        }
        for (JsonObject t : content.getJsonArray("ticker").getValuesAs(JsonObject.class)) {
            insert(c, "INSERT INTO ticker_item (message, url, sort_order, message_en, active, version) VALUES (?, ?, ?, ?, TRUE, 0)",
                    t.getString("text"), t.getString("url", null), t.getInt("position"), t.getString("textEn", null));
        }
        for (JsonObject l : content.getJsonArray("links").getValuesAs(JsonObject.class)) {
            insert(c, "INSERT INTO web_link (title, url, group_name, sort_order, title_en, group_name_en, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0)",
                    l.getString("title"), l.getString("url"), l.getString("group"), l.getInt("position"),
                    l.getString("titleEn", null), l.getString("groupEn", null));
        }
        loadDocuments(c, content, media);
        loadQuestions(c, content);
        loadPagesAndMenus(c, content, categories);
        loadProcedures(c, content);
        MediaUses.recordAll(c);
        MediaUses.recordDocuments(c);
    }

    /** The register: its fields, then its documents with their fields and files, then how they act on one another. */
    private void loadDocuments(Connection c, JsonObject content, Map<String, Long> media) throws SQLException {
        Map<String, Long> fields = new HashMap<>();
        for (JsonObject f : content.getJsonArray("documentFields").getValuesAs(JsonObject.class)) {
            fields.put(f.getString("key"), insert(c, "INSERT INTO document_field (name, name_en, slug, sort_order, version)"
                    + " VALUES (?, ?, ?, ?, 0)", f.getString("name"), f.getString("nameEn", null), f.getString("key"), f.getInt("position")));
        }
        Map<String, Long> documents = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        List<JsonObject> all = content.getJsonArray("documents").getValuesAs(JsonObject.class);
        for (JsonObject d : all) {
            boolean published = "PUBLISHED".equals(d.getString("status"));
            long id = insert(c, "INSERT INTO legal_document (doc_number, doc_type, summary, summary_en, authority, signer, signer_position,"
                    + " issued_on, effective_on, expires_on, slug, status, published_at, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    d.getString("number"), d.getString("type"), d.getString("summary"), d.getString("summaryEn", null),
                    d.getString("authority"), d.getString("signer", null), d.getString("signerPosition", null),
                    java.sql.Date.valueOf(d.getString("issued")), java.sql.Date.valueOf(d.getString("effective")),
                    d.containsKey("expires") ? java.sql.Date.valueOf(d.getString("expires")) : null,
                    uniqueSlug(d.getString("number"), slugs), d.getString("status"), published ? at(now) : null, at(now), at(now));
            documents.put(d.getString("number"), id);
            for (JsonValue field : d.getJsonArray("fields")) {
                insert(c, "INSERT INTO legal_document_fields (document_id, field_id) VALUES (?, ?)",
                        id, fields.get(((jakarta.json.JsonString) field).getString()));
            }
            if (d.containsKey("files")) {
                int order = 0;
                for (JsonValue file : d.getJsonArray("files")) {
                    insert(c, "INSERT INTO legal_document_file (document_id, media_id, file_order) VALUES (?, ?, ?)",
                            id, media(c, media, ((jakarta.json.JsonString) file).getString()), order++);
                }
            }
        }
        for (JsonObject d : all) {
            for (String kind : new String[] {"replaces", "amends"}) {
                if (d.containsKey(kind)) {
                    insert(c, "INSERT INTO legal_document_relation (source_id, target_id, kind) VALUES (?, ?, ?)",
                            documents.get(d.getString("number")), documents.get(d.getString(kind)), kind.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    /** The agency's pages, then both menus (in place of the default one the migration made), leading to them. */
    private void loadPagesAndMenus(Connection c, JsonObject content, Map<String, Long> categories) throws SQLException {
        Map<String, Long> pages = new HashMap<>();
        for (JsonObject p : content.getJsonArray("pages").getValuesAs(JsonObject.class)) {
            JsonObject en = p.getJsonObject("en");
            pages.put(p.getString("key"), insert(c, "INSERT INTO site_page (title, slug, summary, body, status, published_at, created_at,"
                    + " updated_at, title_en, slug_en, lead_en, body_en, en_published, version)"
                    + " VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, TRUE, 0)",
                    p.getString("title"), p.getString("key"), p.getString("summary"), HtmlSanitizer.clean(p.getString("html")),
                    at(now), at(now), at(now), en.getString("title"), en.getString("slug"), en.getString("summary"),
                    HtmlSanitizer.clean(en.getString("html"))));
        }
        for (long page : pages.values()) {
            try (PreparedStatement revision = c.prepareStatement("INSERT INTO site_page_revision (page_id, revision_number, title, slug,"
                    + " summary, body, title_en, slug_en, lead_en, body_en, en_published, saved_by, saved_at)"
                    + " SELECT id, 1, title, slug, summary, body, title_en, slug_en, lead_en, body_en, en_published, 'admin', updated_at"
                    + " FROM site_page WHERE id = ?")) {
                revision.setLong(1, page);
                revision.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM menu_item");
        }
        JsonObject menus = content.getJsonObject("menus");
        for (String menu : menus.keySet()) {
            int order = 0;
            for (JsonObject item : menus.getJsonArray(menu).getValuesAs(JsonObject.class)) {
                long id = menuItem(c, menu, null, ++order, item, categories, pages);
                int childOrder = 0;
                if (item.containsKey("children")) {
                    for (JsonObject child : item.getJsonArray("children").getValuesAs(JsonObject.class)) {
                        menuItem(c, menu, id, ++childOrder, child, categories, pages);
                    }
                }
            }
        }
    }

    private long menuItem(Connection c, String menu, Long parent, int order, JsonObject item, Map<String, Long> categories,
            Map<String, Long> pages) throws SQLException {
        Long target = item.containsKey("page") ? pages.get(item.getString("page"))
                : item.containsKey("category") ? categories.get(item.getString("category")) : null;
        return insert(c, "INSERT INTO menu_item (menu, parent_id, sort_order, label, label_en, target, target_id, url, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", menu, parent, order, item.getString("label"), item.getString("labelEn", null),
                item.getString("target"), target, item.getString("url", null));
    }

    /** The department's administrative procedures, each leading to the national public-service portal. */
    private void loadProcedures(Connection c, JsonObject content) throws SQLException {
        int order = 0;
        for (JsonObject p : content.getJsonArray("procedures").getValuesAs(JsonObject.class)) {
            insert(c, "INSERT INTO admin_procedure (code, name, name_en, field_name, field_name_en, service_level, processing_time,"
                    + " processing_time_en, fee, fee_en, portal_url, published, sort_order, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0)",
                    p.getString("code"), p.getString("name"), p.isNull("nameEn") ? null : p.getString("nameEn"), p.getString("field"),
                    p.getString("fieldEn"), p.getString("level"), p.getString("time"), p.getString("timeEn"), p.getString("fee"),
                    p.getString("feeEn"), p.getString("url"), ++order, at(now));
        }
    }

    /** Q&A topics, and visitors' questions: three answered and published, one waiting for an answer. */
    private void loadQuestions(Connection c, JsonObject content) throws SQLException {
        Map<String, Long> topics = new HashMap<>();
        for (JsonObject t : content.getJsonArray("questionTopics").getValuesAs(JsonObject.class)) {
            topics.put(t.getString("key"), insert(c, "INSERT INTO question_topic (name, name_en, slug, sort_order, version)"
                    + " VALUES (?, ?, ?, ?, 0)", t.getString("name"), t.getString("nameEn", null), t.getString("key"), t.getInt("position")));
        }
        Set<String> slugs = new HashSet<>(Set.of("da-gui"));
        for (JsonObject q : content.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            boolean answered = q.containsKey("answer");
            Instant asked = now.minus(java.time.Duration.ofDays(q.getInt("askedDaysAgo")));
            Instant answeredAt = answered ? now.minus(java.time.Duration.ofDays(q.getInt("answeredDaysAgo"))) : null;
            insert(c, "INSERT INTO question (reference, asker_name, asker_email, topic_id, title, question_text, answer, slug, status,"
                    + " asked_at, answered_at, answered_by, published_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    q.getString("reference"), q.getString("name"), q.getString("email"), topics.get(q.getString("topic")),
                    q.getString("title"), q.getString("text"), answered ? paragraphs(q.getJsonArray("answer")) : null,
                    answered ? uniqueSlug(q.getString("title"), slugs) : null, answered ? "PUBLISHED" : "DRAFT", at(asked),
                    answeredAt == null ? null : at(answeredAt), answered ? "admin" : null, answeredAt == null ? null : at(answeredAt),
                    at(now));
        }
    }

    private void insertSettings(Connection c, JsonObject s, Map<String, Long> media) throws SQLException {
        Long badge = media(c, media, "tin-nhiem-mang.png");
        insert(c, "INSERT INTO site_settings (id, agency_name, responsible_person, responsible_title, address, phone, fax,"
                + " email, governing_body, slogan_text, slogan_valid_from, slogan_valid_until, trust_badge_url,"
                + " trust_badge_alt, trust_badge_image_id, agency_name_en, responsible_title_en, address_en, governing_body_en,"
                + " slogan_text_en, version) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                s.getString("agencyName"), s.getString("responsiblePerson"), s.getString("responsibleTitle"),
                s.getString("address"), s.getString("phone"), s.getString("fax"), s.getString("email"),
                s.getString("governingBody"), s.getString("sloganText"),
                // Shown from the day the demo is loaded, for the given number of days: a fresh install always has it.
                at(now.minus(Duration.ofDays(1))), at(now.plus(Duration.ofDays(s.getInt("sloganShownForDays")))),
                s.getString("trustBadgeUrl"), s.getString("trustBadgeAlt"), badge,
                s.getString("agencyNameEn", null), s.getString("responsibleTitleEn", null), s.getString("addressEn", null),
                s.getString("governingBodyEn", null), s.getString("sloganTextEn", null));
    }

    /** The publish time: as written, or for a scheduled item, the given number of days from now. */
    private OffsetDateTime publishTime(JsonObject item) {
        if (item.containsKey("scheduledInDays")) {
            return at(now.plus(Duration.ofDays(item.getInt("scheduledInDays"))));
        }
        return item.containsKey("publishedAt") && !item.isNull("publishedAt")
                ? OffsetDateTime.parse(item.getString("publishedAt")) : null;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String uniqueSlug(String title, Set<String> taken) {
        String slug = Slugs.unique(title, taken::contains);
        taken.add(slug);
        return slug;
    }

    /** Plain paragraphs as the sanitised HTML that article bodies hold. */
    /** An article's text: plain paragraphs, or HTML (a table, a list) cleaned as a save would clean it. */
    static String body(JsonObject article) {
        return article.containsKey("bodyHtml") ? HtmlSanitizer.clean(article.getString("bodyHtml"))
                : paragraphs(article.getJsonArray("body"));
    }

    static String paragraphs(JsonArray paragraphs) {
        StringBuilder html = new StringBuilder();
        for (JsonValue p : paragraphs) {
            html.append("<p>").append(escape(((jakarta.json.JsonString) p).getString())).append("</p>\n");
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The id of a demo file, storing it on first use. */
    private Long media(Connection c, Map<String, Long> stored, String name) throws SQLException {
        Long id = stored.get(name);
        if (id != null) {
            return id;
        }
        byte[] bytes = readBytes(name.endsWith(".pdf") ? "files/" + name : "media/" + name);
        Integer width = null;
        Integer height = null;
        String type = "application/pdf";
        if (!name.endsWith(".pdf")) {
            type = name.endsWith(".png") ? "image/png" : "image/jpeg";
            BufferedImage image = readImage(bytes);
            width = image.getWidth();
            height = image.getHeight();
        }
        id = insert(c, "INSERT INTO media_file (file_name, content_type, byte_size, width, height, content, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", name, type, (long) bytes.length, width, height, bytes, at(now));
        stored.put(name, id);
        if (width != null) {
            for (int target : Renditions.WIDTHS) {
                long original = id;
                String base = name.substring(0, name.lastIndexOf('.'));
                Optional<Renditions.Scaled> scaled = Renditions.scale(bytes, target);
                if (scaled.isPresent()) {
                    Renditions.Scaled r = scaled.get();
                    insert(c, "INSERT INTO media_file (file_name, content_type, byte_size, width, height, content, created_at,"
                            + " original_id, variant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", base + "-" + target + "." + r.extension(),
                            r.contentType(), (long) r.content().length, r.width(), r.height(), r.content(), at(now), original,
                            "w" + target);
                }
            }
        }
        return id;
    }

    private static BufferedImage readImage(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("Demo resource missing: " + BASE + name);
        }
        return in;
    }

    /** Runs an INSERT and returns the generated id (null for tables without one). */
    private static Long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (v instanceof byte[] bytes) {
                    ps.setBytes(i + 1, bytes);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : null;
            }
        }
    }
}
