package vn.govportal.document;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.govportal.audit.AuditEvent;
import vn.govportal.audit.AuditLog;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.media.MediaFile;
import vn.govportal.media.MediaUsage;
import vn.govportal.media.MediaUse;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.EditorialRules;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.Slugs;
import vn.govportal.text.VietnamTime;

/**
 * Editors keep the register: a document's description, fields, files and the documents it
 * replaces or amends. Every save is checked against the rules of the national database (dates in
 * order, one số ký hiệu per authority, no document acting on itself or on one that acts on it)
 * and against the version that was edited, and kept as a revision. It follows the articles'
 * workflow ({@link EditorialRules}): an author writes a draft and sends it for review; an editor
 * publishes it now or at a time ({@link DocumentSchedule}), takes it down or sends it back.
 */
@Stateless
@RequiresRole(Role.AUTHOR)
public class DocumentEditing {

    /** Lengths the columns hold. */
    public static final int NUMBER_LENGTH = 60;
    public static final int SUMMARY_LENGTH = 2000;
    public static final int AUTHORITY_LENGTH = 300;
    public static final int NAME_LENGTH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    private MediaUsage mediaUsage;

    /** A relation as the form holds it: this document acts on {@code otherId} by {@code kind}. */
    public record Relation(long otherId, RelationKind kind) {
    }

    private static final List<String> STATUS_ACTIONS = List.of("DOCUMENT_CREATED", "DOCUMENT_AWAITING_REVIEW",
            "DOCUMENT_SCHEDULED", "DOCUMENT_PUBLISHED", "DOCUMENT_UNPUBLISHED", "DOCUMENT_DRAFT");

    /** Its saves, newest first. */
    public List<DocumentRevision> revisions(long documentId) {
        return em.createQuery("SELECT r FROM DocumentRevision r WHERE r.documentId = :id ORDER BY r.number DESC", DocumentRevision.class)
                .setParameter("id", documentId).getResultList();
    }

    public Optional<DocumentRevision> revision(long documentId, int number) {
        return em.createQuery("SELECT r FROM DocumentRevision r WHERE r.documentId = :id AND r.number = :number", DocumentRevision.class)
                .setParameter("id", documentId).setParameter("number", number).getResultList().stream().findFirst();
    }

