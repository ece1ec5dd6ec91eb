package vn.govportal.media;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.govportal.article.Article;
import vn.govportal.document.LegalDocument;
import vn.govportal.notice.Notice;
import vn.govportal.page.SitePage;
import vn.govportal.publishing.PublicationStatus;

/**
 * Which items use which stored files, kept as staff save them, and what follows from it: a file
 * is public while an item that uses it is public (or it is the site's trust badge), and cannot be
 * deleted while anything uses it.
 */
@Stateless
public class MediaUsage {

    @PersistenceContext
    private EntityManager em;

    /** Records, in the caller's transaction, the files an item uses now: {@code file} (if any) and those its text shows. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(MediaUse.Item item, long itemId, Long file, String html) {
        forget(item, itemId);
        Set<Long> used = new LinkedHashSet<>();
        if (file != null) {
            used.add(file);
        }
        used.addAll(MediaUses.referencedIn(html));
        if (used.isEmpty()) {
            return;
        }
        Set<Long> originals = new LinkedHashSet<>();
        for (Object[] row : em.createQuery("SELECT m.id, m.originalId FROM MediaFile m WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", used).getResultList()) {
            originals.add(row[1] == null ? (Long) row[0] : (Long) row[1]);
        }
        for (long original : originals) {
            em.persist(new MediaUse(original, item, itemId));
        }
    }

    /** Records, in the caller's transaction, the files an item uses now: {@code files}, in their order. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(MediaUse.Item item, long itemId, java.util.Collection<Long> files) {
        forget(item, itemId);
        for (long file : new LinkedHashSet<>(files)) {
            em.persist(new MediaUse(file, item, itemId));
        }
    }

    /** An item that is gone uses nothing. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void forget(MediaUse.Item item, long itemId) {
        em.createQuery("DELETE FROM MediaUse u WHERE u.itemType = :type AND u.itemId = :id")
                .setParameter("type", item).setParameter("id", itemId).executeUpdate();
        em.flush();
    }

    /** Whether visitors may be served the file {@code originalId} (or one of its scaled copies) at {@code now}. */
    public boolean isPublic(long originalId, Instant now) {
        long uses = em.createQuery("SELECT COUNT(u) FROM MediaUse u WHERE u.mediaId = :id AND ("
                        + "(u.itemType = :article AND EXISTS (SELECT a.id FROM Article a WHERE a.id = u.itemId AND" + Article.PUBLIC + "))"
                        + " OR (u.itemType = :notice AND EXISTS (SELECT n.id FROM Notice n WHERE n.id = u.itemId AND" + Notice.PUBLIC + "))"
                        + " OR (u.itemType = :document AND EXISTS (SELECT d.id FROM LegalDocument d WHERE d.id = u.itemId AND"
                        + LegalDocument.PUBLIC + "))"
                        + " OR (u.itemType = :page AND EXISTS (SELECT p.id FROM SitePage p WHERE p.id = u.itemId AND" + SitePage.PUBLIC + ")))",
                        Long.class)
                .setParameter("id", originalId)
                .setParameter("article", MediaUse.Item.ARTICLE)
                .setParameter("notice", MediaUse.Item.NOTICE)
                .setParameter("document", MediaUse.Item.DOCUMENT)
                .setParameter("page", MediaUse.Item.PAGE)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
        return uses > 0 || isSiteAsset(originalId);
    }

    /** How many items use the file, the site's settings included. */
    public long uses(long originalId) {
        return em.createQuery("SELECT COUNT(u) FROM MediaUse u WHERE u.mediaId = :id", Long.class)
                .setParameter("id", originalId).getSingleResult() + (isSiteAsset(originalId) ? 1 : 0);
    }

    private boolean isSiteAsset(long id) {
        return em.createQuery("SELECT COUNT(s) FROM SiteSettings s WHERE s.trustBadgeImageId = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }
}
