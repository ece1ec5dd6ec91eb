package vn.govportal.search;

import vn.govportal.text.Translatable;

/** What kind of public item a search result is; each has its own page on the public site. */
public enum ItemType implements Translatable {
    ARTICLE,
    NOTICE,
    /** A legal document of the register. */
    DOCUMENT,
    /** A published question and its answer. */
    QUESTION,
    /** A page staff write: about the agency, contacts, the privacy policy. */
    PAGE;

    /** The name used in the search change log and in the filter of the results page: "article". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type a key names, or null for an unknown one (a hand-typed filter value). */
    public static ItemType fromKey(String key) {
        for (ItemType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        return null;
    }

    @Override
    public String getMessageKey() {
        return "search.type." + key();
    }
}
