package vn.govportal.category;

import java.io.Serializable;
/** A category as the public pages show it: a name and the link to its page. */
public final class CategoryRef implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String slug;

    public CategoryRef(Long id, String name, String slug) {
        this.id = id;
        this.name = name;
        this.slug = slug;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }
}
