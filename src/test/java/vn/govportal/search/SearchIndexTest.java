package vn.govportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.SiteLanguage;

class SearchIndexTest {

    private static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");

    private SearchIndex index;
    private long nextId = 1;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.inMemory();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void wordsTypedWithoutMarksFindTheirWrittenForm() throws IOException {
        long school = article("Tôi được đi học", "Em bé kể chuyện ngày đầu đến trường.");
        long reform = article("Đẩy mạnh cải cách hành chính", "Tỉnh Đồng Nai tiếp tục cải cách thủ tục.");
        commit();

        assertThat(ids("toi duoc di hoc")).containsExactly(school);
        assertThat(ids("cai cach hanh chinh")).containsExactly(reform);
        assertThat(ids("duoc")).containsExactly(school);
        assertThat(ids("dong nai")).containsExactly(reform);
        assertThat(ids("DONG NAI")).containsExactly(reform);
        assertThat(ids("ĐỒNG NAI")).containsExactly(reform);
    }

    @Test
    void decomposedTextIsTheSameText() throws IOException {
        long id = article(Normalizer.normalize("Được đi học", Normalizer.Form.NFD), "Nội dung.");
        commit();

        assertThat(ids("được")).containsExactly(id);
        assertThat(ids(Normalizer.normalize("được", Normalizer.Form.NFD))).containsExactly(id);
        assertThat(search("được").hits().get(0).titleHtml()).isEqualTo("<mark>Được</mark> đi học");
    }

    @Test
    void theExactMarksRankAboveFoldedMatchesWhichAreAlsoFound() throws IOException {
        long duong = article("Con đường mới", "Nội dung.", NOW.minus(3, ChronoUnit.DAYS));
        long dương = article("Thái Bình Dương", "Nội dung.", NOW.minus(1, ChronoUnit.DAYS));
        long duỡng = article("Điều dưỡng viên", "Nội dung.", NOW.minus(2, ChronoUnit.DAYS));
        commit();

        assertThat(ids("đường")).first().isEqualTo(duong);
        assertThat(ids("đường")).containsExactlyInAnyOrder(duong, dương, duỡng);
        assertThat(ids("dưỡng")).first().isEqualTo(duỡng);
        assertThat(ids("dương")).first().isEqualTo(dương);
        // Typed without marks, all match alike: the newest first.
        assertThat(ids("duong")).containsExactly(dương, duỡng, duong);
    }

    @Test
    void aMisplacedMarkStillFindsTheWordButBelowTheWordAsTyped() throws IOException {
        long right = article("Được mùa", "Nội dung.", NOW.minus(5, ChronoUnit.DAYS));
        long typo = article("Duọc mùa", "Nội dung.", NOW.minus(1, ChronoUnit.DAYS));
        commit();

        assertThat(ids("được")).containsExactly(right, typo);
        assertThat(ids("duọc")).containsExactly(typo, right);
    }

    @Test
    void aTitleMatchRanksAboveATextMatchAndNewerBreaksTies() throws IOException {
        long inText = article("Thông tin", "Hội nghị về hợp tác quốc tế.", NOW.minus(1, ChronoUnit.DAYS));
        long inTitle = article("Hợp tác quốc tế năm 2026", "Nội dung.", NOW.minus(9, ChronoUnit.DAYS));
        long olderInTitle = article("Hợp tác quốc tế năm 2025", "Nội dung.", NOW.minus(30, ChronoUnit.DAYS));
        commit();

        assertThat(ids("hợp tác")).containsExactly(inTitle, olderInTitle, inText);
        assertThat(ids("hop tac")).containsExactly(inTitle, olderInTitle, inText);
    }

