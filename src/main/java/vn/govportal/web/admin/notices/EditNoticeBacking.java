package vn.govportal.web.admin.notices;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.media.MediaInfo;
import vn.govportal.media.MediaService;
import vn.govportal.notice.Notice;
import vn.govportal.notice.NoticeEditing;
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

/** Backs {@code /admin/notices/edit.xhtml?id=N} (no id: a new notice). A refused save keeps what was typed. */
@Named("editNotice")
@ViewScoped
public class EditNoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DRAFT_KEY = "notice-";
    /** This form's own name while its item is new: another new one in another tab has its own. */
    private final String newItemKey = Autosaves.newItemKey("notice");

    @Inject
    private Autosaves autosaves;

    @Inject
    private NoticeEditing notices;

    @Inject
    private MediaService media;

    @Inject
    private FacesContext faces;

    private Long id;
    private Notice notice;
    private Long attachmentId;
    private LocalDateTime publishAt;
    private LocalDateTime expireAt;
    private List<MediaInfo> documents;
    /** The English version's fields as the form holds them. */
    private String titleEn;
    private String slugEn;
    private String summaryEn;
    private String bodyEn;
    private boolean englishPublished;
    /** Title, summary and body as saved when this editor opened the notice: what a conflict is compared against. */
    private String[] opened;
    /** What someone else changed in a save that landed first; empty when there was none. */
    private List<TextDiff.Line> theirTitle = List.of();
    private List<TextDiff.Line> theirSummary = List.of();
    private List<TextDiff.Line> theirBody = List.of();

    public void load() {
        documents = media.documents();
        if (id == null) {
            notice = new Notice();
            return;
        }
        notice = notices.find(id).orElse(null);
        if (notice == null) {
            Pages.notFound();
            return;
        }
        attachmentId = notice.getAttachment() == null ? null : notice.getAttachment().getId();
        Translation english = notice.getEnglish();
        titleEn = english.getTitle();
        slugEn = english.getSlug();
        summaryEn = english.getLead();
        bodyEn = english.getBody();
        englishPublished = english.isPublished();
        publishAt = VietnamTime.toLocal(notice.getPublishedAt());
        expireAt = VietnamTime.toLocal(notice.getExpiresAt());
        opened = contentOf(notice);
    }

    private static String[] contentOf(Notice n) {
        return new String[] {n.getTitle(), n.getSummary(), n.getBody()};
    }

    public void save() throws IOException {
        notice.setPublishedAt(VietnamTime.fromLocal(publishAt));
        notice.setExpiresAt(VietnamTime.fromLocal(expireAt));
        // The form's name as it opened: saving gives a new notice its id, and with it another name.
        String formKey = getDraftKey();
        try {
            Notice saved = notices.save(notice, attachmentId, new Translation(titleEn, slugEn, summaryEn, bodyEn, englishPublished));
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            // The text kept in the browser while typing is saved now: the next page lets it go.
            external.getFlash().put("draftSaved", formKey + " " + DRAFT_KEY + saved.getId());
            autosaves.discardAfterSave(formKey, DRAFT_KEY + saved.getId());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("site.saved"), null));
            external.redirect(external.getRequestContextPath() + "/admin/notices/edit.xhtml?id=" + saved.getId());
        } catch (StaleEdit e) {
            if (!showTheirChanges()) {
                Refusals.show(faces, "notice", e);
            }
        } catch (EditRefused e) {
            Refusals.show(faces, "notice", e);
        }
    }

    /**
     * Someone else saved first: show what they changed beside the text typed here, which stays,
     * and take their version as the one this editor now works from, so saving again keeps this text.
     */
    private boolean showTheirChanges() {
        Notice theirs = notice.getId() == null ? null : notices.find(notice.getId()).orElse(null);
        if (theirs == null) {
            return false;
        }
        String[] saved = contentOf(theirs);
        theirTitle = TextDiff.field(opened[0], saved[0]);
        theirSummary = TextDiff.field(opened[1], saved[1]);
        theirBody = TextDiff.lines(TextDiff.paragraphs(opened[2]), TextDiff.paragraphs(saved[2]));
        opened = saved;
        notice.setVersion(theirs.getVersion());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("site.refused.conflictKept"), null));
        faces.validationFailed();
        return true;
    }

    /** Under which name the browser keeps this form's unsaved text. */
    public String getDraftKey() {
        return isNewNotice() ? newItemKey : DRAFT_KEY + notice.getId();
    }

    public boolean isInConflict() {
        return !theirTitle.isEmpty() || !theirSummary.isEmpty() || !theirBody.isEmpty();
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

    public void delete() throws IOException {
        notices.delete(notice.getId());
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("site.deleted"), null));
        external.redirect(external.getRequestContextPath() + "/admin/notices/");
    }



    public PublicationStatus[] getStatuses() {
        return new PublicationStatus[] {PublicationStatus.DRAFT, PublicationStatus.PUBLISHED};
    }

    public boolean isNewNotice() {
        return notice == null || notice.getId() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Notice getNotice() {
        return notice;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public void setAttachmentId(Long attachmentId) {
        this.attachmentId = attachmentId;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getExpireAt() {
        return expireAt;
    }

    public void setExpireAt(LocalDateTime expireAt) {
        this.expireAt = expireAt;
    }

    public List<MediaInfo> getDocuments() {
        return documents;
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
