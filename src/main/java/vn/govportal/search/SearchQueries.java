package vn.govportal.search;

import static vn.govportal.search.SearchSchema.BODY_EXACT;
import static vn.govportal.search.SearchSchema.BODY_FOLDED;
import static vn.govportal.search.SearchSchema.TEXT_FOLDED;
import static vn.govportal.search.SearchSchema.TITLE_EXACT;
import static vn.govportal.search.SearchSchema.TITLE_FOLDED;
import static vn.govportal.search.SearchSchema.TITLE_JOINED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.VietnamTime;

/**
 * Turns what a visitor typed into a Lucene query. Every word (or quoted phrase) must match, and
 * scores by where and how it matched, the best of: in the title as typed (8), in the text as typed
 * (4), in the title without marks (2), anywhere without marks (1). So "đường" puts "đường"
 * above "dương" and "dưỡng", which it also finds; a title above a text; and among equals the
 * newer first ({@link #ORDER}). Scores are constant, not term statistics, so the order is the
 * same on every instance and explains itself.
 */
public final class SearchQueries {

    /** Best score first, then the newest. */
    public static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(SearchSchema.PUBLISHED, SortField.Type.LONG, true));

    /** Shortest run of letters a joined-syllable match is tried for: shorter would match too much. */
    private static final int MIN_JOINED = 6;

    private SearchQueries() {
    }

    /**
     * What the words match: every word and phrase somewhere in the title or text, folded (one
     * list of documents per word, intersected), scored by the best way each matched; or, for a
     * name written apart or together, the syllables joined.
     */
    public static Query matching(SearchTerms terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (SearchTerms.Term word : terms.words()) {
            all.add(required(new TermQuery(new Term(TEXT_FOLDED, word.folded()))), Occur.MUST);
            all.add(scored(field -> field.folded() ? new TermQuery(new Term(field.name, word.folded()))
                    : new TermQuery(new Term(field.name, word.exact()))), Occur.SHOULD);
        }
        for (List<SearchTerms.Term> phrase : terms.phrases()) {
            all.add(required(phrase(TEXT_FOLDED, true, phrase)), Occur.MUST);
            all.add(scored(field -> phrase(field.name, field.folded(), phrase)), Occur.SHOULD);
        }
        Query words = all.build();
        String joined = joined(terms);
        if (joined.length() < MIN_JOINED || !terms.phrases().isEmpty()) {
            return words;
        }
        // "chung cheong" → "chungcheong…"; "chungcheongnam" → "Chung Cheong Nam".
        Query together = new BoostQuery(new ConstantScoreQuery(new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(TEXT_FOLDED, joined)), Occur.SHOULD)
                .add(new TermQuery(new Term(TITLE_JOINED, joined)), Occur.SHOULD)
                .build()), 0.5f);
        return new BooleanQuery.Builder().add(words, Occur.SHOULD).add(together, Occur.SHOULD).build();
    }

    /**
     * A clause that must match: it scores the lowest way of matching (1, anywhere without marks),
     * and the optional clause beside it adds what a better way is worth above that.
     */
    private static Query required(Query query) {
        return new ConstantScoreQuery(query);
    }

    /** The words for the snippets: only the folded fields, which hold every match as written. */
    public static Query highlighting(SearchTerms terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : List.of(TITLE_FOLDED, BODY_FOLDED)) {
            for (SearchTerms.Term word : terms.words()) {
                query.add(new TermQuery(new Term(field, word.folded())), Occur.SHOULD);
            }
            for (List<SearchTerms.Term> phrase : terms.phrases()) {
                query.add(phrase(field, true, phrase), Occur.SHOULD);
            }
            String joined = joined(terms);
            if (joined.length() >= MIN_JOINED && terms.phrases().isEmpty() && terms.words().size() > 1) {
                query.add(new PrefixQuery(new Term(field, joined)), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /**
     * What a visitor may find: published, its time come and not gone, in the site's language,
     * and within the filters; {@code from} and {@code to} are whole days in Vietnam.
     */
    public static Query visible(SearchRequest request, Instant now) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchSchema.LANGUAGE, request.language().tag())), Occur.FILTER)
                .add(new TermQuery(new Term(SearchSchema.STATUS, PublicationStatus.PUBLISHED.name())), Occur.FILTER);
        long upper = now.toEpochMilli();
        if (request.to() != null) {
            upper = Math.min(upper, startOf(request.to().plusDays(1)) - 1);
        }
        long lower = request.from() == null ? Long.MIN_VALUE : startOf(request.from());
        filter.add(range(SearchSchema.PUBLISHED, lower, upper), Occur.FILTER);
        filter.add(range(SearchSchema.UNTIL, now.toEpochMilli() + 1, Long.MAX_VALUE), Occur.FILTER);
        if (!request.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            request.types().forEach(type -> types.add(new TermQuery(new Term(SearchSchema.TYPE, type.key())), Occur.SHOULD));
            filter.add(types.build(), Occur.FILTER);
        }
        if (request.categoryId() != null) {
            filter.add(new TermQuery(new Term(SearchSchema.CATEGORY, request.categoryId().toString())), Occur.FILTER);
        }
        return filter.build();
    }

    /** The query a visitor's request runs: what matches, among what is visible. */
    public static Query of(SearchTerms terms, SearchRequest request, Instant now) {
        return new BooleanQuery.Builder()
                .add(matching(terms), Occur.MUST)
                .add(visible(request, now), Occur.FILTER)
                .build();
    }

    /**
     * A range of times: read from the points index where it narrows the search, or checked on
     * each candidate's doc value where the words already have (a range nearly every document is
     * in, as "published before now", would otherwise list them all on every search).
     */
    private static Query range(String field, long from, long to) {
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
                NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(VietnamTime.ZONE).toInstant().toEpochMilli();
    }

    private static String joined(SearchTerms terms) {
        StringBuilder joined = new StringBuilder();
        terms.words().forEach(word -> joined.append(word.folded()));
        return joined.toString();
    }

    private static Query phrase(String field, boolean folded, List<SearchTerms.Term> words) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (SearchTerms.Term word : words) {
            phrase.add(new Term(field, folded ? word.folded() : word.exact()));
        }
        return phrase.build();
    }

    /**
     * The best of the better ways one word or phrase can match, worth its weight above the
     * lowest (which the required clause scores); only read for documents that already match.
     */
    private static Query scored(Function<Field, Query> match) {
        List<Query> ways = new ArrayList<>(3);
        for (Field field : Field.values()) {
            if (field.weight > LOWEST) {
                ways.add(new BoostQuery(new ConstantScoreQuery(match.apply(field)), field.weight - LOWEST));
            }
        }
        return new DisjunctionMaxQuery(ways, 0f);
    }

    private static final float LOWEST = 1;

    private enum Field {
        TITLE_AS_TYPED(TITLE_EXACT, 8), TEXT_AS_TYPED(BODY_EXACT, 4), TITLE_WITHOUT_MARKS(TITLE_FOLDED, 2),
        ANYWHERE_WITHOUT_MARKS(TEXT_FOLDED, 1);

        private final String name;
        private final float weight;

        Field(String name, float weight) {
            this.name = name;
            this.weight = weight;
        }

        boolean folded() {
            return name.endsWith("_folded");
        }

    }
}
