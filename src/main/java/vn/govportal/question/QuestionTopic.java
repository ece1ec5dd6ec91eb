package vn.govportal.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import vn.govportal.text.SiteLanguage;

/** A topic visitors choose when they ask, and the public list is filtered by: "Lãnh sự", "Hợp tác quốc tế". */
@Entity
@Table(name = "question_topic")
public class QuestionTopic implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(nullable = false, length = 200, unique = true)
    private String slug;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Its name on the site in {@code language}: the Vietnamese one where it has no English name. */
    public String nameIn(SiteLanguage language) {
        return language == SiteLanguage.EN && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }
}
