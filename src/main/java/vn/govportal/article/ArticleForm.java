package vn.govportal.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.govportal.category.Category;
import vn.govportal.media.MediaFile;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.HtmlSanitizer;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.TextFields;
import vn.govportal.publishing.Translation;
import vn.govportal.publishing.Translations;
import vn.govportal.text.Slugs;

/**
 * An article form's checks: required fields, lengths, a clean body, a category and image that
 * exist, free addresses in both languages. {@link #apply} copies the form into the entity only
 * once everything passed, so a refusal changes nothing.
 */
@ApplicationScoped
public class ArticleForm {

    static final int MAX_TITLE = Lengths.TITLE;
    static final int MAX_LEAD = Lengths.SUMMARY;
    static final int MAX_BODY = Lengths.BODY;
    static final int MAX_AUTHOR = 200;

    @PersistenceContext
    private EntityManager em;

    /** Checks and copies the form into the entity; {@code editor}: whether the member may feature it and publish its English. */
    public void apply(ArticleDraft draft, Article article, boolean editor) {
        String title = TextFields.checked("title", draft.getTitle(), MAX_TITLE, true);
        String body = HtmlSanitizer.clean(draft.getBody());
        if (body.isEmpty()) {
            throw new EditRefused("body", "article.refused.required");
        }
        if (body.length() > MAX_BODY) {
            throw new EditRefused("body", "article.refused.bodyTooLong", MAX_BODY / 1000);
        }
        String lead = TextFields.checked("lead", draft.getLead(), MAX_LEAD, false);
        String author = TextFields.checked("author", draft.getAuthor(), MAX_AUTHOR, false);
        Category category = draft.getCategoryId() == null ? null : em.find(Category.class, draft.getCategoryId());
        if (category == null) {
            throw new EditRefused("category", "article.refused.required");
        }
        MediaFile image = null;
        if (draft.getFeaturedImageId() != null) {
            image = em.find(MediaFile.class, draft.getFeaturedImageId());
            if (image == null || !image.getContentType().startsWith("image/")) {
                throw new EditRefused("featuredImage", "article.refused.image");
            }
        }
        String slug = slugFor(draft, title, article.getId());
        Translation english = english(draft, article, editor);

        article.setTitle(title);
        article.setSlug(slug);
        article.setLead(lead);
        article.setBody(body);
        article.setAuthor(author);
        article.setCategory(category);
        article.setFeaturedImage(image);
        article.setFeatured(draft.isFeatured() && editor);
        article.setEnglish(english);
    }

    /** The English version the form holds; only an editor publishes it or takes it down. */
    private Translation english(ArticleDraft draft, Article article, boolean editor) {
        Translation typed = new Translation(draft.getTitleEn(), draft.getSlugEn(), draft.getLeadEn(), draft.getBodyEn(), false);
        boolean published = editor ? draft.isEnglishPublished() : article.getEnglish().isPublished();
        return Translations.checked(typed, slug -> englishSlugTaken(slug, article.getId()), published);
    }

    private boolean englishSlugTaken(String slug, Long ownId) {
        return em.createQuery("SELECT a.id FROM Article a WHERE a.english.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(ownId));
    }

    private String slugFor(ArticleDraft draft, String title, Long ownId) {
        String given = draft.getSlug() == null ? "" : draft.getSlug().strip();
        if (given.isEmpty()) {
            return Slugs.unique(title, s -> slugTaken(s, ownId));
        }
        // Staff may type the address words with diacritics or capitals: fold them as for a title.
        String slug = Slugs.isWellFormed(given) ? given : Slugs.slugify(given);
        if (!Slugs.isWellFormed(slug)) {
            throw new EditRefused("slug", "article.refused.slug");
        }
        if (slugTaken(slug, ownId)) {
            throw new EditRefused("slug", "article.refused.slugTaken", slug);
        }
        return slug;
    }

    private boolean slugTaken(String slug, Long ownId) {
        return em.createQuery("SELECT a.id FROM Article a WHERE a.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(ownId));
    }

    /** A status change's comment, stripped; {@code null} when none was written. */
    static String comment(String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw new EditRefused("comment", "article.refused.tooLong", 1000);
        }
        return text;
    }
}
