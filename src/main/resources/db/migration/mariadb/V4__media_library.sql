-- Media library (MariaDB's translation): who uploaded a file, and scaled renditions of images.

ALTER TABLE media_file ADD COLUMN uploaded_by VARCHAR(60);
ALTER TABLE media_file ADD COLUMN original_id BIGINT;
ALTER TABLE media_file ADD COLUMN variant VARCHAR(20);
ALTER TABLE media_file ADD CONSTRAINT fk_media_original FOREIGN KEY (original_id) REFERENCES media_file (id) ON DELETE CASCADE;
CREATE INDEX ix_media_original ON media_file (original_id, variant);
