package vn.govportal.text;

import java.util.Locale;

/** A SQL LIKE pattern for text typed into a filter: its %, _ and \ stand for themselves. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** Lower-case "contains" pattern: {@code 50%_off} → {@code %50\%\_off%}. */
    public static String containing(String typed) {
        return "%" + typed.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
