package vn.govportal.paging;

import java.util.OptionalLong;

/** Reads a page number from a URL parameter. */
public final class PageNumbers {

    private PageNumbers() {
    }

    /**
     * The number in {@code raw}: absent or blank means page 1; digits with an optional sign give
     * that number (capped, so "99999999999999999999" is simply very large); anything else is no
     * page number at all.
     */
    public static OptionalLong parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return OptionalLong.of(1);
        }
        if (!raw.matches("[-+]?\\d{1,40}")) {
            return OptionalLong.empty();
        }
        boolean negative = raw.startsWith("-");
        String digits = raw.replaceFirst("^[-+]", "").replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 12) {
            return OptionalLong.of(negative ? -1 : Long.MAX_VALUE / 2);
        }
        long value = Long.parseLong(digits);
        return OptionalLong.of(negative ? -value : value);
    }
}
