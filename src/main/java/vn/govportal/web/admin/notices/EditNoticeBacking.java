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
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;

/** Backs {@code /admin/notices/edit.xhtml?id=N} (no id: a new notice). A refused save keeps what was typed. */
@Named("editNotice")
@ViewScoped
public class EditNoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
        publishAt = VietnamTime.toLocal(notice.getPublishedAt());
        expireAt = VietnamTime.toLocal(notice.getExpiresAt());
    }

    public void save() throws IOException {
        notice.setPublishedAt(VietnamTime.fromLocal(publishAt));
        notice.setExpiresAt(VietnamTime.fromLocal(expireAt));
        try {
            Notice saved = notices.save(notice, attachmentId);
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("site.saved"), null));
            external.redirect(external.getRequestContextPath() + "/admin/notices/edit.xhtml?id=" + saved.getId());
        } catch (EditRefused e) {
            String field = e.getField() == null ? null : "notice:" + e.getField();
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.format(e.getMessageKey(), e.getArguments()), null));
            faces.validationFailed();
        }
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
}
