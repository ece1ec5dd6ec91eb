package vn.govportal.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.Publication;

/**
 * A page for what changes rarely: about the agency, its contacts, the privacy policy, or any page
 * staff add. Public while published, at its own address; reached from the menus.
 */
@Entity
@Table(name = "site_page")
public class SitePage extends Publication implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The condition (on {@code p}) for a page visitors may see. */
    public static final String PUBLIC = " p.status = :published";

    /** Under the title, and the page's description for search engines and shares. */
    @Column(length = Lengths.SUMMARY)
    private String summary;

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
