package vn.govportal.text;

import java.util.Locale;

/** The languages the public site is published in; each has its own addresses and its own cached pages. */
public enum SiteLanguage {
    VI("vi"),
    EN("en");

    private final String tag;
    private final Locale locale;

    SiteLanguage(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag, as {@code lang} and {@code hreflang} carry it. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }
}
