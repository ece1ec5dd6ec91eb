package vn.govportal.web.admin.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.page.PageEditing;
import vn.govportal.page.PageRevision;
import vn.govportal.page.SitePage;
import vn.govportal.publishing.Autosaves;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.publishing.TextDiff;
import vn.govportal.publishing.Translation;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;
import vn.govportal.web.admin.Refusals;

/**
 * Backs {@code /admin/pages/edit.xhtml?id=N} (no id: a new page; {@code &revision=R}: the form
 * filled with that revision, to be saved as the page again). A refused save keeps what was typed.
 */
@Named("editPage")
@ViewScoped
public class EditPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DRAFT_KEY = "page-";
    private final String newItemKey = Autosaves.newItemKey("page");

    @Inject
    private Autosaves autosaves;

    @Inject
    private PageEditing pages;

    @Inject
    private FacesContext faces;

    private Long id;
    private Integer revision;
    private SitePage page;
    private String titleEn;
    private String slugEn;
    private String summaryEn;
    private String bodyEn;
    private boolean englishPublished;
    private List<PageRevision> revisions = List.of();
    /** The revision the form was filled from, if any. */
    private PageRevision shown;
    private String[] opened;
    private List<TextDiff.Line> theirTitle = List.of();
    private List<TextDiff.Line> theirSummary = List.of();
    private List<TextDiff.Line> theirBody = List.of();

    public void load() {
        if (id == null) {
            page = new SitePage();
            return;
        }
        page = pages.find(id).orElse(null);
        if (page == null) {
            Pages.notFound();
            return;
        }
        fill(page.getEnglish());
        opened = contentOf(page);
        revisions = pages.revisions(id);
        if (revision != null) {
            Optional<PageRevision> found = pages.revision(id, revision);
            if (found.isPresent()) {
                shown = found.get();
                // The form holds the revision; the version stays the page's own, so saving makes it current again.
                page.setTitle(shown.getTitle());
                page.setSlug(shown.getSlug());
                page.setSummary(shown.getSummary());
                page.setBody(shown.getBody());
                fill(shown.getEnglish());
            }
        }
    }

    private void fill(Translation english) {
        titleEn = english.getTitle();
        slugEn = english.getSlug();
        summaryEn = english.getLead();
        bodyEn = english.getBody();
        englishPublished = english.isPublished();
    }

    private static String[] contentOf(SitePage p) {
        return new String[] {p.getTitle(), p.getSummary(), p.getBody()};
    }

    public void save() throws IOException {
        String formKey = getDraftKey();
        try {
            SitePage saved = pages.save(page, new Translation(titleEn, slugEn, summaryEn, bodyEn, englishPublished));
            ExternalContext external = faces.getExternalContext();
            external.getFlash().put("draftSaved", formKey + " " + DRAFT_KEY + saved.getId());
            autosaves.discardAfterSave(formKey, DRAFT_KEY + saved.getId());
            Refusals.done(faces, "site.saved");
            external.redirect(external.getRequestContextPath() + "/admin/pages/edit.xhtml?id=" + saved.getId());
        } catch (StaleEdit e) {
            if (!showTheirChanges()) {
                Refusals.show(faces, "page", e);
            }
        } catch (EditRefused e) {
            Refusals.show(faces, "page", e);
        }
    }

    /** Someone else saved first: show what they changed beside the text typed here, which stays. */
    private boolean showTheirChanges() {
        SitePage theirs = page.getId() == null ? null : pages.find(page.getId()).orElse(null);
        if (theirs == null || opened == null) {
            return false;
        }
        String[] saved = contentOf(theirs);
        theirTitle = TextDiff.field(opened[0], saved[0]);
        theirSummary = TextDiff.field(opened[1], saved[1]);
        theirBody = TextDiff.lines(TextDiff.paragraphs(opened[2]), TextDiff.paragraphs(saved[2]));
        opened = saved;
        page.setVersion(theirs.getVersion());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("site.refused.conflictKept"), null));
        faces.validationFailed();
        return true;
    }

    public void delete() throws IOException {
        try {
            pages.delete(page.getId());
        } catch (EditRefused e) {
            Refusals.show(faces, "page", e);
            return;
        }
        Refusals.done(faces, "site.deleted");
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/pages/");
    }

    public String savedAt(PageRevision r) {
        return VietnamTime.shortDateTime(r.getSavedAt());
    }

    /** What the form holds when it was filled from a save: "…lần lưu số 3…". */
    public String getShownNote() {
        return shown == null ? null : Messages.format("revisions.shown", shown.getNumber());
    }

    public String getDraftKey() {
        return isNewPage() ? newItemKey : DRAFT_KEY + page.getId();
    }

    public boolean isInConflict() {
        return !theirTitle.isEmpty() || !theirSummary.isEmpty() || !theirBody.isEmpty();
    }

    public PublicationStatus[] getStatuses() {
        return new PublicationStatus[] {PublicationStatus.DRAFT, PublicationStatus.PUBLISHED};
    }

    public boolean isNewPage() {
        return page == null || page.getId() == null;
    }

    public List<TextDiff.Line> getTheirTitle() {
        return theirTitle;
    }

    public List<TextDiff.Line> getTheirSummary() {
        return theirSummary;
    }

    public List<TextDiff.Line> getTheirBody() {
        return theirBody;
    }

    public List<PageRevision> getRevisions() {
        return revisions;
    }

    public PageRevision getShown() {
        return shown;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
    }

    public SitePage getPage() {
        return page;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSlugEn() {
        return slugEn;
    }

    public void setSlugEn(String slugEn) {
        this.slugEn = slugEn;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public boolean isEnglishPublished() {
        return englishPublished;
    }

    public void setEnglishPublished(boolean englishPublished) {
        this.englishPublished = englishPublished;
    }
}
