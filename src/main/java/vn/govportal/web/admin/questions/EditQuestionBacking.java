package vn.govportal.web.admin.questions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.question.Question;
import vn.govportal.question.QuestionDesk;
import vn.govportal.question.QuestionTopic;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;
import vn.govportal.web.admin.Refusals;

/**
 * Backs {@code /admin/questions/edit.xhtml?id=N}: who asked and how to reach them, the question
 * (which staff may shorten for publishing), its topic, the answer and whether the pair is
 * published. A refused save keeps everything typed.
 */
@Named("editQuestion")
@ViewScoped
public class EditQuestionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuestionDesk desk;

    @Inject
    private FacesContext faces;

    private Long id;
    private Question question;
    private Long topicId;
    private boolean publish;
    private List<QuestionTopic> topics;

    public void load() {
        topics = desk.topics();
        question = id == null ? null : desk.find(id).orElse(null);
        if (question == null) {
            Pages.notFound();
            return;
        }
        topicId = question.getTopic() == null ? null : question.getTopic().getId();
        publish = question.getStatus() == PublicationStatus.PUBLISHED;
    }

    public void save() throws IOException {
        try {
            Question saved = desk.save(question, topicId, publish);
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("site.saved"), null));
            external.redirect(external.getRequestContextPath() + "/admin/questions/edit.xhtml?id=" + saved.getId());
        } catch (StaleEdit e) {
            // Someone else saved first: this text stays, and saving again puts it over theirs.
            desk.find(question.getId()).ifPresent(theirs -> question.setVersion(theirs.getVersion()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("site.refused.conflictKept"), null));
            faces.validationFailed();
        } catch (EditRefused e) {
            Refusals.show(faces, "question", e);
        }
    }

    public void delete() throws IOException {
        desk.delete(question.getId());
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("site.deleted"), null));
        external.redirect(external.getRequestContextPath() + "/admin/questions/");
    }

    public String getAsked() {
        return VietnamTime.shortDateTime(question.getAskedAt());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Question getQuestion() {
        return question;
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public List<QuestionTopic> getTopics() {
        return topics;
    }
}
