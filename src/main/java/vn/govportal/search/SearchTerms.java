package vn.govportal.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What the visitor typed, read as words and quoted phrases, and nothing else: no field names, no
 * operators, no wildcards. Every character that is not part of a word (":", "*", a lone '"') is
 * dropped by the same analysis the index uses, so "title:" is the word "title" and "AND" the word
 * "and".
 */
public record SearchTerms(List<Term> words, List<List<Term>> phrases) {

    /** Longer queries are cut: no one types more, and each word costs a lookup. */
    public static final int MAX_CHARACTERS = 500;
    public static final int MAX_WORDS = 24;

    /** One word, as typed (lower case, marks kept) and folded (no marks). */
    public record Term(String exact, String folded) {
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** All words, those of the phrases included, in the order typed. */
    public List<Term> all() {
        List<Term> all = new ArrayList<>(words);
        phrases.forEach(all::addAll);
        return all;
    }

    public static SearchTerms parse(String typed) {
        String text = VietnameseAnalysis.normalize(typed);
        if (text.length() > MAX_CHARACTERS) {
            text = text.substring(0, MAX_CHARACTERS);
        }
        List<Term> words = new ArrayList<>();
        List<List<Term>> phrases = new ArrayList<>();
        // Text between a pair of quotes is a phrase; an unpaired quote is just a character.
        int quotes = (int) text.chars().filter(c -> c == '"').count();
        String[] pieces = text.split("\"", -1);
        int budget = MAX_WORDS;
        for (int i = 0; i < pieces.length && budget > 0; i++) {
            boolean quoted = i % 2 == 1 && i + 1 <= quotes; // the opening quote and its closing one
            List<Term> terms = terms(pieces[i], budget);
            budget -= terms.size();
            if (quoted && terms.size() > 1) {
                phrases.add(terms);
            } else {
                words.addAll(terms);
            }
        }
        return new SearchTerms(List.copyOf(words), List.copyOf(phrases));
    }

    private static List<Term> terms(String text, int budget) {
        List<String> exact = VietnameseAnalysis.words(Analyzers.EXACT, "", text);
        List<String> folded = VietnameseAnalysis.words(Analyzers.FOLDED, "", text);
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < exact.size() && i < folded.size() && terms.size() < budget; i++) {
            terms.add(new Term(exact.get(i), folded.get(i)));
        }
        return terms;
    }

    /** One instance of each analyser for reading queries: analysers are thread-safe and reuse their parts per thread. */
    static final class Analyzers {
        static final org.apache.lucene.analysis.Analyzer EXACT = VietnameseAnalysis.exact();
        static final org.apache.lucene.analysis.Analyzer FOLDED = VietnameseAnalysis.folded();

        private Analyzers() {
        }
    }
}
