package vn.govportal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index of one portal instance: a Lucene index in a folder of the data directory.
 * Writes (one item's documents replaced, or everything rebuilt) are serialised; each commit
 * records how far the change log has been applied ({@link #applied()}), so that after a crash
 * or a stop the instance knows what it still has to apply. Searches run alongside writes and see
 * the last commit.
 */
public final class SearchIndex implements Closeable {

    private static final String SCHEMA = "schema";
    private static final String APPLIED = "applied";
    private static final String APPLIED_AT = "appliedAt";
    private static final String DATABASE = "database";
    private static final int SNIPPET_LENGTH = 220;
    /** Results collected in the first pass: a hundred pages; further pages are searched again. */
    /** Snippets come from the first this many characters of a text: where its summary is. */
    private static final int MAX_HIGHLIGHTED = 20_000;
    private static final String MARK = "<mark>";
    private static final String UNMARK = "</mark>";

    /** What a result shows of its document besides the marked title and snippet. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(SearchSchema.TYPE, SearchSchema.ID, SearchSchema.SLUG,
            SearchSchema.PUBLISHED, SearchSchema.TITLE_FOLDED);

    private final Directory directory;
    private final Analyzer analyzer = SearchSchema.analyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writing = new ReentrantLock();
    private final Map<String, String> committed;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        this.committed = Map.copyOf(data);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in {@code folder}, creating an empty one if there is none. */
    public static SearchIndex open(Path folder) throws IOException {
        return new SearchIndex(FSDirectory.open(folder));
    }

    /** For tests and tools: an index held in memory. */
    public static SearchIndex inMemory() throws IOException {
        return new SearchIndex(new org.apache.lucene.store.ByteBuffersDirectory());
    }

    /** Whether the index was written by this version of the schema and can be updated as it is. */
    public boolean isCurrent() {
        return SearchSchema.VERSION.equals(committed.get(SCHEMA));
    }

    /** The last change-log entry applied before the index was opened, if it was ever committed. */
    public OptionalLong applied() {
        String applied = committed.get(APPLIED);
        return applied == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(applied));
    }

    /** The database the index was made from, as {@link #commit} named it; empty if never committed. */
    public String database() {
        return committed.getOrDefault(DATABASE, "");
    }

    /** When the index was last brought up to date before it was opened, if ever. */
    public Instant appliedAt() {
        String at = committed.get(APPLIED_AT);
        return at == null ? Instant.EPOCH : Instant.parse(at);
    }

    /** Replaces what the index holds of each item with its current versions (none if it is gone). */
    public void replace(Map<String, List<Searchable>> items) throws IOException {
        writing.lock();
        try {
            for (Map.Entry<String, List<Searchable>> item : items.entrySet()) {
                writer.deleteDocuments(new Term(SearchSchema.ITEM, item.getKey()));
                for (Searchable version : item.getValue()) {
                    writer.addDocument(SearchSchema.document(version));
                }
            }
        } finally {
            writing.unlock();
        }
    }

    /** Empties the index, to be filled again; searches see the old contents until {@link #commit}. */
    public void clear() throws IOException {
        writing.lock();
        try {
            writer.deleteAll();
        } finally {
            writing.unlock();
        }
    }

    public void add(Searchable item) throws IOException {
        writer.addDocument(SearchSchema.document(item));
    }

    /**
     * Makes what was written durable and visible to searches, noting the change-log entry applied
     * and the database it came from.
     */
    public void commit(long applied, Instant now, String database) throws IOException {
        writing.lock();
        try {
            writer.setLiveCommitData(Map.of(SCHEMA, SearchSchema.VERSION, APPLIED, Long.toString(applied),
                    APPLIED_AT, now.toString(), DATABASE, database).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } finally {
            writing.unlock();
        }
    }

    /** How many documents (item versions) the index holds. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** One page of what a visitor finds, best first, with the matched words marked. */
    public SearchResults search(SearchRequest request, Instant now) throws IOException {
        SearchTerms terms = SearchTerms.parse(request.text());
        if (terms.isEmpty()) {
            return SearchResults.none(request.pageSize());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            // Every match found and counted without scoring; then only what can reach the page scored.
            MatchSet matched = MatchSet.of(searcher, SearchQueries.matches(terms, request, now));
            long total = matched.total();
            if (total == 0) {
                return SearchResults.none(request.pageSize());
            }
            // A page past the end shows the last one.
            int lastPage = (int) ((total + request.pageSize() - 1) / request.pageSize());
            int page = Math.min(request.page(), lastPage);
            int from = (page - 1) * request.pageSize();
            int wanted = (int) Math.min(total, (long) from + request.pageSize());
            TopFieldDocs top = searcher.search(SearchQueries.ranked(terms, matched),
                    new TopFieldCollectorManager(SearchQueries.ORDER, wanted, wanted));
            ScoreDoc[] onPage = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length), top.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(new TotalHits(onPage.length, TotalHits.Relation.EQUAL_TO), onPage);
            Query marks = SearchQueries.highlighting(terms);
            // Title and snippet in one pass: each result's stored text is read once.
            Map<String, String[]> marked = highlighter(searcher).highlightFields(
                    new String[] {SearchSchema.TITLE_FOLDED, SearchSchema.BODY_FOLDED}, marks, pageDocs, new int[] {1, 2});
            String[] titles = marked.get(SearchSchema.TITLE_FOLDED);
            String[] snippets = marked.get(SearchSchema.BODY_FOLDED);
            List<SearchHit> hits = new ArrayList<>(onPage.length);
            for (int i = 0; i < onPage.length; i++) {
                Document stored = searcher.storedFields().document(onPage[i].doc, HIT_FIELDS);
                hits.add(new SearchHit(ItemType.fromKey(stored.get(SearchSchema.TYPE)),
                        stored.getField(SearchSchema.ID).numericValue().longValue(), stored.get(SearchSchema.SLUG),
                        titles[i] == null ? escape(stored.get(SearchSchema.TITLE_FOLDED)) : titles[i],
                        snippets[i] == null ? "" : snippets[i],
                        Instant.ofEpochMilli(stored.getField(SearchSchema.PUBLISHED).numericValue().longValue())));
            }
            return new SearchResults(List.copyOf(hits), total, page, request.pageSize());
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The items of {@code type} whose Vietnamese text matches the words, whatever their state
     * (staff look for drafts too), best first; at most {@code limit}.
     */
    public List<Long> matchingIds(ItemType type, String text, int limit) throws IOException {
        SearchTerms terms = SearchTerms.parse(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            MatchSet matched = MatchSet.of(searcher, SearchQueries.matches(terms,
                    new org.apache.lucene.search.TermQuery(new Term(SearchSchema.LANGUAGE, vn.govportal.text.SiteLanguage.VI.tag())),
                    new org.apache.lucene.search.TermQuery(new Term(SearchSchema.TYPE, type.key()))));
            int wanted = (int) Math.min(limit, matched.total());
            if (wanted == 0) {
                return List.of();
            }
            TopFieldDocs top = searcher.search(SearchQueries.ranked(terms, matched),
                    new TopFieldCollectorManager(SearchQueries.ORDER, wanted, wanted));
            List<Long> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc, java.util.Set.of(SearchSchema.ID))
                        .getField(SearchSchema.ID).numericValue().longValue());
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Marks the matched words: the whole title, and in the text the passages of about
     * {@value #SNIPPET_LENGTH} characters that hold most of them, cut between words (sentences in
     * official texts run on for hundreds of characters, and the JDK's sentence rules are slow).
     * Everything else is escaped.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK, UNMARK, " … ", true))
                .withMaxLength(MAX_HIGHLIGHTED)
                .withMaxNoHighlightPassages(1);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return SearchSchema.TITLE_FOLDED.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), SNIPPET_LENGTH, 0.3f);
            }
        };
    }

    /** The text with the characters HTML gives a meaning escaped, as the highlighter escapes them. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Drops everything written since the last commit and closes the index: after a failed rebuild. */
    public void rollback() throws IOException {
        writing.lock();
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        writing.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } finally {
            writing.unlock();
        }
    }
}
