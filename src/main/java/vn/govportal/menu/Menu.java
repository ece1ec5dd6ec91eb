package vn.govportal.menu;

import vn.govportal.text.Translatable;

/** The public site's two menus: the main navigation under the header, and the footer's links. */
public enum Menu implements Translatable {
    MAIN,
    FOOTER;

    @Override
    public String getMessageKey() {
        return "menu." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
