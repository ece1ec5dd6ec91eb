-- Legal documents follow the articles' workflow: an author writes a draft and sends it for review,
-- an editor publishes it now or at a time. Documents already in the register have no known author.
ALTER TABLE legal_document ADD COLUMN owner VARCHAR(60);
-- A document's page lists its status changes from the audit log.
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);
