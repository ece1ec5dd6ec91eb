package vn.govportal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** "{@code source} replaces (or amends) {@code target}": kept once, read from both sides. */
@Entity
@NamedQuery(name = DocumentRelation.TARGETS_OF, query = "SELECT r.target.id FROM DocumentRelation r WHERE r.source.id = :id")
@Table(name = "legal_document_relation")
public class DocumentRelation {

    /** The documents one acts on (parameter {@code id}): their validity follows its status. */
    public static final String TARGETS_OF = "DocumentRelation.targetsOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private LegalDocument source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    private LegalDocument target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationKind kind;

    protected DocumentRelation() {
    }

    public DocumentRelation(LegalDocument source, LegalDocument target, RelationKind kind) {
        this.source = source;
        this.target = target;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public LegalDocument getSource() {
        return source;
    }

    public LegalDocument getTarget() {
        return target;
    }

    public RelationKind getKind() {
        return kind;
    }
}
