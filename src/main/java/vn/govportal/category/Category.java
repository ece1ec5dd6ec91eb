package vn.govportal.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "category")
@NamedQuery(name = "Category.findAllRefs", query = "SELECT NEW vn.govportal.category.CategoryRef(c.id, c.name, c.slug)"
        + " FROM Category c ORDER BY c.sortOrder, c.name")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200, unique = true)
    private String slug;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The name on the English site; the Vietnamese one where staff gave none. */
    @Column(name = "name_en", length = 200)
    private String nameEn;

    /** The address word on the English site; the Vietnamese one where staff gave none. */
    @Column(name = "slug_en", length = 200)
    private String slugEn;

    @Version
    private long version;

    /** {@code english} if staff gave it, else {@code vietnamese}. */
    public static String either(String english, String vietnamese) {
        return english == null || english.isBlank() ? vietnamese : english;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getSlugEn() {
        return slugEn;
    }

    public void setSlugEn(String slugEn) {
        this.slugEn = slugEn;
    }
}
