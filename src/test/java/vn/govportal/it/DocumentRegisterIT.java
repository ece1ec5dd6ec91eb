package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public register: each filter lists exactly the published documents it names, validity
 * follows from dates and from the documents in force that act on them, and a relation is shown
 * on both documents' pages. Every test works on documents of an authority of its own.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentRegisterIT {

    private static final Pattern LISTED = Pattern.compile("<h2 class=\"document-item__title\"><a href=\"[^\"]*/van-ban/([a-z0-9-]+)\"");

    @ArquillianResource
    private URL base;

    private String authority;
    private String token;
    private String fieldA;
    private String fieldB;
    /** The documents by their letter, as slugs. */
    private final Map<String, String> slugs = new java.util.HashMap<>();

    /**
     * A: decision of 2019, replaced by C (in force): expired. B: plan of 2020 expiring 1/1/2021:
     * expired. C: decision of 2021 amended by D (in force): partly expired. D: decision of 2022, in
     * force; amended by H, which is not in force yet, and replaced by G, which is a draft.
     * E: directive in force only from 2099. F: a draft. H: published, in force only from 2098.
     */
    @BeforeEach
    void aRegisterOfItsOwn() throws Exception {
        token = UUID.randomUUID().toString().substring(0, 8);
        authority = "Cơ quan kiểm thử " + token;
        fieldA = "kt-" + token + "-a";
        fieldB = "kt-" + token + "-b";
        TestDatabase.update("INSERT INTO document_field (name, slug, sort_order, version) VALUES (?, ?, 99, 0)", "Lĩnh vực A " + token, fieldA);
        TestDatabase.update("INSERT INTO document_field (name, slug, sort_order, version) VALUES (?, ?, 99, 0)", "Lĩnh vực B " + token, fieldB);
        document("A", "QUYET_DINH", "2019-03-01", "2019-03-15", null, "PUBLISHED", fieldA);
        document("B", "KE_HOACH", "2020-05-01", "2020-05-01", "2021-01-01", "PUBLISHED", fieldB);
        document("C", "QUYET_DINH", "2021-06-01", "2021-07-01", null, "PUBLISHED", fieldA);
        document("D", "QUYET_DINH", "2022-02-01", "2022-02-15", null, "PUBLISHED", fieldA, fieldB);
        document("E", "CHI_THI", "2026-01-10", "2099-01-01", null, "PUBLISHED", fieldB);
        document("F", "QUYET_DINH", "2022-03-01", "2022-03-01", null, "DRAFT", fieldA);
        document("G", "QUYET_DINH", "2023-01-01", "2023-01-01", null, "DRAFT", fieldA);
        document("H", "QUYET_DINH", "2026-06-01", "2098-01-01", null, "PUBLISHED", fieldA);
        relate("C", "A", "REPLACES");
        relate("D", "C", "AMENDS");
        relate("G", "D", "REPLACES");
        relate("H", "D", "AMENDS");
        Thread.sleep(1500); // past the test server's page cache (govportal.cache.seconds=1)
    }

    private void document(String letter, String type, String issued, String effective, String expires, String status,
            String... fields) throws Exception {
        String slug = "kt-" + token + "-" + letter.toLowerCase(java.util.Locale.ROOT);
        Timestamp now = Timestamp.from(Instant.now());
        TestDatabase.update("INSERT INTO legal_document (doc_number, doc_type, summary, authority, issued_on, effective_on, expires_on,"
                + " slug, status, published_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                letter + "/" + token + "/QĐ-KT", type, "Văn bản kiểm thử " + letter + " của " + token, authority,
                Date.valueOf(issued), Date.valueOf(effective), expires == null ? null : Date.valueOf(expires), slug, status,
                "PUBLISHED".equals(status) ? now : null, now, now);
        slugs.put(letter, slug);
        for (String field : fields) {
            TestDatabase.update("INSERT INTO legal_document_fields (document_id, field_id) SELECT d.id, f.id FROM legal_document d,"
                    + " document_field f WHERE d.slug = ? AND f.slug = ?", slug, field);
        }
    }

    private void relate(String source, String target, String kind) throws Exception {
        TestDatabase.update("INSERT INTO legal_document_relation (source_id, target_id, kind) SELECT s.id, t.id, ?"
                + " FROM legal_document s, legal_document t WHERE s.slug = ? AND t.slug = ?", kind, slugs.get(source), slugs.get(target));
    }

    /** The slugs the register lists for these filters (this test's authority added), as letters, in order. */
    private List<String> listed(String filters) {
        HttpResponse<String> page = Http.get(base, "/van-ban?co-quan=" + URLEncoder.encode(authority, StandardCharsets.UTF_8)
                + (filters.isEmpty() ? "" : "&" + filters));
        assertThat(page.statusCode()).as(filters).isEqualTo(200);
        List<String> letters = new ArrayList<>();
        Matcher m = LISTED.matcher(page.body());
        while (m.find()) {
            letters.add(m.group(1).substring(m.group(1).lastIndexOf('-') + 1).toUpperCase(java.util.Locale.ROOT));
        }
        return letters;
    }

    @Test
    void theAuthorityListsItsPublishedDocumentsNewestIssuedFirst() {
        assertThat(listed("")).containsExactly("H", "E", "D", "C", "B", "A");
    }

    @Test
    void eachFilterListsExactlyTheMatchingPublishedDocuments() {
        assertThat(listed("loai=quyet-dinh")).containsExactly("H", "D", "C", "A");
        assertThat(listed("loai=chi-thi")).containsExactly("E");
        assertThat(listed("loai=luat")).isEmpty();
        assertThat(listed("linh-vuc=" + fieldB)).containsExactly("E", "D", "B");
        assertThat(listed("nam=2021")).containsExactly("C");
        assertThat(listed("nam=2022")).containsExactly("D");
        assertThat(listed("loai=quyet-dinh&linh-vuc=" + fieldA + "&nam=2019")).containsExactly("A");
    }

    @Test
    void validityFollowsTheDatesAndTheDocumentsInForceThatActOnThem() {
        assertThat(listed("hieu-luc=het-hieu-luc")).containsExactly("B", "A");
        assertThat(listed("hieu-luc=het-hieu-luc-mot-phan")).containsExactly("C");
        // D is amended by H and replaced by G, but H is not in force yet and G is a draft.
        assertThat(listed("hieu-luc=con-hieu-luc")).containsExactly("D");
        assertThat(listed("hieu-luc=chua-co-hieu-luc")).containsExactly("H", "E");
        assertThat(listed("hieu-luc=het-hieu-luc&loai=ke-hoach")).containsExactly("B");
    }

    @Test
    void aDocumentShowsWhatReplacedItAndTheReplacementShowsWhatItReplaced() {
        String replaced = Http.get(base, "/van-ban/" + slugs.get("A")).body();
        assertThat(replaced).contains("Hết hiệu lực").contains("Bị thay thế bởi").contains("/van-ban/" + slugs.get("C") + "\"");
        String replacement = Http.get(base, "/van-ban/" + slugs.get("C")).body();
        assertThat(replacement).contains("Thay thế:").contains("/van-ban/" + slugs.get("A") + "\"")
                .contains("Được sửa đổi, bổ sung bởi").contains("/van-ban/" + slugs.get("D") + "\"")
                .contains("Hết hiệu lực một phần");
        // A draft's relation is not shown, and does not end the document it names.
        String amended = Http.get(base, "/van-ban/" + slugs.get("D")).body();
        assertThat(amended).contains("Còn hiệu lực").doesNotContain("/van-ban/" + slugs.get("G") + "\"")
                .contains("/van-ban/" + slugs.get("H") + "\"");
    }

    @Test
    void draftsHaveNoPublicPage() {
        assertThat(Http.get(base, "/van-ban/" + slugs.get("F")).statusCode()).isEqualTo(404);
    }

    @Test
    void wordsFindADocumentByItsNumberAsTyped() {
        assertThat(listed("q=" + URLEncoder.encode("D/" + token, StandardCharsets.UTF_8))).containsExactly("D");
    }

    @Test
    void filterValuesThatNameNothingAreLeftOutAndSaidSo() {
        HttpResponse<String> page = Http.get(base, "/van-ban?co-quan=" + URLEncoder.encode(authority, StandardCharsets.UTF_8)
                + "&loai=%3Cscript%3Ealert(1)%3C%2Fscript%3E&nam=abc&hieu-luc=x&linh-vuc=khong-co");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("đã được bỏ qua").doesNotContain("<script>alert(1)");
        assertThat(listed("loai=%3Cscript%3E&nam=99999")).containsExactly("H", "E", "D", "C", "B", "A");
    }

    @Test
    void aPageBeyondTheLastGoesToTheLastWithTheSameFilters() {
        String authorityParameter = URLEncoder.encode(authority, StandardCharsets.UTF_8);
        Http.RawResponse response = Http.raw(base, "/van-ban?co-quan=" + authorityParameter + "&loai=quyet-dinh&trang=40");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).singleElement().asString().contains("loai=quyet-dinh").contains("co-quan=")
                .doesNotContain("trang=");
    }

    @Test
    void theEnglishRegisterShowsTheSameDocumentsWithEnglishLabels() {
        HttpResponse<String> page = Http.get(base, "/en/documents?co-quan=" + URLEncoder.encode(authority, StandardCharsets.UTF_8)
                + "&hieu-luc=con-hieu-luc");
        assertThat(page.body()).contains("Decision D/" + token).contains("In force").contains("lang=\"vi\"")
                .doesNotContain("Decision A/" + token);
    }
}
