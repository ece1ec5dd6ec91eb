-- The legal-documents register (văn bản): each document as the national database describes it,
-- the fields (lĩnh vực) it belongs to, its attached files, and how documents replace or amend
-- one another. Its validity is not stored: it follows from the dates and relations on the day asked.
CREATE TABLE document_field (
    id         ${identity},
    name       VARCHAR(200)   NOT NULL,
    name_en    VARCHAR(200),
    slug       VARCHAR(200)   NOT NULL,
    sort_order INT            DEFAULT 0 NOT NULL,
    version    BIGINT         DEFAULT 0 NOT NULL
)${table_options};
CREATE UNIQUE INDEX ux_document_field_slug ON document_field (slug);

CREATE TABLE legal_document (
    id              ${identity},
    doc_number      VARCHAR(60)    NOT NULL,
    doc_type        VARCHAR(20)    NOT NULL,
    summary         VARCHAR(2000)  NOT NULL,
    summary_en      VARCHAR(2000),
    authority       VARCHAR(300)   NOT NULL,
    signer          VARCHAR(200),
    signer_position VARCHAR(200),
    issued_on       DATE           NOT NULL,
    effective_on    DATE           NOT NULL,
    expires_on      DATE,
    slug            VARCHAR(200)   NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    published_at    ${timestamptz},
    created_at      ${timestamptz} NOT NULL,
    updated_at      ${timestamptz} NOT NULL,
    version         BIGINT         DEFAULT 0 NOT NULL
)${table_options};
CREATE UNIQUE INDEX ux_legal_document_slug ON legal_document (slug);
-- Số ký hiệu is unique per issuing authority.
CREATE UNIQUE INDEX ux_legal_document_number ON legal_document (authority, doc_number);
-- The public register lists by issue date, newest first, most often filtered by type.
CREATE INDEX ix_legal_document_issued ON legal_document (status, issued_on, id);
CREATE INDEX ix_legal_document_type_issued ON legal_document (doc_type, status, issued_on, id);
CREATE INDEX ix_legal_document_updated ON legal_document (updated_at, id);

CREATE TABLE legal_document_fields (
    document_id BIGINT NOT NULL,
    field_id    BIGINT NOT NULL,
    PRIMARY KEY (document_id, field_id),
    CONSTRAINT fk_document_fields_document FOREIGN KEY (document_id) REFERENCES legal_document (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_fields_field FOREIGN KEY (field_id) REFERENCES document_field (id)
)${table_options};
CREATE INDEX ix_document_fields_field ON legal_document_fields (field_id, document_id);

CREATE TABLE legal_document_file (
    document_id BIGINT NOT NULL,
    media_id    BIGINT NOT NULL,
    file_order  INT    NOT NULL,
    PRIMARY KEY (document_id, file_order),
    CONSTRAINT fk_document_file_document FOREIGN KEY (document_id) REFERENCES legal_document (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_file_media FOREIGN KEY (media_id) REFERENCES media_file (id)
)${table_options};

-- "source REPLACES target" or "source AMENDS target"; the other side reads it backwards.
CREATE TABLE legal_document_relation (
    id        ${identity},
    source_id BIGINT      NOT NULL,
    target_id BIGINT      NOT NULL,
    kind      VARCHAR(20) NOT NULL,
    CONSTRAINT fk_document_relation_source FOREIGN KEY (source_id) REFERENCES legal_document (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_relation_target FOREIGN KEY (target_id) REFERENCES legal_document (id) ON DELETE CASCADE
)${table_options};
CREATE UNIQUE INDEX ux_document_relation ON legal_document_relation (source_id, target_id);
CREATE INDEX ix_document_relation_target ON legal_document_relation (target_id, kind);
