package vn.govportal.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Vietnamese reader expects them, always in Vietnam time whatever the server's zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("'GMT+7' dd - MM - yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter SHORT_WITH_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final String[] WEEKDAYS = {
        "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
    };

    private VietnamTime() {
    }

    /** The article dateline, as on the department's site: "GMT+7 20 - 10 - 2016". */
    public static String dateline(Instant instant) {
        return DATELINE.format(instant.atZone(ZONE));
    }

    /** "20/10/2016". */
    public static String shortDate(Instant instant) {
        return SHORT.format(instant.atZone(ZONE));
    }

    /** "08:30 20/10/2016". */
    public static String shortDateTime(Instant instant) {
        return SHORT_WITH_TIME.format(instant.atZone(ZONE));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute, to the second, with the +07:00 offset. */
    public static String isoOffset(Instant instant) {
        return ISO.format(instant.atZone(ZONE));
    }

    /** The header's date line: "Thứ Sáu, 27/11/2026". */
    public static String longDate(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ", " + SHORT.format(date);
    }

    /** The header's date line in the site's language: "Friday, 27/11/2026" on the English site. */
    public static String longDate(LocalDate date, SiteLanguage language) {
        return language == SiteLanguage.EN
                ? date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", " + SHORT.format(date)
                : longDate(date);
    }

    /** A date and time as staff enter it (Vietnam wall-clock time) as an instant; null stays null. */
    public static Instant fromLocal(java.time.LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    /** An instant as Vietnam wall-clock time, for date pickers; null stays null. */
    public static java.time.LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, ZONE);
    }

    /** Today in Vietnam. */
    public static LocalDate today(Instant now) {
        return ZonedDateTime.ofInstant(now, ZONE).toLocalDate();
    }
}
