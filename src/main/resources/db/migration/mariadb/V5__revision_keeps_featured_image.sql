-- A revision keeps the whole of what staff edit, so restoring one brings back the featured image too (MariaDB: the same SQL).
ALTER TABLE article_revision ADD COLUMN featured_image_id BIGINT;
ALTER TABLE article_revision ADD COLUMN featured BOOLEAN DEFAULT FALSE NOT NULL;
