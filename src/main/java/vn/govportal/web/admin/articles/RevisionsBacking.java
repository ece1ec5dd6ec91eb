package vn.govportal.web.admin.articles;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.article.Article;
import vn.govportal.article.ArticleEditing;
import vn.govportal.article.ArticleHistory;
import vn.govportal.article.ArticleRevision;
import vn.govportal.article.EditConflict;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.TextDiff;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;
import vn.govportal.web.admin.Refusals;

/** Backs {@code /admin/articles/revisions.xhtml?id=N}: an article's revisions, the differences between two, and restoring one. */
@Named("revisionsPage")
@ViewScoped
public class RevisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleEditing editing;

    @Inject
    private ArticleHistory history;

    @Inject
    private FacesContext faces;

    private Long id;
    private String title;
    private long version;
    private List<ArticleRevision> revisions;
    private Integer from;
    private Integer to;
    private List<TextDiff.Line> titleChanges;
    private List<TextDiff.Line> leadChanges;
    private List<TextDiff.Line> bodyChanges;

    public void load() {
        Article article = id == null ? null : editing.find(id).orElse(null);
        if (article == null) {
            Pages.notFound();
            return;
        }
        title = article.getTitle();
        version = article.getVersion();
        revisions = history.revisions(id);
        if (to == null && !revisions.isEmpty()) {
            to = revisions.get(0).getNumber();
        }
        if (from == null && revisions.size() > 1) {
            from = revisions.get(1).getNumber();
        }
        compare();
    }

    public void compare() {
        ArticleRevision older = from == null ? null : history.revision(id, from).orElse(null);
        ArticleRevision newer = to == null ? null : history.revision(id, to).orElse(null);
        if (older == null || newer == null) {
            titleChanges = leadChanges = bodyChanges = List.of();
            return;
        }
        titleChanges = TextDiff.field(older.getTitle(), newer.getTitle());
        leadChanges = TextDiff.field(older.getLead(), newer.getLead());
        bodyChanges = TextDiff.lines(TextDiff.paragraphs(older.getBody()), TextDiff.paragraphs(newer.getBody()));
    }

    public void restore(int number) throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            editing.restore(id, version, number);
        } catch (EditConflict e) {
            EditConflict conflict = e.isDescribed() ? e : editing.conflictOn(e.getArticleId());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.format("article.conflict.revisions",
                    conflict.getSavedBy(), VietnamTime.shortDateTime(conflict.getSavedAt())), null));
            // The list now shows the other person's save too; choosing again restores over it.
            load();
            return;
        } catch (EditRefused e) {
            Refusals.show(faces, null, e);
            return;
        }
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format("article.restored", number), null));
        external.redirect(external.getRequestContextPath() + "/admin/articles/revisions.xhtml?id=" + id);
    }

    public boolean isLatest(int number) {
        return !revisions.isEmpty() && revisions.get(0).getNumber() == number;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public List<ArticleRevision> getRevisions() {
        return revisions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public List<TextDiff.Line> getTitleChanges() {
        return titleChanges;
    }

    public List<TextDiff.Line> getLeadChanges() {
        return leadChanges;
    }

    public List<TextDiff.Line> getBodyChanges() {
        return bodyChanges;
    }
}
