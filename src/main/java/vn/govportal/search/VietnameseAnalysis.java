package vn.govportal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How Vietnamese text becomes searchable words. Every text is indexed twice: as written (in
 * lower case), so that a word typed with its exact marks ranks first, and folded to plain letters
 * (ASCII folding maps "đường", "dương" and "dưỡng" all to "duong", and "đ" to "d"), so that a word
 * typed without marks is found. Syllables are the words: the Unicode word rules split Vietnamese
 * at its spaces, as its writing does. Titles are also indexed as syllables joined in twos and
 * threes, so that "chung cheong" finds "Chungcheongnam" and "chungcheongnam" finds "Chung
 * Cheong Nam".
 */
public final class VietnameseAnalysis {

    /** Longest word kept; longer runs of letters are not words anyone types. */
    private static final int MAX_WORD = 64;
    /** Positions between two values of one field: more than any phrase anyone types. */
    private static final int VALUE_GAP = 100;

    private VietnameseAnalysis() {
    }

    /** Words as written, in lower case. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = tokenizer();
                return new TokenStreamComponents(words, new LowerCaseFilter(words));
            }
        };
    }

    /** Words in lower case without their marks; a field's values are far apart, so no phrase spans two. */
    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = tokenizer();
                return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /** Folded syllables joined in twos and threes: "chung cheong nam" gives "chungcheong", "chungcheongnam", "cheongnam". */
    public static Analyzer joined() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = tokenizer();
                ShingleFilter shingles = new ShingleFilter(new ASCIIFoldingFilter(new LowerCaseFilter(words)), 2, 3);
                shingles.setTokenSeparator("");
                shingles.setOutputUnigrams(false);
                return new TokenStreamComponents(words, shingles);
            }
        };
    }

    private static Tokenizer tokenizer() {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(MAX_WORD);
        return tokenizer;
    }

    /**
     * Text as it is indexed and searched: composed (NFC, since text pasted from Word may carry
     * its marks as separate characters), without control characters or halves of broken
     * surrogate pairs, which no one means to search for.
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append(' ');
            } else if (Character.isISOControl(c)) {
                clean.append(' ');
            } else {
                clean.append(c);
            }
        }
        return Normalizer.normalize(clean, Normalizer.Form.NFC);
    }

    /** The words {@code analyzer} makes of {@code text}, in order. */
    public static List<String> words(Analyzer analyzer, String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return words;
    }
}
