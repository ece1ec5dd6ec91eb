package vn.govportal.publishing;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The English version of an article or notice: its own title, address, lead and body, and its
 * own publish switch. It is public when the item itself is public and this switch is on; an
 * item without one is on the Vietnamese site only.
 */
@Embeddable
public class Translation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "title_en", length = Lengths.TITLE)
    private String title;

    @Column(name = "slug_en", length = 200)
    private String slug;

    /** An article's lead, a notice's summary. */
    @Column(name = "lead_en", length = Lengths.SUMMARY)
    private String lead;

    /** Sanitised HTML. */
    @Column(name = "body_en", length = Lengths.BODY)
    private String body;

    @Column(name = "en_published")
    private boolean published;

    public Translation() {
    }

    public Translation(String title, String slug, String lead, String body, boolean published) {
        this.title = title;
        this.slug = slug;
        this.lead = lead;
        this.body = body;
        this.published = published;
    }

    /** Whether there is an English version at all: a title and a body. */
    public boolean exists() {
        return title != null && body != null;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public boolean isPublished() {
        return published;
    }
}
