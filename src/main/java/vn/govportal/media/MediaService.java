package vn.govportal.media;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    /** What serving a stored file needs to know before reading its bytes. */
    public Optional<StoredFile> findStored(long id) {
        return em.createQuery("SELECT NEW vn.govportal.media.StoredFile(m.id, m.fileName, m.contentType, m.byteSize,"
                        + " m.originalId) FROM MediaFile m WHERE m.id = :id", StoredFile.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * {@code length} bytes of a stored file from {@code offset} (from 0): a download is read a
     * piece at a time, so a large file never sits whole in memory.
     */
    public byte[] readPart(long id, long offset, int length) {
        List<?> rows = em.createNativeQuery("SELECT SUBSTRING(content FROM ? FOR ?) FROM media_file WHERE id = ?")
                .setParameter(1, Math.toIntExact(offset + 1)) // PostgreSQL's substring of bytea takes integers
                .setParameter(2, length)
                .setParameter(3, id)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? new byte[0] : (byte[]) rows.get(0);
    }
}
