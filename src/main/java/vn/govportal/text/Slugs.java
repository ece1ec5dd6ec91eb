package vn.govportal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns Vietnamese titles into ASCII URL slugs: "Tăng cường đối ngoại" becomes
 * "tang-cuong-doi-ngoai". Unicode decomposition strips the tone and vowel marks; đ/Đ has no
 * decomposition and is folded by hand.
 */
public final class Slugs {

    /** Longest slug, in characters; titles are cut at a word boundary to fit. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** Folds Vietnamese text to plain ASCII letters, keeping case: "Đồng Nai" → "Dong Nai". */
    public static String foldToAscii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /** The slug for a title; empty if the title has no letter or digit at all. */
    public static String slugify(String title) {
        if (title == null) {
            return "";
        }
        String slug = NON_ALNUM.matcher(foldToAscii(title).toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimDashes(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    /**
     * A slug for the title that {@code taken} does not already hold: the plain slug, else the
     * slug with "-2", "-3", … appended.
     */
    public static String unique(String title, Predicate<String> taken) {
        String base = slugify(title);
        if (base.isEmpty()) {
            base = "bai-viet";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /**
     * Whether the text has the form of a slug (words of a-z and 0-9 joined by single dashes);
     * anything else cannot name an item and is refused early. Read on every public request, so a
     * plain scan, not a pattern.
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH + 12) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' ? previous == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
