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
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
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
 * Turns what a visitor typed into a Lucene query. Every word (or quoted phrase) must match
 * somewhere, with or without its marks, and adds to the score by where and how it matched: in
 * the title as typed 7, in the text as typed 3, in the title without marks 1. So "đường" puts
 * "đường" above "dương" and "dưỡng", which it also finds; a title above a text; and among equals
 * the newer first ({@link #ORDER}). Scores are constant, not term statistics, so the order is
 * the same on every instance and explains itself.
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
     * list of documents per word, intersected); or, for a name written apart or together, the
     * syllables joined. Scores nothing: {@link #worth} does.
     */
    public static Query matching(SearchTerms terms) {
        Query together = together(terms);
        if (together == null) {
            return everyWord(terms);
        }
        // "chung cheong" → "chungcheong…"; "chungcheongnam" → "Chung Cheong Nam".
        return new BooleanQuery.Builder().add(everyWord(terms), Occur.SHOULD).add(together, Occur.SHOULD).build();
    }

    /** Every word and phrase somewhere in the title or text, without marks. */
    private static Query everyWord(SearchTerms terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (SearchTerms.Term word : terms.words()) {
            all.add(new TermQuery(new Term(TEXT_FOLDED, word.folded())), Occur.FILTER);
        }
        for (List<SearchTerms.Term> phrase : terms.phrases()) {
            all.add(phrase(TEXT_FOLDED, true, phrase), Occur.FILTER);
        }
        return all.build();
    }

    /**
     * What a match is worth, one optional clause per word or phrase and way of matching, added
     * up: in the title as typed, in the text as typed, in the title without marks; the syllables
     * joined are worth a little, and less than every word apart. Each clause is constant, so Lucene knows the most a document
     * can score without reading it, and once a page of results is full it skips those that
     * cannot beat them instead of scoring every match.
     */
    private static List<Query> worth(SearchTerms terms) {
        List<Query> clauses = new ArrayList<>();
        for (SearchTerms.Term word : terms.words()) {
            for (Way way : Way.values()) {
                clauses.add(way.of(new TermQuery(new Term(way.field, way.folded() ? word.folded() : word.exact()))));
            }
        }
        for (List<SearchTerms.Term> phrase : terms.phrases()) {
            for (Way way : Way.values()) {
                clauses.add(way.of(phrase(way.field, way.folded(), phrase)));
            }
        }
        Query together = together(terms);
        if (together != null) {
            // Where the joined syllables are an alternative, having every word as typed apart is worth more.
            clauses.add(new BoostQuery(new ConstantScoreQuery(everyWord(terms)), EVERY_WORD_WORTH));
            clauses.add(new BoostQuery(new ConstantScoreQuery(together), JOINED_WORTH));
        }
        return clauses;
    }

    /** The syllables joined, where there are enough of them to mean a name. */
    private static Query together(SearchTerms terms) {
        String joined = joined(terms);
        if (joined.length() < MIN_JOINED || !terms.phrases().isEmpty()) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(TEXT_FOLDED, joined)), Occur.SHOULD)
                .add(new TermQuery(new Term(TITLE_JOINED, joined)), Occur.SHOULD)
                .build();
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

    /** What a visitor's request finds: what matches, among what is visible. Scores nothing. */
    public static Query matches(SearchTerms terms, SearchRequest request, Instant now) {
        return matches(terms, visible(request, now));
    }

    /** What matches the words among what the filters let through. Scores nothing. */
    public static Query matches(SearchTerms terms, Query... filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching(terms), Occur.FILTER);
        for (Query filter : filters) {
            query.add(filter, Occur.FILTER);
        }
        return query.build();
    }

    /**
     * The documents of {@code matched} scored by their worth: one optional clause per way of
     * matching, each only within them, and the matched themselves at nothing, so that every one is
     * still found. A query of optional clauses alone is one Lucene ranks by skipping: it knows
     * the most each clause adds, and once a page is full, reads only the lists of the clauses that
     * can still lift a document onto it (the title's, as a rule), not every match.
     */
    static Query ranked(SearchTerms terms, Query matched) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(matched), 0f), Occur.SHOULD);
        for (Query clause : worth(terms)) {
            query.add(new BooleanQuery.Builder().add(matched, Occur.FILTER).add(clause, Occur.MUST).build(), Occur.SHOULD);
        }
        return query.build();
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

    private static final float JOINED_WORTH = 0.5f;
    private static final float EVERY_WORD_WORTH = 1f;

    /**
     * The ways a word or phrase can match beyond anywhere without marks, and what each adds: as
     * typed in the title (which is also in the title without marks: 7 in all) above as typed
     * in the text (3) above in the title without marks (1).
     */
    private enum Way {
        TITLE_AS_TYPED(TITLE_EXACT, 6), TEXT_AS_TYPED(BODY_EXACT, 3), TITLE_WITHOUT_MARKS(TITLE_FOLDED, 1);

        private final String field;
        private final float worth;

        Way(String field, float worth) {
            this.field = field;
            this.worth = worth;
        }

        boolean folded() {
            return field.endsWith("_folded");
        }

        Query of(Query match) {
            return new BoostQuery(new ConstantScoreQuery(match), worth);
        }
    }
}