    /** A document's status changes, oldest first, as the audit log recorded them. */
    public List<StatusChange> statusChanges(long documentId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.targetType = 'LegalDocument' AND e.targetId = :id"
                        + " AND e.action IN :actions ORDER BY e.occurredAt, e.id", AuditEvent.class)
                .setParameter("id", documentId).setParameter("actions", STATUS_ACTIONS).getResultList().stream()
                .map(e -> new StatusChange(e.getOccurredAt(), e.getActor(), e.getAction().equals("DOCUMENT_CREATED")
                        ? "documents.admin.created" : "status." + e.getAction().substring("DOCUMENT_".length())))
                .toList();
    }

    /** One line of a document's status history: when, who, and what it became ({@code what}: a message key). */
    public record StatusChange(Instant at, String actor, String what) implements Serializable {

        public String getWhen() {
            return VietnamTime.shortDateTime(at);
        }

        public String getActor() {
            return actor;
        }

        public String getWhat() {
            return what;
        }
    }

    public boolean isEditor() {
        return caller.has(Role.EDITOR);
    }

    public boolean canSubmit(LegalDocument document) {
        return document.getStatus().canBecome(PublicationStatus.AWAITING_REVIEW) && rules().canSubmit(document.getOwner());
    }

    public boolean canReturnToDraft(LegalDocument document) {
        return document.getStatus().canBecome(PublicationStatus.DRAFT) && rules().canReturnToDraft(document.getOwner(), document.getStatus());
    }

    /** Whether the signed-in member may change its description, fields, files and relations now. */
    public boolean canEdit(LegalDocument document) {
        return rules().canEdit(document.getOwner(), document.getStatus());
    }

    public boolean canDelete(LegalDocument document) {
        return rules().canDelete(document.getOwner(), document.getStatus());
    }

    public Optional<LegalDocument> find(long id) {
        return Optional.ofNullable(em.find(LegalDocument.class, id));
    }

    /** The documents this one acts on, as its form shows them. */
    public List<Relation> relationsOf(long id) {
        return em.createQuery("SELECT r FROM DocumentRelation r WHERE r.source.id = :id ORDER BY r.id", DocumentRelation.class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new Relation(r.getTarget().getId(), r.getKind())).toList();
    }

    /**
     * Saves a new or edited document (detached, carrying the version it was edited from) with its
     * fields, its files in order and the documents it acts on; refuses what breaks a rule, naming
     * the field to correct, and changes nothing then.
     */
    public LegalDocument save(LegalDocument document, List<Long> fieldIds, List<Long> fileIds, List<Relation> relations) {
        if (document.getId() == null) {
            document.setOwner(caller());
            document.setStatus(PublicationStatus.DRAFT);
            document.setPublishedAt(null);
        } else {
            // Who wrote it and where it stands change only through the workflow's steps below.
            LegalDocument current = locked(document.getId(), document.getVersion());
            if (!canEdit(current)) {
                throw new EditRefused(null, "document.refused.edit");
            }
            document.setOwner(current.getOwner());
            document.setStatus(current.getStatus());
            document.setPublishedAt(current.getPublishedAt());
        }
        document.setNumber(required(document.getNumber(), "number", NUMBER_LENGTH));
        document.setSummary(required(document.getSummary(), "summary", SUMMARY_LENGTH));
        document.setSummaryEn(optional(document.getSummaryEn(), "summaryEn", SUMMARY_LENGTH));
        document.setAuthority(required(document.getAuthority(), "authority", AUTHORITY_LENGTH));
        document.setSigner(optional(document.getSigner(), "signer", NAME_LENGTH));
        document.setSignerPosition(optional(document.getSignerPosition(), "signerPosition", NAME_LENGTH));
        if (document.getType() == null) {
            throw new EditRefused("type", "article.refused.required");
        }
        DocumentDates.check(document.getIssuedOn(), document.getEffectiveOn(), document.getExpiresOn());
        Long ownId = document.getId();
        boolean numberTaken = em.createQuery("SELECT d.id FROM LegalDocument d WHERE d.authority = :authority AND d.number = :number",
                        Long.class).setParameter("authority", document.getAuthority()).setParameter("number", document.getNumber())
                .getResultList().stream().anyMatch(id -> !id.equals(ownId));
        if (numberTaken) {
            throw new EditRefused("number", "document.refused.numberTaken", document.getNumber());
        }
        Set<DocumentField> fields = new LinkedHashSet<>();
        for (Long fieldId : fieldIds) {
            DocumentField field = em.find(DocumentField.class, fieldId);
            if (field == null) {
                throw new EditRefused("fields", "document.refused.field");
            }
            fields.add(field);
        }
        List<MediaFile> files = new ArrayList<>();
        for (Long fileId : new LinkedHashSet<>(fileIds)) {
            MediaFile file = em.find(MediaFile.class, fileId);
            if (file == null || file.getOriginalId() != null) {
                throw new EditRefused("files", "document.refused.file");
            }
            files.add(file);
        }
        List<LegalDocument> targets = checkedTargets(ownId, relations);
        document.setFields(fields);
        document.setFiles(files);
        boolean created = ownId == null;
        if (created) {
            document.setSlug(Slugs.unique(document.getNumber(), this::slugTaken));
        }
        LegalDocument saved;
        try {
            if (created) {
                em.persist(document);
                saved = document;
            } else {
                saved = em.merge(document);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        em.createQuery("DELETE FROM DocumentRelation r WHERE r.source.id = :id").setParameter("id", saved.getId()).executeUpdate();
        for (int i = 0; i < targets.size(); i++) {
            em.persist(new DocumentRelation(saved, targets.get(i), relations.get(i).kind()));
        }
        List<String> replacing = new ArrayList<>();
        List<String> amending = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            (relations.get(i).kind() == RelationKind.REPLACES ? replacing : amending)
                    .add(targets.get(i).getNumber() + " | " + targets.get(i).getAuthority());
        }
        Integer last = em.createQuery("SELECT MAX(r.number) FROM DocumentRevision r WHERE r.documentId = :id", Integer.class)
                .setParameter("id", saved.getId()).getSingleResult();
        em.persist(new DocumentRevision(saved, last == null ? 1 : last + 1, replacing, amending, caller(), ClusterTime.now()));
        // Its files are public exactly while it is (see MediaUsage).
        mediaUsage.record(MediaUse.Item.DOCUMENT, saved.getId(), files.stream().map(MediaFile::getId).toList());
        audit.record(caller(), null, created ? "DOCUMENT_CREATED" : "DOCUMENT_SAVED", "LegalDocument", saved.getId(), saved.getNumber());
        changed.fire(new ContentChanged("document", saved.getId()));
        // The documents it acts on change status with it: their pages and search entries too.
        targets.forEach(t -> changed.fire(new ContentChanged("document", t.getId())));
        return saved;
    }

    /** Sends it for an editor's review: its author or an editor, from a draft. */
    public LegalDocument submitForReview(long id, long version) {
        LegalDocument document = locked(id, version);
        if (!rules().canSubmit(document.getOwner())) {
            throw new EditRefused(null, "document.refused.notOwner");
        }
        return transition(document, PublicationStatus.AWAITING_REVIEW);
    }

    /** Puts it on the register now, or at {@code at} if that is in the future. */
    @RequiresRole(Role.EDITOR)
    public LegalDocument publish(long id, long version, Instant at) {
        LegalDocument document = locked(id, version);
        Instant now = ClusterTime.now();
        if (at != null && !at.isAfter(now)) {
            throw new EditRefused("publishAt", "article.refused.pastTime");
        }
        document.setPublishedAt(at == null ? now : at);
        return transition(document, at == null ? PublicationStatus.PUBLISHED : PublicationStatus.SCHEDULED);
    }

    /** Takes it off the register (or cancels its scheduled publication); its saves stay. */
    @RequiresRole(Role.EDITOR)
    public LegalDocument unpublish(long id, long version) {
        return transition(locked(id, version), PublicationStatus.UNPUBLISHED);
    }

    /** Back to a draft: an editor from any state, its author to withdraw it from review. */
    public LegalDocument returnToDraft(long id, long version) {
        LegalDocument document = locked(id, version);
        if (!rules().canReturnToDraft(document.getOwner(), document.getStatus())) {
            throw new EditRefused(null, "article.refused.notEditor");
        }
        return transition(document, PublicationStatus.DRAFT);
    }

    private LegalDocument transition(LegalDocument document, PublicationStatus to) {
        PublicationStatus from = document.getStatus();
        if (!from.canBecome(to)) {
            throw new EditRefused(null, "document.refused.transition", from, to);
        }
        document.setStatus(to);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        audit.record(caller(), null, "DOCUMENT_" + to.name(), "LegalDocument", document.getId(), document.getNumber());
        changed.fire(new ContentChanged("document", document.getId()));
        // Whether it is in force decides the validity of the documents it replaces or amends.
        em.createNamedQuery(DocumentRelation.TARGETS_OF, Long.class)
                .setParameter("id", document.getId()).getResultList()
                .forEach(target -> changed.fire(new ContentChanged("document", target)));
        return document;
    }

    /** The document as saved, refused when it is gone or someone saved it since {@code version} was read. */
    private LegalDocument locked(long id, long version) {
        LegalDocument document = em.find(LegalDocument.class, id);
        if (document == null) {
            throw new EditRefused(null, "document.refused.missing");
        }
        if (document.getVersion() != version) {
            throw new StaleEdit();
        }
        return document;
    }

    /**
     * The documents named by {@code relations}, in order: each must exist, be another document,
     * appear once, and not already act on this one (two documents replacing each other would make
     * both expired and neither in force).
     */
    private List<LegalDocument> checkedTargets(Long ownId, List<Relation> relations) {
        List<LegalDocument> targets = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Relation relation : relations) {
            // Refused beside the field the relation was written in.
            String field = relation.kind() == RelationKind.AMENDS ? "amends" : "replaces";
            if (relation.kind() == null) {
                throw new EditRefused(field, "article.refused.required");
            }
            if (ownId != null && relation.otherId() == ownId) {
                throw new EditRefused(field, "document.refused.relationSelf");
            }
            LegalDocument target = em.find(LegalDocument.class, relation.otherId());
            if (target == null) {
                throw new EditRefused(field, "document.refused.relationMissing", relation.otherId());
            }
            if (!seen.add(relation.otherId())) {
                throw new EditRefused(field, "document.refused.relationTwice", target.getNumber());
            }
            if (ownId != null && actsOn(relation.otherId(), ownId)) {
                throw new EditRefused(field, "document.refused.relationLoop");
            }
            targets.add(target);
        }
        return targets;
    }

    /** Whether {@code source} acts on {@code target}, directly or through documents in between. */
    private boolean actsOn(long source, long target) {
        Set<Long> reached = new LinkedHashSet<>();
        List<Long> frontier = List.of(source);
        while (!frontier.isEmpty()) {
            List<Long> next = em.createQuery("SELECT r.target.id FROM DocumentRelation r WHERE r.source.id IN :ids", Long.class)
                    .setParameter("ids", frontier).getResultList();
            if (next.contains(target)) {
                return true;
            }
            frontier = next.stream().filter(reached::add).toList();
        }
        return false;
    }

    /** Deletes it with its relations, once it is off the register: a public one is taken down first, so nothing goes unseen. */
    public void delete(long id) {
        LegalDocument document = em.find(LegalDocument.class, id);
        if (document == null) {
            return;
        }
        if (!canDelete(document)) {
            throw new EditRefused(null, canEdit(document) ? "document.refused.deletePublic" : "document.refused.edit");
        }
        List<Long> acted = em.createNamedQuery(DocumentRelation.TARGETS_OF, Long.class)
                .setParameter("id", id).getResultList();
        em.createQuery("DELETE FROM DocumentRelation r WHERE r.source.id = :id OR r.target.id = :id").setParameter("id", id).executeUpdate();
        em.remove(document);
        mediaUsage.forget(MediaUse.Item.DOCUMENT, id);
        audit.record(caller(), null, "DOCUMENT_DELETED", "LegalDocument", id, document.getNumber());
        changed.fire(new ContentChanged("document", id));
        acted.forEach(t -> changed.fire(new ContentChanged("document", t)));
    }

    private static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new EditRefused(field, "article.refused.required");
        }
        return text;
    }

    private static String optional(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new EditRefused(field, "article.refused.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    private boolean slugTaken(String slug) {
        return !em.createQuery("SELECT d.id FROM LegalDocument d WHERE d.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    private String caller() {
        return caller.name();
    }

    private EditorialRules rules() {
        return new EditorialRules(caller(), isEditor());
    }
}
