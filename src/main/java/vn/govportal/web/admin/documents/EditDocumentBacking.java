package vn.govportal.web.admin.documents;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.document.DocumentCatalog;
import vn.govportal.document.DocumentEditing;
import vn.govportal.document.DocumentField;
import vn.govportal.document.DocumentListing;
import vn.govportal.document.DocumentRegister;
import vn.govportal.document.DocumentRevision;
import vn.govportal.document.DocumentType;
import vn.govportal.document.LegalDocument;
import vn.govportal.document.RelationKind;
import vn.govportal.media.MediaInfo;
import vn.govportal.media.MediaService;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;
import vn.govportal.web.admin.Refusals;

/**
 * Backs {@code /admin/documents/edit.xhtml?id=N} (no id: a new document). A refused save keeps
 * everything typed and says beside the field what to correct; a save over someone else's keeps
 * this text and says so, and saving again then keeps it.
 */
@Named("editDocument")
@ViewScoped
public class EditDocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentEditing editing;

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private DocumentRegister register;

    @Inject
    private MediaService media;

    @Inject
    private FacesContext faces;

    private Long id;
    /** A save to fill the form with: {@code ?revision=N}. */
    private Integer revision;
    private DocumentRevision shown;
    private List<DocumentRevision> revisions = List.of();
    private LegalDocument document;
    private List<Long> fieldIds = new ArrayList<>();
    private List<Long> fileIds = new ArrayList<>();
    /** The documents it replaces and amends, one per line: "số ký hiệu", or "số ký hiệu | cơ quan ban hành". */
    private String replaces = "";
    private String amends = "";
    private List<Related> related = List.of();
    private List<DocumentField> fields;
    private List<MediaInfo> files;
    private List<String> authorities;
    private boolean canEdit = true;
    private boolean canSubmit;
    private boolean canReturnToDraft;
    private boolean editor;
    private List<DocumentEditing.StatusChange> statusChanges = List.of();
    /** When to publish, typed in Vietnam's time; empty: now. */
    private LocalDateTime scheduleAt;
    /** What the form held when it opened, to tell whether a workflow step has anything to save first. */
    private String opened;

    /** A document this one acts on, as the form lists it under the text fields. */
    public record Related(RelationKind kind, DocumentListing document) implements Serializable {

        public RelationKind getKind() {
            return kind;
        }

        public DocumentListing getDocument() {
            return document;
        }
    }

    public void load() {
        fields = register.fields();
        files = media.documents();
        authorities = catalog.authorities();
        editor = editing.isEditor();
        if (id == null) {
            document = new LegalDocument();
            document.setType(DocumentType.QUYET_DINH);
            return;
        }
        document = editing.find(id).orElse(null);
        if (document == null) {
            Pages.notFound();
            return;
        }
        canEdit = editing.canEdit(document);
        canSubmit = editing.canSubmit(document);
        canReturnToDraft = editing.canReturnToDraft(document);
        statusChanges = editing.statusChanges(id);
        fieldIds = new ArrayList<>(document.getFields().stream().map(DocumentField::getId).toList());
        fileIds = new ArrayList<>(document.getFiles().stream().map(f -> f.getId()).toList());
        showRelations();
        opened = formState();
        revisions = editing.revisions(id);
        if (revision != null) {
            editing.revision(id, revision).ifPresent(r -> {
                // The form holds that save; the version stays the document's own, so saving makes it current again.
                StringBuilder replacing = new StringBuilder();
                StringBuilder amending = new StringBuilder();
                r.fill(document, fieldIds, fileIds, replacing, amending);
                replaces = replacing.toString();
                amends = amending.toString();
                shown = r;
            });
        }
    }

    /** What the form holds when it was filled from a save: "…lần lưu số 3…". */
    public String getShownNote() {
        return shown == null ? null : Messages.format("revisions.shown", shown.getNumber());
    }

    public String savedAt(DocumentRevision r) {
        return VietnamTime.shortDateTime(r.getSavedAt());
    }

    public List<DocumentRevision> getRevisions() {
        return revisions;
    }

    public DocumentRevision getShown() {
        return shown;
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
    }

    private void showRelations() {
        List<DocumentEditing.Relation> relations = editing.relationsOf(document.getId());
        List<DocumentListing> rows = catalog.rows(relations.stream().map(DocumentEditing.Relation::otherId).toList());
        List<Related> shown = new ArrayList<>();
        StringBuilder replacing = new StringBuilder();
        StringBuilder amending = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            RelationKind kind = relations.get(i).kind();
            shown.add(new Related(kind, rows.get(i)));
            (kind == RelationKind.REPLACES ? replacing : amending).append(rows.get(i).number()).append(" | ")
                    .append(rows.get(i).authority()).append('\n');
        }
        related = shown;
        replaces = replacing.toString().strip();
        amends = amending.toString().strip();
    }

    public void save() throws IOException {
        LegalDocument saved = attempt(this::saveForm);
        if (saved != null) {
            reopen(saved, Messages.text("site.saved"));
        }
    }

    public void submitForReview() throws IOException {
        change(d -> editing.submitForReview(d.getId(), d.getVersion()));
    }

    public void publish() throws IOException {
        Instant at = VietnamTime.fromLocal(scheduleAt);
        change(d -> editing.publish(d.getId(), d.getVersion(), at));
    }

    public void unpublish() throws IOException {
        change(d -> editing.unpublish(d.getId(), d.getVersion()));
    }

    public void returnToDraft() throws IOException {
        change(d -> editing.returnToDraft(d.getId(), d.getVersion()));
    }

    /**
     * A status change from the form: what was typed is saved first (a revision like any save), so
     * a step never drops unsaved text; if that save is refused, the status stays and so does the text.
     * A step refused after the save landed says why on the reopened document.
     */
    private void change(UnaryOperator<LegalDocument> step) throws IOException {
        boolean typed = !formState().equals(opened);
        if (typed && !canEdit) {
            // What was typed stays on screen; the step waits until it is copied or let go.
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("documents.admin.lockedTyped"), null));
            faces.validationFailed();
            return;
        }
        LegalDocument current = typed ? attempt(this::saveForm) : document;
        if (current == null) {
            return;
        }
        try {
            LegalDocument changed = step.apply(current);
            reopen(changed, Messages.format("documents.admin.done", changed.getStatus()));
        } catch (StaleEdit e) {
            // Nothing typed to keep (or it was just saved): the page opens again as saved now.
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("documents.admin.changedMeanwhile"), null));
            external.redirect(external.getRequestContextPath() + "/admin/documents/edit.xhtml?id=" + current.getId());
        } catch (EditRefused e) {
            if (current == document) {
                Refusals.show(faces, "document", e);
            } else {
                refusedAfterSave(current, Messages.format(e.getMessageKey(), e.getArguments()));
            }
        }
    }

    private void refusedAfterSave(LegalDocument saved, String why) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("site.saved") + " " + why, null));
        external.redirect(external.getRequestContextPath() + "/admin/documents/edit.xhtml?id=" + saved.getId());
    }

    /** The form's content, compared without regard to the order of chosen fields or a browser's line breaks. */
    private String formState() {
        return String.join("\u0000", String.valueOf(document.getType()), String.valueOf(document.getNumber()),
                String.valueOf(document.getSummary()), String.valueOf(document.getSummaryEn()), String.valueOf(document.getAuthority()),
                String.valueOf(document.getSigner()), String.valueOf(document.getSignerPosition()), String.valueOf(document.getIssuedOn()),
                String.valueOf(document.getEffectiveOn()), String.valueOf(document.getExpiresOn()), sorted(fieldIds),
                sorted(fileIds), lines(replaces), lines(amends)).replace("\r\n", "\n");
    }

    private static String sorted(List<?> ids) {
        return ids.stream().map(String::valueOf).sorted().toList().toString();
    }

    private static String lines(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private LegalDocument saveForm() {
        List<DocumentEditing.Relation> relations = new ArrayList<>(named(replaces, "replaces", RelationKind.REPLACES));
        relations.addAll(named(amends, "amends", RelationKind.AMENDS));
        return editing.save(document, fieldIds, fileIds, relations);
    }

    /** The save's result, or null when it was refused: then what was typed stays, with the reason beside its field. */
    private LegalDocument attempt(Supplier<LegalDocument> save) {
        try {
            return save.get();
        } catch (StaleEdit e) {
            // Someone else saved first: this text stays, and saving again puts it over theirs.
            editing.find(document.getId()).ifPresent(theirs -> document.setVersion(theirs.getVersion()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("site.refused.conflictKept"), null));
            faces.validationFailed();
        } catch (EditRefused e) {
            Refusals.show(faces, "document", e);
        }
        return null;
    }

    private void reopen(LegalDocument saved, String message) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        external.redirect(external.getRequestContextPath() + "/admin/documents/edit.xhtml?id=" + saved.getId());
    }

    public void delete() throws IOException {
        try {
            editing.delete(document.getId());
        } catch (EditRefused e) {
            Refusals.show(faces, null, e);
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("site.deleted"), null));
        external.redirect(external.getRequestContextPath() + "/admin/documents/");
    }

    /**
     * The documents named in a relation field, one per line; refused beside the field when a line
     * names none, or several (then the authority after a "|" tells them apart).
     */
    private List<DocumentEditing.Relation> named(String lines, String field, RelationKind kind) {
        List<DocumentEditing.Relation> relations = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            String number = (bar < 0 ? line : line.substring(0, bar)).strip();
            String authority = bar < 0 ? null : line.substring(bar + 1).strip();
            List<Long> found = catalog.numbered(number, authority);
            if (found.isEmpty()) {
                throw new EditRefused(field, "document.refused.relationMissing", line.strip());
            }
            if (found.size() > 1) {
                throw new EditRefused(field, "document.refused.relationAmbiguous", number);
            }
            relations.add(new DocumentEditing.Relation(found.get(0), kind));
        }
        return relations;
    }

    /** The authorities already in the register that hold what was typed. */
    public List<String> suggestAuthorities(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return authorities.stream().filter(a -> a.toLowerCase(java.util.Locale.ROOT).contains(wanted)).limit(15).toList();
    }

    public boolean isNewDocument() {
        return document == null || document.getId() == null;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    private PublicationStatus status() {
        return document == null || document.getId() == null ? null : document.getStatus();
    }

    public boolean isCanSubmit() {
        return canSubmit;
    }

    public boolean isCanPublish() {
        return editor && status() != null && status() != PublicationStatus.PUBLISHED;
    }

    public boolean isCanUnpublish() {
        return editor && (status() == PublicationStatus.PUBLISHED || status() == PublicationStatus.SCHEDULED);
    }

    public boolean isCanReturnToDraft() {
        return canReturnToDraft;
    }

    public boolean isCanDelete() {
        return status() != null && editing.canDelete(document);
    }

    /** "Trạng thái: Hẹn giờ xuất bản", with the time when it is scheduled. */
    public String getStatusLine() {
        if (status() == null) {
            return null;
        }
        String line = Messages.format("documents.admin.status", status());
        if (status() == PublicationStatus.SCHEDULED && document.getPublishedAt() != null) {
            line += " · " + Messages.format("documents.admin.scheduledFor", VietnamTime.shortDateTime(document.getPublishedAt()));
        }
        return line;
    }

    public List<DocumentEditing.StatusChange> getStatusChanges() {
        return statusChanges;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public LocalDate getToday() {
        return vn.govportal.text.VietnamTime.today(ClusterTime.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LegalDocument getDocument() {
        return document;
    }

    public List<DocumentField> getFields() {
        return fields;
    }

    public List<MediaInfo> getFiles() {
        return files;
    }

    public List<Long> getFieldIds() {
        return fieldIds;
    }

    public void setFieldIds(List<Long> fieldIds) {
        this.fieldIds = fieldIds == null ? new ArrayList<>() : new ArrayList<>(fieldIds);
    }

    public List<Long> getFileIds() {
        return fileIds;
    }

    public void setFileIds(List<Long> fileIds) {
        this.fileIds = fileIds == null ? new ArrayList<>() : new ArrayList<>(fileIds);
    }

    public String getReplaces() {
        return replaces;
    }

    public void setReplaces(String replaces) {
        this.replaces = replaces == null ? "" : replaces;
    }

    public String getAmends() {
        return amends;
    }

    public void setAmends(String amends) {
        this.amends = amends == null ? "" : amends;
    }

    public List<Related> getRelated() {
        return related;
    }
}
