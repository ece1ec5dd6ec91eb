package vn.govportal.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A link to a related site ("liên kết website"), shown in groups. */
@Entity
@Table(name = "web_link")
@NamedQuery(name = "WebLink.findAllOrdered", query = "SELECT l FROM WebLink l ORDER BY l.groupName, l.sortOrder, l.id")
public class WebLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "group_name", nullable = false, length = 200)
    private String groupName;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The title on the English site; the Vietnamese one where staff gave none. */
    @Column(name = "title_en", length = 200)
    private String titleEn;

    /** The group's name on the English site; the Vietnamese one where staff gave none. */
    @Column(name = "group_name_en", length = 200)
    private String groupNameEn;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
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

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getGroupNameEn() {
        return groupNameEn;
    }

    public void setGroupNameEn(String groupNameEn) {
        this.groupNameEn = groupNameEn;
    }
}