    @Test
    void aQuotedPhraseMatchesItsWordsTogetherOnly() throws IOException {
        long together = article("Giải quyết vấn đề nhà ở", "Nội dung.");
        long apart = article("Vấn đáp", "Đề thi năm nay có nhiều vấn đáp.");
        commit();

        assertThat(ids("\"van de\"")).containsExactly(together);
        assertThat(ids("van de")).containsExactlyInAnyOrder(together, apart);
        assertThat(search("\"van de\"").hits().get(0).titleHtml()).contains("<mark>").contains("vấn").contains("đề");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:", "AND", "OR", "NOT", "*", "?", "\"", "\\", "(", ")", "[", "]", "{", "}", "~", "^", "+", "-",
            "!", "&&", "||", "/", ":", "AND OR", "title:*", "\"\"", "\"van", "\u0000", "\ud800", "\udc00x"})
    void queryCharactersAreWordsOrNothingNeverSyntax(String typed) throws IOException {
        article("AND OR NOT title", "Nội dung có chữ and và or.");
        commit();

        SearchResults results = search(typed);
        assertThat(results.total()).isGreaterThanOrEqualTo(0);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.titleHtml()).doesNotContain("<script"));
    }

    @Test
    void operatorsAreSearchedForAsWords() throws IOException {
        long id = article("AND OR NOT title", "Nội dung.");
        article("Khác", "Nội dung.");
        commit();

        assertThat(ids("title:")).containsExactly(id);
        assertThat(ids("AND")).containsExactly(id);
        assertThat(ids("noi dung*")).hasSize(2);
        assertThat(ids("*")).isEmpty();
    }

    @Test
    void matchedWordsAreMarkedEvenWhenTypedWithoutMarksAndEverythingElseIsEscaped() throws IOException {
        article("Cải cách <b>hành chính</b> & \"một cửa\"",
                "Tỉnh đẩy mạnh cải cách hành chính trong năm 2026. <script>alert(1)</script>");
        commit();

        SearchHit hit = search("cai cach").hits().get(0);
        assertThat(hit.titleHtml()).startsWith("<mark>Cải</mark> <mark>cách</mark>")
                .contains("&lt;b&gt;").contains("&amp;").doesNotContain("<b>");
        assertThat(hit.snippetHtml()).contains("<mark>cải</mark> <mark>cách</mark>")
                .doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void aSnippetIsAShortPassageAroundTheMatchEvenInAnEndlessSentence() throws IOException {
        String clause = "nâng cao hiệu quả công tác phối hợp giữa các sở, ban, ngành; ";
        article("Kế hoạch năm 2026", clause.repeat(40) + "đẩy mạnh chuyển đổi số; " + clause.repeat(40));
        commit();

        String snippet = search("chuyen doi so").hits().get(0).snippetHtml();
        assertThat(snippet).contains("<mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark>");
        assertThat(snippet.replaceAll("<[^>]+>", "")).hasSizeLessThan(500);
    }

    @Test
    void aNameWrittenApartOrTogetherIsFound() throws IOException {
        long together = article("Đoàn công tác tỉnh Chungcheongnam thăm Đồng Nai", "Nội dung.");
        long apart = article("Hợp tác với tỉnh Chung Cheong Nam", "Nội dung.");
        commit();

        assertThat(ids("chung cheong")).contains(together, apart);
        assertThat(ids("chungcheong nam")).contains(together);
        assertThat(ids("chungcheongnam")).contains(together, apart);
    }

    @Test
    void everyWordAsTypedApartRanksAboveTheSyllablesJoined() throws IOException {
        long joined = article("Tin đối ngoại", "Đoàn tỉnh Chungcheongnam thăm Đồng Nai.", NOW.minusSeconds(60));
        long apart = article("Tin đối ngoại", "Hợp tác với tỉnh chung cheong, Hàn Quốc.", NOW.minusSeconds(3600));
        commit();

        // Typed with marks the text does not have: both match only without marks.
        assertThat(ids("chùng chéong")).as("the words apart first, though older").containsExactly(apart, joined);
    }

    @Test
    void onlyWhatIsPublishedAndDueIsFound() throws IOException {
        long visible = article("Công khai ngân sách", "Nội dung.");
        put(ItemType.ARTICLE, nextId++, SiteLanguage.VI, "Công khai ngân sách nháp", PublicationStatus.DRAFT, NOW.minusSeconds(60), null);
        put(ItemType.ARTICLE, nextId++, SiteLanguage.VI, "Công khai ngân sách sắp đăng", PublicationStatus.PUBLISHED, NOW.plusSeconds(60), null);
        put(ItemType.ARTICLE, nextId++, SiteLanguage.VI, "Công khai ngân sách đã gỡ", PublicationStatus.PUBLISHED, NOW.minusSeconds(600),
                NOW.minusSeconds(60));
        put(ItemType.ARTICLE, nextId++, SiteLanguage.EN, "Công khai ngân sách english", PublicationStatus.PUBLISHED, NOW.minusSeconds(60), null);
        commit();

        assertThat(ids("cong khai ngan sach")).containsExactly(visible);
    }

    @Test
    void filtersNarrowByTypeCategoryAndDays() throws IOException {
        long article = article("Lịch tiếp công dân", "Nội dung.", NOW.minus(40, ChronoUnit.DAYS));
        long notice = nextId++;
        put(ItemType.NOTICE, notice, SiteLanguage.VI, "Lịch tiếp công dân tháng 6", PublicationStatus.PUBLISHED,
                NOW.minus(2, ChronoUnit.DAYS), null);
        commit();

        assertThat(ids(request("lich tiep", Set.of(ItemType.NOTICE), null, null, null))).containsExactly(notice);
        assertThat(ids(request("lich tiep", Set.of(), 7L, null, null))).containsExactly(article);
        assertThat(ids(request("lich tiep", Set.of(), null, LocalDate.of(2026, 5, 25), null))).containsExactly(notice);
        assertThat(ids(request("lich tiep", Set.of(), null, null, LocalDate.of(2026, 5, 25)))).containsExactly(article);
    }

    @Test
    void replacingAnItemUpdatesOrRemovesItAtOnce() throws IOException {
        long id = article("Tin cũ", "Nội dung.");
        commit();
        assertThat(ids("tin cu")).containsExactly(id);

        index.replace(Map.of(Searchable.item(ItemType.ARTICLE, id), List.of(searchable(ItemType.ARTICLE, id, SiteLanguage.VI,
                "Tin mới", PublicationStatus.PUBLISHED, NOW.minusSeconds(60), null))));
        index.commit(2, NOW, "test");
        assertThat(ids("tin cu")).isEmpty();
        assertThat(ids("tin moi")).containsExactly(id);

        index.replace(Map.of(Searchable.item(ItemType.ARTICLE, id), List.of()));
        index.commit(3, NOW, "test");
        assertThat(ids("tin moi")).isEmpty();
        assertThat(index.applied()).isEmpty(); // what was committed before opening, none here
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() throws IOException {
        for (int i = 0; i < 25; i++) {
            article("Thông báo số " + i, "Nội dung.", NOW.minus(i, ChronoUnit.HOURS));
        }
        commit();

        SearchResults results = index.search(new SearchRequest("thong bao", SiteLanguage.VI, Set.of(), null, null, null, 99, 10), NOW);
        assertThat(results.total()).isEqualTo(25);
        assertThat(results.page()).isEqualTo(3);
        assertThat(results.hits()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "***"})
    void nothingToSearchForFindsNothing(String typed) throws IOException {
        article("Bài viết", "Nội dung.");
        commit();
        assertThat(search(typed).total()).isZero();
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() throws IOException {
        long id = article("Hợp tác", "Nội dung.");
        commit();
        assertThat(ids("hop tac " + "x".repeat(10_000))).isEmpty();
        assertThat(ids("hop tac " + " ".repeat(10_000) + "zzz")).containsExactly(id);
    }

    private long article(String title, String text) throws IOException {
        return article(title, text, NOW.minus(1, ChronoUnit.DAYS));
    }

    private long article(String title, String text, Instant published) throws IOException {
        long id = nextId++;
        index.replace(Map.of(Searchable.item(ItemType.ARTICLE, id), List.of(new Searchable(ItemType.ARTICLE, id, SiteLanguage.VI,
                "bai-" + id, title, text, 7L, PublicationStatus.PUBLISHED, published, null))));
        return id;
    }

    private void put(ItemType type, long id, SiteLanguage language, String title, PublicationStatus status, Instant published,
            Instant until) throws IOException {
        index.replace(Map.of(Searchable.item(type, id), List.of(searchable(type, id, language, title, status, published, until))));
    }

    private static Searchable searchable(ItemType type, long id, SiteLanguage language, String title, PublicationStatus status,
            Instant published, Instant until) {
        return new Searchable(type, id, language, "muc-" + id, title, "Nội dung.", null, status, published, until);
    }

    private void commit() throws IOException {
        index.commit(1, NOW, "test");
    }

    private SearchResults search(String typed) throws IOException {
        return index.search(request(typed, Set.of(), null, null, null), NOW);
    }

    private static SearchRequest request(String typed, Set<ItemType> types, Long category, LocalDate from, LocalDate to) {
        return new SearchRequest(typed, SiteLanguage.VI, types, category, from, to, 1, 50);
    }

    private List<Long> ids(String typed) throws IOException {
        return ids(request(typed, Set.of(), null, null, null));
    }

    private List<Long> ids(SearchRequest request) throws IOException {
        List<Long> ids = new ArrayList<>();
        index.search(request, NOW).hits().forEach(hit -> ids.add(hit.id()));
        return ids;
    }
}
