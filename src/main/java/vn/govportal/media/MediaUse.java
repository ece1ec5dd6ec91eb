package vn.govportal.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One stored file used by one item: as its featured image, its attachment or an image in its text. */
@Entity
@Table(name = "media_use")
@IdClass(MediaUse.Key.class)
public class MediaUse {

    /** The kinds of item that use files. */
    public enum Item {
        ARTICLE,
        NOTICE,
        DOCUMENT,
        PAGE
    }

    @Id
    @Column(name = "media_id")
    private long mediaId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", length = 20)
    private Item itemType;

    @Id
    @Column(name = "item_id")
    private long itemId;

    protected MediaUse() {
    }

    MediaUse(long mediaId, Item itemType, long itemId) {
        this.mediaId = mediaId;
        this.itemType = itemType;
        this.itemId = itemId;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long mediaId;
        private Item itemType;
        private long itemId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.mediaId == mediaId && key.itemType == itemType && key.itemId == itemId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(mediaId, itemType, itemId);
        }
    }
}
