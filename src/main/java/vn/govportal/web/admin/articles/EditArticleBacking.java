package vn.govportal.web.admin.articles;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.article.Article;
import vn.govportal.article.ArticleDraft;
import vn.govportal.article.ArticleEditing;
import vn.govportal.article.ArticleHistory;
import vn.govportal.article.ArticleTransition;
import vn.govportal.article.EditConflict;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.media.MediaInfo;
import vn.govportal.media.MediaService;
import vn.govportal.publishing.Autosaves;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.TextDiff;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;
import vn.govportal.web.admin.Refusals;

/**
 * Backs {@code /admin/articles/edit.xhtml?id=N} (no id: a new article). Keeps what was typed when
 * a save is refused; when someone else saved first, shows what they changed beside the text
 * typed here so the two can be merged.
 */
@Named("editArticle")
@ViewScoped
public class EditArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DRAFT_KEY = "article-";
    /** This form's own name while its item is new: another new one in another tab has its own. */
    private final String newItemKey = Autosaves.newItemKey("article");

    @Inject
    private Autosaves autosaves;

    @Inject
    private ArticleEditing editing;

    @Inject
    private ArticleHistory history;

    @Inject
    private CategoryService categoryService;

    @Inject
    private MediaService media;

    @Inject
    private FacesContext faces;

    private Long id;
    private ArticleDraft draft;
    /** The article as it was when this editor opened it: what a conflict is compared against. */
    private ArticleDraft base;
    private PublicationStatus status;
    private String publishedAt;
    private String unpublishAt;
    private boolean canEdit;
    private boolean editor;
    private List<CategoryRef> categories;
    private List<MediaInfo> images;
    private List<ArticleTransition> transitions;
    private EditConflict conflict;
    private String comment;
    private LocalDateTime scheduleAt;
    private boolean draftWasNew;

    public void load() {
        categories = categoryService.listAll();
        images = media.images();
        editor = editing.isEditor();
        if (id == null) {
            draft = new ArticleDraft();
            canEdit = true;
            return;
        }
        Article article = editing.find(id).orElse(null);
        if (article == null) {
            Pages.notFound();
            return;
        }
        show(article);
    }

    private void show(Article article) {
        draft = ArticleDraft.of(article);
        base = draft.copy();
        status = article.getStatus();
        publishedAt = article.getPublishedAt() == null ? null : VietnamTime.shortDateTime(article.getPublishedAt());
        unpublishAt = article.getUnpublishAt() == null ? null : VietnamTime.shortDateTime(article.getUnpublishAt());
        canEdit = editing.canEdit(article);
        transitions = history.transitions(article.getId());
    }

    public void save() throws IOException {
        boolean created = draft.isNew();
        draftWasNew = created;
        Article saved = attempt(() -> created ? editing.create(draft) : editing.save(draft));
        if (saved != null) {
            done(saved, created ? "article.created" : "article.saved");
        }
    }

    /** After reading the other person's changes: save this text over theirs. */
    public void saveOverConflict() throws IOException {
        draft.setVersion(conflict.getCurrent().getVersion());
        base = conflict.getCurrent();
        conflict = null;
        save();
    }

    /** After reading the other person's changes: drop this text and continue from theirs, as saved now. */
    public void takeTheirs() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/articles/edit.xhtml?id=" + draft.getId());
    }

    public void submitForReview() throws IOException {
        change(() -> editing.submitForReview(draft.getId(), draft.getVersion(), comment), "article.submitted");
    }

    public void publish() throws IOException {
        change(() -> editing.publish(draft.getId(), draft.getVersion(), VietnamTime.fromLocal(scheduleAt), comment),
                scheduleAt == null ? "article.published" : "article.scheduled");
    }

    public void unpublish() throws IOException {
        change(() -> editing.unpublish(draft.getId(), draft.getVersion(), VietnamTime.fromLocal(scheduleAt), comment),
                scheduleAt == null ? "article.unpublished" : "article.unpublishScheduled");
    }

    public void returnToDraft() throws IOException {
        change(() -> editing.returnToDraft(draft.getId(), draft.getVersion(), comment), "article.returnedToDraft");
    }

    /**
     * A status change from the form: what was typed is saved first (a revision like any save),
     * so that submitting or publishing never drops unsaved text; if that save is refused, the
     * status stays as it was and the text stays on screen.
     */
    private void change(Supplier<Article> action, String doneKey) throws IOException {
        if (canEdit && draft.differsFrom(base)) {
            Article saved = attempt(() -> editing.save(draft));
            if (saved == null) {
                return;
            }
            draft.setVersion(saved.getVersion());
            base = draft.copy();
        }
        Article changed = attempt(action);
        if (changed != null) {
            done(changed, doneKey);
        }
    }

    private Article attempt(Supplier<Article> action) {
        try {
            return action.get();
        } catch (EditConflict e) {
            conflict = e.isDescribed() ? e : editing.conflictOn(e.getArticleId());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.format("article.conflict", conflict.getSavedBy(), VietnamTime.shortDateTime(conflict.getSavedAt())), null));
        } catch (EditRefused e) {
            Refusals.show(faces, "article", formField(e.getField()), e);
        }
        faces.validationFailed();
        return null;
    }

    /** The form's field a refusal is about: one time field serves publishing and taking down. */
    private static String formField(String field) {
        return "publishAt".equals(field) || "unpublishAt".equals(field) ? "scheduleAt" : field;
    }

    private void done(Article article, String messageKey) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        // The text kept in the browser while typing is saved now: the next page lets it go.
        // Under the name the form opened with: a new article's form had a name of its own.
        String formKey = draftWasNew ? newItemKey : getDraftKey();
        external.getFlash().put("draftSaved", formKey + " " + DRAFT_KEY + article.getId());
        autosaves.discardAfterSave(formKey, DRAFT_KEY + article.getId());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(messageKey), null));
        external.redirect(external.getRequestContextPath() + "/admin/articles/edit.xhtml?id=" + article.getId());
    }


    /** What the other person changed, field by field, from the version this editor started with. */
    public List<TextDiff.Line> getTheirTitleChanges() {
        return TextDiff.field(base.getTitle(), conflict.getCurrent().getTitle());
    }

    public List<TextDiff.Line> getTheirLeadChanges() {
        return TextDiff.field(base.getLead(), conflict.getCurrent().getLead());
    }

    public List<TextDiff.Line> getTheirBodyChanges() {
        return TextDiff.lines(TextDiff.paragraphs(base.getBody()), TextDiff.paragraphs(conflict.getCurrent().getBody()));
    }

    /** Under which name the browser keeps this form's unsaved text. */
    public String getDraftKey() {
        return draft == null || draft.isNew() ? newItemKey : DRAFT_KEY + draft.getId();
    }

    public boolean isInConflict() {
        return conflict != null;
    }

    public EditConflict getConflict() {
        return conflict;
    }

    public boolean isNewArticle() {
        return draft == null || draft.isNew();
    }

    public boolean isCanSubmit() {
        return status == PublicationStatus.DRAFT;
    }

    public boolean isCanPublish() {
        return editor && status != null && status != PublicationStatus.PUBLISHED;
    }

    public boolean isCanUnpublish() {
        return editor && (status == PublicationStatus.PUBLISHED || status == PublicationStatus.SCHEDULED);
    }

    public boolean isCanReturnToDraft() {
        return status != null && status != PublicationStatus.DRAFT && (editor || status == PublicationStatus.AWAITING_REVIEW);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleDraft getDraft() {
        return draft;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public String getPublishedAt() {
        return publishedAt;
    }

    public String getUnpublishAt() {
        return unpublishAt;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isEditor() {
        return editor;
    }

    public List<CategoryRef> getCategories() {
        return categories;
    }

    public List<MediaInfo> getImages() {
        return images;
    }

    public List<ArticleTransition> getTransitions() {
        return transitions;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }
}
