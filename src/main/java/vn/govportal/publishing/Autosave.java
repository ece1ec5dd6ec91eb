package vn.govportal.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The text one member of staff was typing into one form (an article, a notice, a new one), as last autosaved. */
@Entity
@Table(name = "autosave")
@IdClass(Autosave.Key.class)
public class Autosave {

    @Id
    @Column(name = "username", length = 60)
    private String username;

    @Id
    @Column(name = "draft_key", length = 40)
    private String draftKey;

    /** The item's version the text was typed over, so restoring it still detects a later save by someone else. */
    @Column(name = "based_on_version")
    private Long basedOnVersion;

    /** The form's text fields, by name, as JSON. */
    @Column(name = "fields", nullable = false)
    private String fields;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected Autosave() {
    }

    Autosave(String username, String draftKey) {
        this.username = username;
        this.draftKey = draftKey;
    }

    void update(Long basedOnVersion, String fields, Instant savedAt) {
        this.basedOnVersion = basedOnVersion;
        this.fields = fields;
        this.savedAt = savedAt;
    }

    public String getDraftKey() {
        return draftKey;
    }

    public Long getBasedOnVersion() {
        return basedOnVersion;
    }

    public String getFields() {
        return fields;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String username;
        private String draftKey;

        public Key() {
        }

        Key(String username, String draftKey) {
            this.username = username;
            this.draftKey = draftKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.username, username) && Objects.equals(key.draftKey, draftKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, draftKey);
        }
    }
}
