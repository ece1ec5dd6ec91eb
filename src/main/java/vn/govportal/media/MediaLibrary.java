package vn.govportal.media;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.audit.AuditLog;
import vn.govportal.publishing.EditRefused;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.Slugs;

/**
 * The media library: editors upload images and documents, which are checked by content (see
 * {@link FileType}), stored in the database and, for images, scaled to {@link Renditions#WIDTHS}.
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class MediaLibrary {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MediaUsage usage;

    @Inject
    @ConfigProperty(name = "govportal.media.max-mb", defaultValue = "20")
    private int maxMegabytes;

    @PermitAll
    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** Originals, newest first (renditions are listed with theirs). */
    public List<MediaInfo> list() {
        return em.createQuery("SELECT NEW vn.govportal.media.MediaInfo(m.id, m.fileName, m.contentType, m.byteSize,"
                + " m.width, m.height) FROM MediaFile m WHERE m.originalId IS NULL ORDER BY m.id DESC", MediaInfo.class)
                .getResultList();
    }

    /**
     * An image dropped or pasted into a text: every author may add one, as the text needs it, but
     * only an image; documents go through the library page.
     */
    @RequiresRole(Role.AUTHOR)
    public MediaInfo uploadImage(String fileName, byte[] content) {
        String name = safeName(fileName == null || fileName.isBlank() ? "anh.png" : fileName);
        if (content != null && content.length > 0 && content.length <= maxBytes()
                && FileType.sniff(content, name).filter(FileType::isImage).isEmpty()) {
            throw new EditRefused("file", "media.refused.notImage", name);
        }
        return upload(name, content);
    }

    /** Stores an upload after checking what it really is; returns the stored original. */
    public MediaInfo upload(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new EditRefused("file", "media.refused.empty");
        }
        if (content.length > maxBytes()) {
            throw new EditRefused("file", "media.refused.tooLarge", maxMegabytes);
        }
        String name = safeName(fileName);
        FileType type = FileType.sniff(content, name)
                .orElseThrow(() -> new EditRefused("file", "media.refused.type", name));
        if (!type.matchesName(name)) {
            throw new EditRefused("file", "media.refused.disguised", name, type.name());
        }
        Integer width = null;
        Integer height = null;
        if (type.isImage()) {
            Renditions.Size size = Renditions.measure(content)
                    .orElseThrow(() -> new EditRefused("file", "media.refused.unreadable", name));
            if ((long) size.width() * size.height() > Renditions.MAX_PIXELS) {
                throw new EditRefused("file", "media.refused.pixels", name);
            }
            width = size.width();
            height = size.height();
        }
        MediaFile original = new MediaFile(name, type.contentType(), content, width, height, caller(), null, null);
        em.persist(original);
        em.flush();
        if (type.isImage()) {
            String base = name.substring(0, name.lastIndexOf('.'));
            for (int target : Renditions.WIDTHS) {
                Renditions.scale(content, target).ifPresent(scaled -> em.persist(new MediaFile(
                        base + "-" + target + "." + scaled.extension(), scaled.contentType(), scaled.content(),
                        scaled.width(), scaled.height(), caller(), original.getId(), "w" + target)));
            }
        }
        audit.record(caller(), null, "MEDIA_UPLOADED", "MediaFile", original.getId(), name + " (" + type + ")");
        return new MediaInfo(original.getId(), name, type.contentType(), (long) content.length, width, height);
    }

    /** Deletes a file nothing on the site uses; refuses one that is still in use. */
    public void delete(long id) {
        MediaFile file = em.find(MediaFile.class, id);
        if (file == null) {
            return;
        }
        // Featured images, attachments, images in a text and the trust badge alike.
        if (usage.uses(id) > 0) {
            throw new EditRefused(null, "media.refused.inUse", file.getFileName());
        }
        em.createQuery("DELETE FROM MediaFile m WHERE m.originalId = :id").setParameter("id", id).executeUpdate();
        em.remove(file);
        audit.record(caller(), null, "MEDIA_DELETED", "MediaFile", id, file.getFileName());
    }

    /** A file name safe in a URL and a Content-Disposition header: folded to ASCII, the extension kept. */
    static String safeName(String fileName) {
        String raw = fileName == null ? "" : fileName.replace('\\', '/');
        raw = raw.substring(raw.lastIndexOf('/') + 1);
        String extension = FileType.extension(raw);
        String stem = extension.isEmpty() ? raw : raw.substring(0, raw.length() - extension.length() - 1);
        String slug = Slugs.slugify(stem);
        if (slug.isEmpty()) {
            slug = "tep";
        }
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return extension.isEmpty() ? slug : slug + "." + extension.replaceAll("[^a-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private String caller() {
        return caller.name();
    }
}
