-- Every save of a legal document, as the form then held it (its fields, files and the documents it
-- replaces or amends included), so that an editor can see who saved what and go back to it.
CREATE TABLE legal_document_revision (
    id              ${identity},
    document_id     BIGINT         NOT NULL,
    revision_number INT            NOT NULL,
    snapshot        ${text}        NOT NULL,
    saved_by        VARCHAR(60)    NOT NULL,
    saved_at        ${timestamptz} NOT NULL,
    CONSTRAINT fk_legal_document_revision FOREIGN KEY (document_id) REFERENCES legal_document (id) ON DELETE CASCADE
)${table_options};
CREATE UNIQUE INDEX ux_legal_document_revision ON legal_document_revision (document_id, revision_number);
