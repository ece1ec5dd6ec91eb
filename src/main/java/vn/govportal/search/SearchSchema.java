package vn.govportal.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's fields and how an item becomes a document. Each text is indexed as written
 * ({@code *_exact}) and folded ({@code *_folded}, stored as written, for the snippets); titles
 * also as joined syllables. Changing any of this changes {@link #VERSION}, and an index of
 * another version is rebuilt at start.
 */
public final class SearchSchema {

    public static final String VERSION = "3";

    public static final String ITEM = "item";
    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String LANGUAGE = "language";
    public static final String SLUG = "slug";
    public static final String CATEGORY = "category";
    public static final String STATUS = "status";
    public static final String PUBLISHED = "published";
    public static final String UNTIL = "until";
    public static final String TITLE_EXACT = "title_exact";
    public static final String TITLE_FOLDED = "title_folded";
    public static final String TITLE_JOINED = "title_joined";
    public static final String BODY_EXACT = "body_exact";
    /** The text as written, stored for the snippets (which analyse it again, folded); not searched itself. */
    public static final String BODY_FOLDED = "body_folded";
    /** Title and text together, folded: what every word must match; one list of documents per word. */
    public static final String TEXT_FOLDED = "text_folded";

    /**
     * The folded title: stored as written, for the results' titles, with each word's place in
     * the text indexed, so that marking the matched words reads those places.
     */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    private SearchSchema() {
    }

    /** Which analyser reads which field; the same for indexing, queries and snippets. */
    public static Analyzer analyzer() {
        Analyzer exact = VietnameseAnalysis.exact();
        Analyzer folded = VietnameseAnalysis.folded();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                TITLE_EXACT, exact, BODY_EXACT, exact,
                TITLE_FOLDED, folded, BODY_FOLDED, folded, TEXT_FOLDED, folded,
                TITLE_JOINED, VietnameseAnalysis.joined()));
    }

    public static Document document(Searchable item) {
        String title = VietnameseAnalysis.normalize(item.title());
        String text = VietnameseAnalysis.normalize(item.text());
        long published = item.publishedAt() == null ? 0 : item.publishedAt().toEpochMilli();
        long until = item.until() == null ? Long.MAX_VALUE : item.until().toEpochMilli();

        Document document = new Document();
        document.add(new StringField(ITEM, item.item(), Field.Store.YES));
        document.add(new StringField(TYPE, item.type().key(), Field.Store.YES));
        document.add(new StoredField(ID, item.id()));
        document.add(new StringField(LANGUAGE, item.language().tag(), Field.Store.NO));
        document.add(new StoredField(SLUG, item.slug()));
        if (item.categoryId() != null) {
            document.add(new StringField(CATEGORY, Long.toString(item.categoryId()), Field.Store.NO));
        }
        document.add(new StringField(STATUS, item.status().name(), Field.Store.NO));
        document.add(new LongPoint(PUBLISHED, published));
        document.add(new NumericDocValuesField(PUBLISHED, published));
        document.add(new StoredField(PUBLISHED, published));
        document.add(new LongPoint(UNTIL, until));
        document.add(new NumericDocValuesField(UNTIL, until));
        document.add(new TextField(TITLE_EXACT, title, Field.Store.NO));
        document.add(new Field(TITLE_FOLDED, title, WITH_OFFSETS));
        document.add(new TextField(TITLE_JOINED, title, Field.Store.NO));
        document.add(new TextField(BODY_EXACT, text, Field.Store.NO));
        document.add(new StoredField(BODY_FOLDED, text));
        // Two values: the analyser's position gap keeps a phrase from running from the title into the text.
        document.add(new TextField(TEXT_FOLDED, title, Field.Store.NO));
        document.add(new TextField(TEXT_FOLDED, text, Field.Store.NO));
        return document;
    }
}
