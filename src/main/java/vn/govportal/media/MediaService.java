package vn.govportal.media;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class MediaService {

    @PersistenceContext
    private EntityManager em;

    public Optional<MediaInfo> findInfo(long id) {
        return em.createNamedQuery("MediaFile.findInfo", MediaInfo.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Every stored image, newest first, for choosing a featured image. */
    public java.util.List<MediaInfo> images() {
        return em.createQuery("SELECT NEW vn.govportal.media.MediaInfo(m.id, m.fileName, m.contentType, m.byteSize,"
                + " m.width, m.height) FROM MediaFile m WHERE m.contentType LIKE 'image/%' AND m.originalId IS NULL"
                + " ORDER BY m.id DESC", MediaInfo.class)
                .getResultList();
    }

    /** Every stored document (not images), newest first, for attaching to a notice. */
    public java.util.List<MediaInfo> documents() {
        return em.createQuery("SELECT NEW vn.govportal.media.MediaInfo(m.id, m.fileName, m.contentType, m.byteSize,"
                + " m.width, m.height) FROM MediaFile m WHERE m.contentType NOT LIKE 'image/%' ORDER BY m.id DESC", MediaInfo.class)
                .getResultList();
    }

    /** A scaled copy of an image, if one was made at that width. */
    public Optional<MediaInfo> findRendition(long originalId, int width) {
        return em.createQuery("SELECT NEW vn.govportal.media.MediaInfo(m.id, m.fileName, m.contentType, m.byteSize,"
                        + " m.width, m.height) FROM MediaFile m WHERE m.originalId = :id AND m.variant = :variant", MediaInfo.class)
                .setParameter("id", originalId)
                .setParameter("variant", "w" + width)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<byte[]> findContent(long id) {
        return em.createNamedQuery("MediaFile.findContent", byte[].class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }
}
