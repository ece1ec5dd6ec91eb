package vn.govportal.menu;

import vn.govportal.text.Translatable;

/** Where a menu item leads: a part of the site, one category or page, or an address staff type. */
public enum MenuTarget implements Translatable {
    HOME,
    CATEGORY,
    PAGE,
    NOTICES,
    DOCUMENTS,
    QUESTIONS,
    PROCEDURES,
    SEARCH,
    URL;

    /** Whether it names one category or page ({@code targetId}). */
    public boolean takesItem() {
        return this == CATEGORY || this == PAGE;
    }

    @Override
    public String getMessageKey() {
        return "menu.target." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
