package vn.govportal.menu;

import java.util.List;

/**
 * A menu item as a public page draws it, in that page's language: its label, where it leads
 * ({@code slug} of the category or page, or the {@code url} typed), and its sub-items.
 */
public record MenuLink(String label, MenuTarget target, String slug, String url, List<MenuLink> children) {

    /** For templates, whose expression language reads properties, not record components. */
    public String getLabel() {
        return label;
    }

    public List<MenuLink> getChildren() {
        return children;
    }

    public boolean isHasChildren() {
        return !children.isEmpty();
    }

    /** An address outside the portal. */
    public boolean isExternal() {
        return target == MenuTarget.URL && !url.startsWith("/");
    }
}
